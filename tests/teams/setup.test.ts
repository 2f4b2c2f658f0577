/** The setup feature's input handling: the form, the roster card's inputs, the channel-supplied member list. */
import { conversationMembersOf } from '../../src/features/setup/conversation-members';
import { parseRosterEdits } from '../../src/features/setup/roster-edits';
import { parseSetupForm, REMINDER_CHOICES, setupFormView } from '../../src/features/setup/setup-form';
import { REMINDER_OFFSETS } from '../../src/cards/data/setup';
import { DomainError } from '../../src/core/errors';
import type { Cell } from '../../src/store/rows';

const form = {
  cellName: 'Chi bộ Phòng Kỹ thuật',
  parentOrganisation: 'Đảng bộ Công ty',
  meetingDay: '5',
  meetingTime: '14:00',
  timezone: '',
  reminders: '1440,10080',
  approvalRef: '',
  approvalDate: '',
};

/** A cell as created, with the schema's defaults. */
function storedCell(overrides: Partial<Cell> = {}): Cell {
  const at = new Date('2026-01-01T00:00:00Z');
  return {
    id: 'cell-1',
    name: 'Chi bộ Phòng Kỹ thuật',
    parentOrganisation: '',
    locality: '',
    timezone: 'Asia/Ho_Chi_Minh',
    meetingRule: '{"kind":"dayOfMonth","day":5,"time":"14:00"}',
    reminderOffsets: '[]',
    quorumNumerator: 2,
    quorumDenominator: 3,
    excusedInDenominator: true,
    attachedInMayVote: false,
    onlineApprovalRef: null,
    onlineApprovalDate: null,
    locale: 'vi',
    committeeId: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

describe('the setup form', () => {
  it('defaults the timezone to Viet Nam and files reminders by size', () => {
    const parsed = parseSetupForm(form, storedCell({ timezone: 'Asia/Bangkok' }), 'vi');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.patch).toMatchObject({
      timezone: 'Asia/Ho_Chi_Minh',
      meetingRule: '{"kind":"dayOfMonth","day":5,"time":"14:00"}',
      onlineApprovalRef: null,
    });
    expect(JSON.parse(parsed.patch.reminderOffsets ?? '[]')).toEqual(
      expect.arrayContaining([
        { job: 'notice', minutesBefore: 10080 },
        { job: 'remind.rsvp', minutesBefore: 1440 },
      ]),
    );
  });

  it('names every field that is wrong, in the member language', () => {
    const parsed = parseSetupForm(
      {
        ...form,
        cellName: 'X',
        meetingDay: '30',
        meetingTime: '25:00',
        timezone: 'Mars/Olympus',
        reminders: '5',
        approvalDate: '2023-13-45',
        quorum: '1/3',
        excusedInDenominator: 'maybe',
        locality: 'Hà\nNội',
      },
      storedCell(),
      'vi',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'Chưa hợp lệ: Tên chi bộ',
      'Chưa hợp lệ: Địa danh ghi trên biên bản',
      'Chưa hợp lệ: Ngày sinh hoạt hằng tháng (1–28)',
      'Chưa hợp lệ: Giờ sinh hoạt (HH:mm)',
      'Chưa hợp lệ: Múi giờ',
      'Chưa hợp lệ: Nhắc lịch',
      'Chưa hợp lệ: Số đảng viên chính thức cần có mặt (theo quy chế chi bộ)',
      'Chưa hợp lệ: Đảng viên vắng có lý do vẫn tính vào số biểu quyết',
      'Chưa hợp lệ: Ngày văn bản (YYYY-MM-DD)',
    ]);
    const english = parseSetupForm({ ...form, meetingDay: '0' }, storedCell(), 'en');
    expect(english).toEqual({ ok: false, errors: ['Not valid: Monthly meeting day (1–28)'] });
  });

  it('reads a line break typed in the wrapping name boxes as a space; elsewhere it is refused', () => {
    const parsed = parseSetupForm(
      {
        ...form,
        cellName: 'Chi bộ Công đoàn Công ty\nCổ phần May Hưng Long',
        parentOrganisation: 'Đảng bộ Khối Doanh nghiệp\r\n tỉnh',
      },
      storedCell(),
      'vi',
    );
    expect(parsed.ok && parsed.patch).toMatchObject({
      name: 'Chi bộ Công đoàn Công ty Cổ phần May Hưng Long',
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp tỉnh',
    });
  });

  it('keeps a weekday rule set with "lịch" and a zone stored before the list, when the form leaves them', () => {
    const cell = storedCell({
      meetingRule: '{"kind":"weekdayOfMonth","weekday":1,"nth":1,"time":"19:30"}',
      timezone: 'Asia/Saigon',
    });
    const view = setupFormView(cell, 'vi');
    expect(view.values).toMatchObject({
      meetingDay: 'rule',
      meetingTime: '19:30',
      timezone: 'Asia/Saigon',
      reminders: '10080,1440,60',
    });
    expect(view.weekdayRule).toBe('thứ Hai đầu tiên của tháng, 19 giờ 30');
    const parsed = parseSetupForm({ ...view.values, meetingTime: '08:00' }, cell, 'vi');
    expect(parsed.ok && parsed.patch).toMatchObject({
      meetingRule: '{"kind":"weekdayOfMonth","weekday":1,"nth":1,"time":"08:00"}',
      timezone: 'Asia/Saigon',
    });
  });

  it('offers the reminder offsets it accepts', () => {
    expect([...REMINDER_CHOICES]).toEqual([...REMINDER_OFFSETS]);
  });
});

describe('the roster card inputs', () => {
  it('groups inputs by entry and keeps absent fields absent', () => {
    expect(
      parseRosterEdits({
        page: '1',
        'status.m1': 'probationary',
        'group.m1': '',
        'role.m2': 'committee',
        'status.new.aad-1': '',
      }),
    ).toEqual([
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
  it("comes from the channel's directory port, emails in one spelling, and is absent where the channel lists no one", async () => {
    let asked = 0;
    const directory = {
      members: () => {
        asked += 1;
        return Promise.resolve([
          { platformUserId: 'aad-1', name: 'A', email: ' A@X.VN ' },
          { platformUserId: 'aad-2', name: 'B' },
        ]);
      },
    };
    await expect(conversationMembersOf({ directory })).resolves.toEqual([
      { platformUserId: 'aad-1', name: 'A', email: 'a@x.vn' },
      { platformUserId: 'aad-2', name: 'B' },
    ]);
    expect(asked).toBe(1);
    await expect(conversationMembersOf({})).resolves.toBeNull();
  });
});
