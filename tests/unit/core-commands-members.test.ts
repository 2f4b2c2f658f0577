/** Commands every member uses (ballots, RSVP, roll call), accent handling, and the help list. */
import { parseCommand, type Command } from '../../src/core/commands';
import { COMMAND_HELP } from '../../src/features/actions';

type Case = [string, Command];

function table(cases: readonly Case[]): void {
  it.each(cases)('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
}

describe('parseCommand: vote.cast', () => {
  table([
    ['tán thành', { name: 'vote.cast', choice: 'approve' }],
    ['tan thanh', { name: 'vote.cast', choice: 'approve' }],
    ['Tán thành.', { name: 'vote.cast', choice: 'approve' }],
    ['đồng ý', { name: 'vote.cast', choice: 'approve' }],
    ['dong y', { name: 'vote.cast', choice: 'approve' }],
    ['approve', { name: 'vote.cast', choice: 'approve' }],
    ['yes', { name: 'vote.cast', choice: 'approve' }],
    ['Yes!', { name: 'vote.cast', choice: 'approve' }],
    ['tán thành ạ', { name: 'vote.cast', choice: 'approve' }],
    ['biểu quyết tán thành', { name: 'vote.cast', choice: 'approve' }],
    ['vote yes', { name: 'vote.cast', choice: 'approve' }],
    ['không tán thành', { name: 'vote.cast', choice: 'reject' }],
    ['khong tan thanh', { name: 'vote.cast', choice: 'reject' }],
    ['Không đồng ý', { name: 'vote.cast', choice: 'reject' }],
    ['reject', { name: 'vote.cast', choice: 'reject' }],
    ['no', { name: 'vote.cast', choice: 'reject' }],
    ['vote no', { name: 'vote.cast', choice: 'reject' }],
    [
      'ý kiến khác: Đề nghị bổ sung chỉ tiêu kết nạp',
      { name: 'vote.cast', choice: 'other', comment: 'Đề nghị bổ sung chỉ tiêu kết nạp' },
    ],
    ['y kien khac: bổ sung mục 3', { name: 'vote.cast', choice: 'other', comment: 'bổ sung mục 3' }],
    ['Ý kiến khác – cần làm rõ thời hạn', { name: 'vote.cast', choice: 'other', comment: 'cần làm rõ thời hạn' }],
    ['ý kiến khác:cần làm rõ', { name: 'vote.cast', choice: 'other', comment: 'cần làm rõ' }],
    ['ý kiến khác', { name: 'vote.cast', choice: 'other' }],
    ['other: add a deadline', { name: 'vote.cast', choice: 'other', comment: 'add a deadline' }],
    ['other', { name: 'vote.cast', choice: 'other' }],
    // Not ballots.
    ['tán thành nhưng', { name: 'unknown', text: 'tán thành nhưng' }],
    ['không', { name: 'unknown', text: 'không' }],
  ]);
});

describe('parseCommand: rsvp', () => {
  table([
    ['tham dự', { name: 'rsvp', answer: 'attend' }],
    ['tham du', { name: 'rsvp', answer: 'attend' }],
    ['Tham dự ạ', { name: 'rsvp', answer: 'attend' }],
    ['tham dự trực tiếp', { name: 'rsvp', answer: 'attend' }],
    ['tham dự tại Hội trường A', { name: 'rsvp', answer: 'attend', venue: 'Hội trường A' }],
    ['tham dự điểm cầu chính', { name: 'rsvp', answer: 'attend', venue: 'chính' }],
    ['attend', { name: 'rsvp', answer: 'attend' }],
    ['attending', { name: 'rsvp', answer: 'attend' }],
    ['attend at Head office', { name: 'rsvp', answer: 'attend', venue: 'Head office' }],
    ['tham dự đầy đủ', { name: 'unknown', text: 'tham dự đầy đủ' }],
    ['tham dự trực tuyến', { name: 'rsvp', answer: 'attend_online' }],
    ['tham du truc tuyen', { name: 'rsvp', answer: 'attend_online' }],
    [
      'Tham dự trực tuyến – điểm cầu Nhà máy Đông Anh',
      { name: 'rsvp', answer: 'attend_online', venue: 'Nhà máy Đông Anh' },
    ],
    ['tham dự trực tuyến điểm cầu Nhà máy 2', { name: 'rsvp', answer: 'attend_online', venue: 'Nhà máy 2' }],
    ['tham du truc tuyen diem cau Nha may 2', { name: 'rsvp', answer: 'attend_online', venue: 'Nha may 2' }],
    ['tham dự trực tuyến tại điểm cầu Nhà máy 2', { name: 'rsvp', answer: 'attend_online', venue: 'Nhà máy 2' }],
    ['tham dự trực tuyến: Nhà máy 2', { name: 'rsvp', answer: 'attend_online', venue: 'Nhà máy 2' }],
    ['attend online', { name: 'rsvp', answer: 'attend_online' }],
    ['attend online Factory 2', { name: 'rsvp', answer: 'attend_online', venue: 'Factory 2' }],
    ['attend online at Factory 2', { name: 'rsvp', answer: 'attend_online', venue: 'Factory 2' }],
    ['xin vắng: đi công tác tại Đà Nẵng', { name: 'rsvp', answer: 'excused', reason: 'đi công tác tại Đà Nẵng' }],
    ['Xin vắng – lý do: ốm', { name: 'rsvp', answer: 'excused', reason: 'ốm' }],
    ['xin vang: di cong tac', { name: 'rsvp', answer: 'excused', reason: 'di cong tac' }],
    ['xin vắng vì ốm', { name: 'rsvp', answer: 'excused', reason: 'ốm' }],
    ['xin vắng mặt: con ốm', { name: 'rsvp', answer: 'excused', reason: 'con ốm' }],
    [
      'vắng: Đi học lớp trung cấp lý luận chính trị',
      { name: 'rsvp', answer: 'excused', reason: 'Đi học lớp trung cấp lý luận chính trị' },
    ],
    ['vang di cong tac', { name: 'rsvp', answer: 'excused', reason: 'di cong tac' }],
    ['vắng:ốm', { name: 'rsvp', answer: 'excused', reason: 'ốm' }],
    ['báo vắng: nghỉ phép', { name: 'rsvp', answer: 'excused', reason: 'nghỉ phép' }],
    ['excused: business trip', { name: 'rsvp', answer: 'excused', reason: 'business trip' }],
    ['absent: sick', { name: 'rsvp', answer: 'excused', reason: 'sick' }],
    ['excused because of a trip', { name: 'rsvp', answer: 'excused', reason: 'of a trip' }],
    // No reason: the feature answers rsvp.reason_required.
    ['xin vắng', { name: 'rsvp', answer: 'excused' }],
    ['vắng', { name: 'rsvp', answer: 'excused' }],
    ['excused', { name: 'rsvp', answer: 'excused' }],
    ['xin vắng – lý do:', { name: 'rsvp', answer: 'excused' }],
  ]);
});

describe('parseCommand: present', () => {
  table([
    ['có mặt', { name: 'present' }],
    ['co mat', { name: 'present' }],
    ['Có mặt ạ', { name: 'present' }],
    ['có mặt điểm cầu Nhà máy 2', { name: 'present', venue: 'Nhà máy 2' }],
    ['co mat diem cau Nha may 2', { name: 'present', venue: 'Nha may 2' }],
    ['có mặt tại điểm cầu chính', { name: 'present', venue: 'chính' }],
    ['có mặt – Hội trường tầng 3', { name: 'present', venue: 'Hội trường tầng 3' }],
    ['có mặt Văn phòng', { name: 'present', venue: 'Văn phòng' }],
    ['present', { name: 'present' }],
    ['present Factory 2', { name: 'present', venue: 'Factory 2' }],
    ['present at Factory 2', { name: 'present', venue: 'Factory 2' }],
    ['@chibo có mặt', { name: 'present' }],
    // A venue called "A" is not the polite "ạ".
    ['có mặt điểm cầu A', { name: 'present', venue: 'A' }],
  ]);
});

describe('parseCommand: anything else', () => {
  table([
    ['', { name: 'unknown', text: '' }],
    ['   ', { name: 'unknown', text: '' }],
    ['@chibo', { name: 'unknown', text: '@chibo' }],
    ['/', { name: 'unknown', text: '/' }],
    ['xin chào', { name: 'unknown', text: 'xin chào' }],
    ['  hello there  ', { name: 'unknown', text: 'hello there' }],
    ['thông báo họp', { name: 'unknown', text: 'thông báo họp' }],
    ['điểm danh lại', { name: 'unknown', text: 'điểm danh lại' }],
    ['danh', { name: 'unknown', text: 'danh' }],
    ['tán', { name: 'unknown', text: 'tán' }],
    ['ạ', { name: 'unknown', text: 'ạ' }],
  ]);
});

describe('parseCommand: accents are optional, but wrong accents are other words', () => {
  table([
    // "Vâng" (yes), "vàng" (gold) fold to "vang" like "vắng" (absent): never an excuse.
    ['Vâng', { name: 'unknown', text: 'Vâng' }],
    ['vâng ạ', { name: 'unknown', text: 'vâng ạ' }],
    ['vàng', { name: 'unknown', text: 'vàng' }],
    ['vang', { name: 'rsvp', answer: 'excused' }],
    ['Vắng', { name: 'rsvp', answer: 'excused' }],
    // "nó" / "nợ" are not the English "no".
    ['nó', { name: 'unknown', text: 'nó' }],
    ['nợ', { name: 'unknown', text: 'nợ' }],
    ['tàn thành', { name: 'unknown', text: 'tàn thành' }],
    // Accents on some words only are fine.
    ['tán thanh', { name: 'vote.cast', choice: 'approve' }],
    ['đồng y', { name: 'vote.cast', choice: 'approve' }],
    ['khong tán thành', { name: 'vote.cast', choice: 'reject' }],
    // Spelling variants in use: kì/kỳ, kỉ/kỷ, lí/lý.
    ['tóm tắt kì họp tháng 9/2025', { name: 'summary', period: '2025-09' }],
    ['biểu quyết kỉ luật đồng chí C', { name: 'vote.open', title: 'kỉ luật đồng chí C', kind: 'discipline' }],
    ['xin vắng – lí do: ốm', { name: 'rsvp', answer: 'excused', reason: 'ốm' }],
  ]);
});

describe('parseCommand: input forms', () => {
  it('reads decomposed (NFD) text the same and keeps its free text as typed', () => {
    const nfd = 'xin vắng: đi công tác'.normalize('NFD');
    expect(parseCommand(nfd)).toEqual({ name: 'rsvp', answer: 'excused', reason: 'đi công tác'.normalize('NFD') });
  });

  it('is case-insensitive on the command and case-preserving on the title', () => {
    expect(parseCommand('BIỂU QUYẾT KẾT NẠP: Nguyễn Văn A')).toEqual({
      name: 'vote.open',
      title: 'Nguyễn Văn A',
      kind: 'admission',
    });
  });
});

describe('COMMAND_HELP', () => {
  it('lists each command once with both languages', () => {
    const commands = COMMAND_HELP.map((c) => c.command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const entry of COMMAND_HELP) {
      expect(entry.vi).not.toBe('');
      expect(entry.en).not.toBe('');
      expect(entry.vi).not.toMatch(/\bbạn\b/i);
    }
  });

  it('marks the committee commands', () => {
    const committee = COMMAND_HELP.filter((c) => c.committeeOnly).map((c) => c.alias);
    expect(committee).toEqual([
      'new meeting',
      'notice',
      'roll call',
      'check in for: <name>, …',
      'vote <title>',
      'show of hands: approve <name>, …; reject …',
      'close vote',
      'close meeting',
      'summary [2025-09]',
      'speaker: <name>: <gist>',
      'task: <title> – <owner> – <due>',
      'target 2025: <name> = 60',
      'target for January 2025: <name> = 15',
      'target progress: <name> = 12 | target: <name> +1',
      'summary year 2025',
      'minutes [2025-09]',
      'dashboard',
      'settings',
      'schedule',
      'move meeting <date> <time>',
      'cancel meeting [reason …]',
    ]);
  });

  it('every listed command parses to a known command, in Vietnamese and in English', () => {
    const sample = (form: string): string =>
      form
        .split(' | ')[0]!
        .replace(/\[[^\]]*\]/g, '')
        .replace(/<[^>]*>/g, 'Nội dung')
        .replace(/…/g, 'Nội dung')
        .trim();
    for (const entry of COMMAND_HELP) {
      expect(parseCommand(sample(entry.command)).name).not.toBe('unknown');
      expect(parseCommand(sample(entry.alias)).name).not.toBe('unknown');
    }
  });
});
