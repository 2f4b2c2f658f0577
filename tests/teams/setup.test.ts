/** The setup feature's input handling: the form, the roster card's inputs, the channel-supplied member list. */
import { conversationMembersOf } from '../../src/features/setup/conversation-members';
import { parseRosterEdits } from '../../src/features/setup/roster-edits';
import { parseSetupForm, REMINDER_CHOICES } from '../../src/features/setup/setup-form';
import { REMINDER_OFFSETS } from '../../src/cards/data/setup';
import { DomainError } from '../../src/core/errors';

const form = { cellName: 'Chi bộ Phòng Kỹ thuật', parentOrganisation: 'Đảng bộ Công ty', meetingDay: '5', meetingTime: '14:00', timezone: '', reminders: '1440,10080', approvalRef: '', approvalDate: '' };

describe('the setup form', () => {
  it('defaults the timezone to Asia/Ho_Chi_Minh and orders reminders', () => {
    const parsed = parseSetupForm(form, 'vi');
    expect(parsed).toMatchObject({ ok: true, settings: { timezone: 'Asia/Ho_Chi_Minh', reminderMinutes: [10080, 1440], meetingRule: { kind: 'dayOfMonth', day: 5, time: '14:00' }, approvalRef: null } });
  });

  it('names every field that is wrong, in the member language', () => {
    const parsed = parseSetupForm({ ...form, cellName: 'X', meetingDay: '30', meetingTime: '25:00', timezone: 'Mars/Olympus', reminders: '5', approvalDate: '2023-13-45' }, 'vi');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'Chưa hợp lệ: Tên chi bộ',
      'Chưa hợp lệ: Ngày sinh hoạt hằng tháng (1–28)',
      'Chưa hợp lệ: Giờ sinh hoạt (HH:mm)',
      'Chưa hợp lệ: Múi giờ',
      'Chưa hợp lệ: Nhắc lịch',
      'Chưa hợp lệ: Ngày văn bản (YYYY-MM-DD)',
    ]);
    const english = parseSetupForm({ ...form, meetingDay: '0' }, 'en');
    expect(english).toEqual({ ok: false, errors: ['Not valid: Monthly meeting day (1–28)'] });
  });

  it('offers the reminder offsets it accepts', () => {
    expect([...REMINDER_CHOICES]).toEqual([...REMINDER_OFFSETS]);
  });
});

describe('the roster card inputs', () => {
  it('groups inputs by entry and keeps absent fields absent', () => {
    expect(parseRosterEdits({ page: '1', 'status.m1': 'probationary', 'group.m1': '', 'role.m2': 'committee', 'status.new.aad-1': '' })).toEqual([
      { key: 'm1', status: 'probationary', partyGroup: null },
      { key: 'm2', role: 'committee' },
      { key: 'new.aad-1', status: null },
    ]);
  });

  it('refuses values that are not on the card', () => {
    expect(() => parseRosterEdits({ 'status.m1': 'chairman' })).toThrow(DomainError);
    expect(() => parseRosterEdits({ 'role.m1': 'admin' })).toThrow(DomainError);
  });
});

describe('the conversation member list', () => {
  it('is read only on platforms whose channel supplies it', () => {
    const data = { conversationMembers: [{ platformUserId: 'aad-1', name: 'A', email: ' A@X.VN ' }] };
    expect(conversationMembersOf('teams', data)).toEqual([{ platformUserId: 'aad-1', name: 'A', email: 'a@x.vn' }]);
    expect(conversationMembersOf('playground', data)).toEqual([]);
    expect(() => conversationMembersOf('teams', {})).toThrow('did not supply');
  });
});
