/** Commands of the meeting notes (speakers, tasks, targets) and the documents, parsed from chat text. */
import { parseCommand, type Command } from '../../src/core/commands';
import { parseDueDate, parseSpeakerLine, parseTargetLine, parseTaskLine } from '../../src/core/meeting-notes';

function table(cases: readonly [string, Command][]): void {
  it.each(cases)('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
}

describe('parseCommand: speakers', () => {
  table([
    ['Đăng ký phát biểu', { name: 'speaker.register' }],
    ['dang ky phat bieu', { name: 'speaker.register' }],
    ['xin phát biểu', { name: 'speaker.register' }],
    ['register to speak', { name: 'speaker.register' }],
    [
      'phát biểu: Phạm Quốc Bảo: Đề nghị phân công kèm cặp quần chúng.',
      { name: 'speaker.record', speaker: 'Phạm Quốc Bảo', gist: 'Đề nghị phân công kèm cặp quần chúng.' },
    ],
    [
      'phat bieu: đồng chí Ngô Quang Huy – Báo cáo tiến độ: đạt 80%',
      { name: 'speaker.record', speaker: 'Ngô Quang Huy', gist: 'Báo cáo tiến độ: đạt 80%' },
    ],
    ['speaker: Võ Thanh Tùng', { name: 'speaker.record', speaker: 'Võ Thanh Tùng' }],
  ]);
});

describe('parseCommand: tasks', () => {
  table([
    [
      'nhiệm vụ: Hoàn thiện hồ sơ kết nạp – Trần Thị Mai – 30/9/2025',
      { name: 'task.add', title: 'Hoàn thiện hồ sơ kết nạp', owner: 'Trần Thị Mai', due: '2025-09-30' },
    ],
    [
      'nhiem vu: Báo cáo quý – đ/c Lê Minh Tuấn – hạn 05/10/2025',
      { name: 'task.add', title: 'Báo cáo quý', owner: 'Lê Minh Tuấn', due: '2025-10-05' },
    ],
    [
      'giao nhiệm vụ: Tổ chức học tập chuyên đề - Chi ủy',
      { name: 'task.add', title: 'Tổ chức học tập chuyên đề', owner: 'Chi ủy' },
    ],
    [
      'task: Prepare the report | Nguyễn Văn Hùng | 1/10/2025',
      { name: 'task.add', title: 'Prepare the report', owner: 'Nguyễn Văn Hùng', due: '2025-10-01' },
    ],
  ]);
  it('needs a title and an owner', () => {
    expect(parseCommand('nhiệm vụ: chỉ có nội dung')).toEqual({ name: 'unknown', text: 'nhiệm vụ: chỉ có nội dung' });
  });
});

describe('parseCommand: targets', () => {
  table([
    [
      'chỉ tiêu năm: Giới thiệu quần chúng = 180 người',
      { name: 'target.set', scope: 'year', metric: 'Giới thiệu quần chúng', goal: 180, unit: 'người' },
    ],
    ['chi tieu thang: Hồ sơ gửi lên = 15', { name: 'target.set', scope: 'month', metric: 'Hồ sơ gửi lên', goal: 15 }],
    [
      'chỉ tiêu: Giới thiệu quần chúng +3',
      { name: 'target.progress', metric: 'Giới thiệu quần chúng', mode: 'add', amount: 3 },
    ],
    [
      'chỉ tiêu: Giới thiệu quần chúng = 37',
      { name: 'target.progress', metric: 'Giới thiệu quần chúng', mode: 'set', amount: 37 },
    ],
    ['target: new members -1', { name: 'target.progress', metric: 'new members', mode: 'add', amount: -1 }],
  ]);
  it('refuses a goal written as progress', () => {
    expect(parseCommand('chỉ tiêu năm: Kết nạp +3').name).toBe('unknown');
  });
});

describe('parseCommand: documents and year summary', () => {
  table([
    ['biên bản', { name: 'minutes' }],
    ['bien ban thang 9/2025', { name: 'minutes', period: '2025-09' }],
    ['minutes', { name: 'minutes' }],
    ['bảng điều khiển', { name: 'dashboard' }],
    ['dashboard', { name: 'dashboard' }],
    ['cài đặt', { name: 'settings' }],
    ['@chibo cai dat chi bo', { name: 'settings' }],
    ['thiết lập', { name: 'settings' }],
    ['settings', { name: 'settings' }],
    ['tóm tắt năm 2025', { name: 'summary.year', year: '2025' }],
    ['tong hop nam 2024', { name: 'summary.year', year: '2024' }],
    // The existing forms still win.
    ['tóm tắt tháng 9/2025', { name: 'summary', period: '2025-09' }],
    ['biểu quyết thông qua biên bản', { name: 'vote.open', title: 'biên bản', kind: 'other' }],
  ]);
});

describe('meeting notes helpers', () => {
  it('reads real dates only', () => {
    expect(parseDueDate('29/2/2024')).toBe('2024-02-29');
    expect(parseDueDate('29/2/2025')).toBeNull();
    expect(parseDueDate('hạn 31-12-2025')).toBe('2025-12-31');
  });
  it('reads lines', () => {
    expect(parseTaskLine('A – B')).toEqual({ title: 'A', owner: 'B' });
    expect(parseSpeakerLine('')).toBeNull();
    expect(parseTargetLine('Kết nạp: 5')).toEqual({ metric: 'Kết nạp', mode: 'set', amount: 5 });
  });
});
