/** The online room of a meeting (form input, reminder) and the notice's answer counts. */
import { parseMeetingForm } from '../../src/features/meetings/meeting-form-input';
import { countAnswers } from '../../src/features/notices/notice-view';
import { joinReminder, type MeetingFacts } from '../../src/features/reminders/reminder-views';

const form = (overrides: Record<string, string>): Record<string, string> => ({
  date: '2025-09-05',
  time: '14:00',
  form: 'online',
  venues: 'Hội trường tầng 3\nPhân xưởng Đông Anh',
  agenda: 'Thông tin thời sự',
  ...overrides,
});

describe('the meeting form and its join link', () => {
  it('keeps an https join link on the meeting and every venue a name', () => {
    const outcome = parseMeetingForm(form({ joinUrl: ' https://teams.microsoft.com/l/meetup-join/abc ' }), 'vi');
    expect(outcome).toMatchObject({ ok: true, plan: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' } });
    if (outcome.ok)
      expect(outcome.plan.venues.map((v) => v.name)).toEqual(['Hội trường tầng 3', 'Phân xưởng Đông Anh']);
  });

  it.each(['http://zoom.us/j/1', 'teams.microsoft.com/l/abc', 'https://', 'javascript:alert(1)'])(
    'refuses %s as a join link',
    (joinUrl) => {
      const outcome = parseMeetingForm(form({ joinUrl }), 'vi');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.errors.join('\n')).toContain('Đường dẫn phòng họp trực tuyến cần là một địa chỉ https://');
    },
  );

  it('takes a venue line that is a link as the join link and brings the form back to be checked', () => {
    const outcome = parseMeetingForm(form({ venues: 'Hội trường tầng 3\nhttps://meet.google.com/abc-defg-hij' }), 'vi');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([expect.stringContaining('đã chuyển sang ô "Đường dẫn phòng họp trực tuyến"')]);
    expect(outcome.refill).toMatchObject({
      venues: 'Hội trường tầng 3',
      joinUrl: 'https://meet.google.com/abc-defg-hij',
      agenda: 'Thông tin thời sự',
    });
    // Submitted again as it came back, the form makes the meeting.
    expect(parseMeetingForm(form(outcome.refill ?? {}), 'vi')).toMatchObject({
      ok: true,
      plan: { joinUrl: 'https://meet.google.com/abc-defg-hij', venues: [{ name: 'Hội trường tầng 3', main: true }] },
    });
  });

  it('refuses a link among the venues when the join link is already given, or when it is not https', () => {
    for (const data of [
      form({ venues: 'A\nhttps://zoom.us/j/1', joinUrl: 'https://zoom.us/j/2' }),
      form({ venues: 'A\nhttp://zoom.us/j/1' }),
      form({ venues: 'www.zoom.us/j/1' }),
    ]) {
      const outcome = parseMeetingForm(data, 'vi');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.errors.join('\n')).toContain('là đường dẫn, không phải tên điểm cầu');
        expect(outcome.refill).toBeUndefined();
      }
    }
  });

  it('refuses a join link on a meeting held in person', () => {
    const outcome = parseMeetingForm(form({ form: 'in_person', joinUrl: 'https://zoom.us/j/1' }), 'vi');
    expect(outcome.ok).toBe(false);
  });
});

describe('the reminder before the meeting', () => {
  const facts: MeetingFacts = {
    id: 'm1',
    period: '2025-09',
    kind: 'regular',
    startsAt: new Date('2025-09-05T07:00:00Z'),
    venues: '[{"name":"Hội trường","main":true}]',
    joinUrl: 'https://zoom.us/j/1',
    timeZone: 'Asia/Ho_Chi_Minh',
  };

  it('carries "Vào phòng họp trực tuyến" when the meeting has an online room', () => {
    expect(joinReminder(facts, 'vi').links).toEqual([
      { title: 'Vào phòng họp trực tuyến', url: 'https://zoom.us/j/1' },
    ]);
    expect(joinReminder(facts, 'en').links).toEqual([{ title: 'Join online', url: 'https://zoom.us/j/1' }]);
    expect(joinReminder({ ...facts, joinUrl: null }, 'vi').links).toBeUndefined();
  });
});

describe('the notice counts', () => {
  const members = [
    { id: 'a', status: 'official' },
    { id: 'b', status: 'probationary' },
    { id: 'c', status: 'exempt' },
    { id: 'd', status: 'exempt' },
    { id: 'e', status: 'attached_out' },
    { id: 'f', status: 'official' },
  ];

  it('counts exempt members who will attend with the others and apart, and never as not answered', () => {
    const answers = [
      { memberId: 'a', rsvp: 'attend' },
      { memberId: 'b', rsvp: 'excused' },
      { memberId: 'c', rsvp: 'attend_online' },
      { memberId: 'd', rsvp: 'excused' },
      { memberId: 'e', rsvp: 'attend' },
    ];
    expect(countAnswers(members, answers)).toEqual({
      attend: 1,
      attendOnline: 1,
      excused: 1,
      noAnswer: 1,
      exemptAttending: 1,
    });
  });
});
