import { ruleDate, suggestedMeetingDate, parseMeetingRule, parseScheduleRule } from '../../src/core/meeting-rule';
import { DEFAULT_OFFSETS, parseOffsets } from '../../src/core/reminder-offsets';
import { meetingOccurrences, planOccurrences } from '../../src/core/schedule-plan';

describe('meeting rules', () => {
  it('keeps old JSON valid and reads the new kinds', () => {
    expect(parseScheduleRule('{"kind":"dayOfMonth","day":5,"time":"14:00"}')).toEqual({
      kind: 'dayOfMonth',
      day: 5,
      time: '14:00',
    });
    expect(parseScheduleRule('{"kind":"weekdayOfMonth","weekday":1,"nth":1,"time":"19:30"}').kind).toBe(
      'weekdayOfMonth',
    );
    expect(() => parseScheduleRule('{"kind":"weekdayOfMonth","weekday":1,"nth":5,"time":"19:30"}')).toThrow();
    // The setup form still opens for a weekday rule.
    expect(parseMeetingRule('{"kind":"weekdayOfMonth","weekday":1,"nth":-1,"time":"19:30"}')).toEqual({
      kind: 'dayOfMonth',
      day: 22,
      time: '19:30',
    });
  });

  it('applies the weekend policy of a day-of-month rule', () => {
    // 5 October 2025 is a Sunday, 5 September 2026 a Saturday.
    expect(ruleDate({ kind: 'dayOfMonth', day: 5, time: '14:00' }, 2025, 10)).toBe('2025-10-05');
    expect(ruleDate({ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'next_monday' }, 2025, 10)).toBe(
      '2025-10-06',
    );
    expect(ruleDate({ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'previous_friday' }, 2025, 10)).toBe(
      '2025-10-03',
    );
    expect(ruleDate({ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'next_monday' }, 2026, 9)).toBe('2026-09-07');
    expect(ruleDate({ kind: 'dayOfMonth', day: 28, time: '14:00', weekend: 'next_monday' }, 2026, 2)).toBe(
      '2026-03-02',
    );
  });

  it('finds the nth and the last weekday of a month', () => {
    const firstMonday = { kind: 'weekdayOfMonth', weekday: 1, nth: 1, time: '19:30' } as const;
    expect(ruleDate(firstMonday, 2025, 9)).toBe('2025-09-01');
    expect(ruleDate(firstMonday, 2025, 10)).toBe('2025-10-06');
    expect(ruleDate({ ...firstMonday, nth: -1 }, 2025, 9)).toBe('2025-09-29');
    expect(ruleDate({ ...firstMonday, weekday: 5, nth: 3 }, 2025, 9)).toBe('2025-09-19');
    expect(suggestedMeetingDate(firstMonday, new Date('2025-09-02T03:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-10-06');
  });
});

describe('the occurrence planner', () => {
  const base = { cellId: 'c1', offsets: DEFAULT_OFFSETS, motions: [], meetings: [], includeRule: true };

  it('plans notice, reminders, roll call and summary around each meeting', () => {
    const plan = planOccurrences(
      { ...base, rule: { kind: 'dayOfMonth', day: 5, time: '14:00' }, timeZone: 'Asia/Ho_Chi_Minh' },
      new Date('2025-08-25T00:00:00Z'),
      new Date('2025-09-06T00:00:00Z'),
    );
    expect(plan.map((o) => [o.job, o.at.toISOString()])).toEqual([
      ['notice', '2025-08-29T07:00:00.000Z'],
      ['remind.rsvp', '2025-09-04T07:00:00.000Z'],
      ['remind.join', '2025-09-05T06:00:00.000Z'],
      ['rollcall', '2025-09-05T07:00:00.000Z'],
      ['summary', '2025-09-05T09:00:00.000Z'],
    ]);
    expect(plan[0]?.key).toBe('notice|c1|auto-c1-2025-09|2025-08-29T07:00:00.000Z');
  });

  it('is DST-correct: "first Monday 19:30" in Berlin is 18:30Z in winter and 17:30Z in summer', () => {
    const rule = { kind: 'weekdayOfMonth', weekday: 1, nth: 1, time: '19:30' } as const;
    const plan = planOccurrences(
      { ...base, rule, timeZone: 'Europe/Berlin' },
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-04-30T00:00:00Z'),
    );
    const rollcalls = plan.filter((o) => o.job === 'rollcall').map((o) => o.at.toISOString());
    expect(rollcalls).toEqual(['2026-03-02T18:30:00.000Z', '2026-04-06T17:30:00.000Z']);
    // The day-before reminder of 6 April crosses the 29 March change: still 19:30 local the day before.
    expect(
      plan.find((o) => o.job === 'remind.rsvp' && o.at.toISOString().startsWith('2026-04'))?.at.toISOString(),
    ).toBe('2026-04-05T17:30:00.000Z');
  });

  it('plans nothing for a cancelled meeting and a vote reminder for a motion with a deadline', () => {
    const meeting = {
      id: 'm1',
      period: '2025-09',
      kind: 'regular',
      status: 'cancelled',
      startsAt: new Date('2025-09-05T07:00:00Z'),
      plannedMinutes: 90,
      virtual: false,
    };
    expect(meetingOccurrences('c1', meeting, [], DEFAULT_OFFSETS)).toEqual([]);
    const motion = { id: 'v1', meetingId: 'm1', deadline: new Date('2025-09-06T10:00:00Z'), status: 'open' };
    const vote = meetingOccurrences('c1', { ...meeting, status: 'announced' }, [motion], DEFAULT_OFFSETS).find(
      (o) => o.job === 'remind.vote',
    );
    expect(vote).toMatchObject({
      motionId: 'v1',
      at: new Date('2025-09-06T09:00:00Z'),
      key: 'remind.vote|c1|m1:v1|2025-09-06T09:00:00.000Z',
    });
  });

  it("reads offsets, including the setup form's generic reminders", () => {
    expect(parseOffsets('[]')).toEqual(DEFAULT_OFFSETS);
    expect(parseOffsets('not json')).toEqual(DEFAULT_OFFSETS);
    const legacy = parseOffsets(
      '[{"job":"reminder","minutesBefore":10080},{"job":"reminder","minutesBefore":1440},{"job":"reminder","minutesBefore":120}]',
    );
    expect(legacy).toMatchObject({ noticeMinutesBefore: 10080, rsvpMinutesBefore: [1440], joinMinutesBefore: [120] });
  });
});
