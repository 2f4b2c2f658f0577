/** The scheduling rules read from a cell's columns by hand (the core takes no validation library): what they accept and refuse. */
import { parseScheduleRule, readScheduleRule } from '../../src/core/meeting-rule';
import { DEFAULT_OFFSETS, parseOffsets } from '../../src/core/reminder-offsets';

describe('reading a meeting rule', () => {
  it('keeps only the fields a rule has', () => {
    expect(readScheduleRule({ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'next_monday', note: 'x' })).toEqual({
      kind: 'dayOfMonth',
      day: 5,
      time: '14:00',
      weekend: 'next_monday',
    });
    expect(readScheduleRule({ kind: 'weekdayOfMonth', weekday: 0, nth: -1, time: '07:05', day: 3 })).toEqual({
      kind: 'weekdayOfMonth',
      weekday: 0,
      nth: -1,
      time: '07:05',
    });
  });

  it.each([
    [{ kind: 'dayOfMonth', day: 29, time: '14:00' }],
    [{ kind: 'dayOfMonth', day: 0, time: '14:00' }],
    [{ kind: 'dayOfMonth', day: 5.5, time: '14:00' }],
    [{ kind: 'dayOfMonth', day: 5, time: '24:00' }],
    [{ kind: 'dayOfMonth', day: 5, time: '9:00' }],
    [{ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'sunday' }],
    [{ kind: 'weekdayOfMonth', weekday: 7, nth: 1, time: '19:30' }],
    [{ kind: 'weekdayOfMonth', weekday: 1, nth: 0, time: '19:30' }],
    [{ kind: 'weekly', time: '19:30' }],
    [null],
    ['ngày 5'],
  ])('refuses %j', (value) => {
    expect(readScheduleRule(value)).toBeNull();
  });

  it('throws on a stored column that holds no rule', () => {
    expect(() => parseScheduleRule('{"kind":"dayOfMonth","day":31,"time":"14:00"}')).toThrow(/not a meeting rule/);
    expect(() => parseScheduleRule('not json')).toThrow();
  });
});

describe('reading reminder offsets', () => {
  it('reads entries and ignores fields it does not know', () => {
    const offsets = parseOffsets(
      JSON.stringify([
        { job: 'notice', minutesBefore: 4320, extra: true },
        { job: 'reminder', minutesBefore: 60 },
        { job: 'summary', minutesAfter: 10 },
      ]),
    );
    expect(offsets).toMatchObject({ noticeMinutesBefore: 4320, joinMinutesBefore: [60], summaryMinutesAfter: 10 });
  });

  it.each([
    ['[{"job":"notice","minutesBefore":-1}]'],
    ['[{"job":"notice","minutesBefore":1.5}]'],
    ['[{"job":"notice","minutesBefore":86401}]'],
    ['[{"job":"notice","minutesBefore":"60"}]'],
    ['[{"job":"weekly","minutesBefore":60}]'],
    ['[{"job":"notice","minutesBefore":60}, 3]'],
    ['{"job":"notice"}'],
    ['[]'],
    ['oops'],
  ])('falls back to the defaults for %s', (json) => {
    expect(parseOffsets(json)).toEqual(DEFAULT_OFFSETS);
  });
});
