import { COMMAND_HELP, parseCommand, type Command } from '../../src/core/commands';

type Case = [string, Command];

function table(cases: readonly Case[]): void {
  it.each(cases)('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
}

describe('parseCommand: help', () => {
  table([
    ['trợ giúp', { name: 'help' }],
    ['tro giup', { name: 'help' }],
    ['Giúp', { name: 'help' }],
    ['giup do', { name: 'help' }],
    ['hướng dẫn', { name: 'help' }],
    ['huong dan', { name: 'help' }],
    ['help', { name: 'help' }],
    ['HELP', { name: 'help' }],
    ['/help', { name: 'help' }],
    ['?', { name: 'help' }],
    ['@chibo ?', { name: 'help' }],
    ['@chibo trợ giúp', { name: 'help' }],
    ['chibo help', { name: 'help' }],
    ['@Chibo /help', { name: 'help' }],
    ['@chibo, help', { name: 'help' }],
    ['trợ giúp ạ', { name: 'help' }],
    ['help!', { name: 'help' }],
  ]);
});

describe('parseCommand: committee commands', () => {
  table([
    ['họp mới', { name: 'meeting.new' }],
    ['hop moi', { name: 'meeting.new' }],
    ['Tạo cuộc họp', { name: 'meeting.new' }],
    ['tao cuoc hop moi', { name: 'meeting.new' }],
    ['new meeting', { name: 'meeting.new' }],
    ['/new meeting', { name: 'meeting.new' }],
    ['thông báo', { name: 'notice' }],
    ['thong bao', { name: 'notice' }],
    ['Gửi thông báo', { name: 'notice' }],
    ['notice', { name: 'notice' }],
    ['post notice', { name: 'notice' }],
    ['điểm danh', { name: 'rollcall.open' }],
    ['diem danh', { name: 'rollcall.open' }],
    ['Mở điểm danh', { name: 'rollcall.open' }],
    ['roll call', { name: 'rollcall.open' }],
    ['rollcall', { name: 'rollcall.open' }],
    ['@chibo điểm danh', { name: 'rollcall.open' }],
    ['kết thúc biểu quyết', { name: 'vote.close' }],
    ['ket thuc bieu quyet', { name: 'vote.close' }],
    ['Đóng biểu quyết', { name: 'vote.close' }],
    ['dong bieu quyet', { name: 'vote.close' }],
    ['close vote', { name: 'vote.close' }],
    ['/close vote', { name: 'vote.close' }],
    ['danh sách', { name: 'roster' }],
    ['danh sach dang vien', { name: 'roster' }],
    ['Danh sách đảng viên', { name: 'roster' }],
    ['roster', { name: 'roster' }],
    ['members', { name: 'roster' }],
  ]);
});

describe('parseCommand: summary', () => {
  table([
    ['tóm tắt', { name: 'summary' }],
    ['tom tat', { name: 'summary' }],
    ['tổng hợp', { name: 'summary' }],
    ['summary', { name: 'summary' }],
    ['tóm tắt tháng 9/2025', { name: 'summary', period: '2025-09' }],
    ['tom tat thang 9/2025', { name: 'summary', period: '2025-09' }],
    ['tóm tắt 09/2025', { name: 'summary', period: '2025-09' }],
    ['tóm tắt tháng 12 năm 2023', { name: 'summary', period: '2023-12' }],
    ['tổng hợp kỳ sinh hoạt tháng 8/2022', { name: 'summary', period: '2022-08' }],
    ['summary 2025-09', { name: 'summary', period: '2025-09' }],
    ['summary September 2025', { name: 'summary', period: '2025-09' }],
    ['tóm tắt: 9/2025', { name: 'summary', period: '2025-09' }],
    ['tóm tắt tháng này', { name: 'unknown', text: 'tóm tắt tháng này' }],
    ['summary 13/2025', { name: 'unknown', text: 'summary 13/2025' }],
  ]);
});

describe('parseCommand: vote.open', () => {
  table([
    ['biểu quyết Nghị quyết Chi bộ tháng 9/2025', { name: 'vote.open', title: 'Nghị quyết Chi bộ tháng 9/2025', kind: 'resolution' }],
    ['bieu quyet Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    ['Biểu quyết thông qua Nghị quyết tháng 12/2023', { name: 'vote.open', title: 'Nghị quyết tháng 12/2023', kind: 'resolution' }],
    ['biểu quyết: Phương hướng nhiệm vụ tháng 10', { name: 'vote.open', title: 'Phương hướng nhiệm vụ tháng 10', kind: 'resolution' }],
    ['mở biểu quyết Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    ['@chibo biểu quyết Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    ['/vote Resolution of September', { name: 'vote.open', title: 'Resolution of September', kind: 'resolution' }],
    ['vote September resolution', { name: 'vote.open', title: 'September resolution', kind: 'resolution' }],
    ['vote on the September resolution', { name: 'vote.open', title: 'the September resolution', kind: 'resolution' }],
    ['vote resolution: September plan', { name: 'vote.open', title: 'September plan', kind: 'resolution' }],
    // Admission and confirmation need 2/3; a colon drops the label, no colon keeps it in the title.
    ['biểu quyết kết nạp: quần chúng Nguyễn Văn A', { name: 'vote.open', title: 'quần chúng Nguyễn Văn A', kind: 'admission' }],
    ['bieu quyet ket nap: Nguyễn Văn A', { name: 'vote.open', title: 'Nguyễn Văn A', kind: 'admission' }],
    ['biểu quyết kết nạp quần chúng Nguyễn Văn A vào Đảng', { name: 'vote.open', title: 'kết nạp quần chúng Nguyễn Văn A vào Đảng', kind: 'admission' }],
    ['biểu quyết đề nghị kết nạp quần chúng Nguyễn Văn A', { name: 'vote.open', title: 'đề nghị kết nạp quần chúng Nguyễn Văn A', kind: 'admission' }],
    ['biểu quyết xét kết nạp: Nguyễn Văn A', { name: 'vote.open', title: 'Nguyễn Văn A', kind: 'admission' }],
    ['vote admission: Nguyen Van A', { name: 'vote.open', title: 'Nguyen Van A', kind: 'admission' }],
    ['biểu quyết công nhận chính thức: đồng chí Trần Thị B', { name: 'vote.open', title: 'đồng chí Trần Thị B', kind: 'confirmation' }],
    ['bieu quyet cong nhan chinh thuc dong chi B', { name: 'vote.open', title: 'cong nhan chinh thuc dong chi B', kind: 'confirmation' }],
    ['biểu quyết công nhận đảng viên chính thức: đồng chí B', { name: 'vote.open', title: 'đồng chí B', kind: 'confirmation' }],
    ['biểu quyết xét chuyển đảng chính thức cho đồng chí B', { name: 'vote.open', title: 'xét chuyển đảng chính thức cho đồng chí B', kind: 'confirmation' }],
    ['vote confirmation: comrade B', { name: 'vote.open', title: 'comrade B', kind: 'confirmation' }],
    // Secret-ballot kinds are recognised so the feature can refuse them and say why.
    ['biểu quyết bầu cử: Bí thư chi bộ', { name: 'vote.open', title: 'Bí thư chi bộ', kind: 'election' }],
    ['biểu quyết bầu Bí thư chi bộ', { name: 'vote.open', title: 'bầu Bí thư chi bộ', kind: 'election' }],
    ['bieu quyet bau cu chi uy', { name: 'vote.open', title: 'bau cu chi uy', kind: 'election' }],
    ['biểu quyết kỷ luật đồng chí C', { name: 'vote.open', title: 'kỷ luật đồng chí C', kind: 'discipline' }],
    ['biểu quyết đề nghị thi hành kỷ luật đồng chí C', { name: 'vote.open', title: 'đề nghị thi hành kỷ luật đồng chí C', kind: 'discipline' }],
    ['biểu quyết nhân sự: giới thiệu cấp ủy', { name: 'vote.open', title: 'giới thiệu cấp ủy', kind: 'personnel' }],
    ['vote election: secretary', { name: 'vote.open', title: 'secretary', kind: 'election' }],
    ['vote discipline: comrade C', { name: 'vote.open', title: 'comrade C', kind: 'discipline' }],
    ['vote personnel: nomination', { name: 'vote.open', title: 'nomination', kind: 'personnel' }],
    // A theme that mentions discipline is still a resolution: only the head of the title names the kind.
    ['biểu quyết Nghị quyết về tăng cường kỷ luật lao động', { name: 'vote.open', title: 'Nghị quyết về tăng cường kỷ luật lao động', kind: 'resolution' }],
    // Agenda and minutes are approved as motions, not resolutions.
    ['biểu quyết thông qua biên bản cuộc họp', { name: 'vote.open', title: 'biên bản cuộc họp', kind: 'other' }],
    ['biểu quyết chương trình sinh hoạt', { name: 'vote.open', title: 'chương trình sinh hoạt', kind: 'other' }],
    ['biểu quyết nội dung: Kế hoạch tháng 10', { name: 'vote.open', title: 'Kế hoạch tháng 10', kind: 'other' }],
    ['biểu quyết nội dung tháng 10', { name: 'vote.open', title: 'nội dung tháng 10', kind: 'resolution' }],
    ['vote other: the minutes', { name: 'vote.open', title: 'the minutes', kind: 'other' }],
    // Titles keep their original spelling, punctuation and colons.
    ['biểu quyết Nghị quyết: "Tự soi, tự sửa" – quý III', { name: 'vote.open', title: 'Nghị quyết: "Tự soi, tự sửa" – quý III', kind: 'resolution' }],
    ['BIỂU QUYẾT   Nghị quyết   tháng 9', { name: 'vote.open', title: 'Nghị quyết   tháng 9', kind: 'resolution' }],
    // No title: not a command the bot can act on.
    ['biểu quyết', { name: 'unknown', text: 'biểu quyết' }],
    ['bieu quyet:', { name: 'unknown', text: 'bieu quyet:' }],
    ['biểu quyết kết nạp:', { name: 'unknown', text: 'biểu quyết kết nạp:' }],
    ['vote', { name: 'unknown', text: 'vote' }],
    ['biểu quyết thông qua', { name: 'unknown', text: 'biểu quyết thông qua' }],
  ]);
});

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
    ['ý kiến khác: Đề nghị bổ sung chỉ tiêu kết nạp', { name: 'vote.cast', choice: 'other', comment: 'Đề nghị bổ sung chỉ tiêu kết nạp' }],
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
    ['Tham dự trực tuyến – điểm cầu Nhà máy Đông Anh', { name: 'rsvp', answer: 'attend_online', venue: 'Nhà máy Đông Anh' }],
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
    ['vắng: Đi học lớp trung cấp lý luận chính trị', { name: 'rsvp', answer: 'excused', reason: 'Đi học lớp trung cấp lý luận chính trị' }],
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

describe('parseCommand: input forms', () => {
  it('reads decomposed (NFD) text the same and keeps its free text as typed', () => {
    const nfd = 'xin vắng: đi công tác'.normalize('NFD');
    expect(parseCommand(nfd)).toEqual({ name: 'rsvp', answer: 'excused', reason: 'đi công tác'.normalize('NFD') });
  });

  it('is case-insensitive on the command and case-preserving on the title', () => {
    expect(parseCommand('BIỂU QUYẾT KẾT NẠP: Nguyễn Văn A')).toEqual({ name: 'vote.open', title: 'Nguyễn Văn A', kind: 'admission' });
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
    expect(committee).toEqual(['new meeting', 'notice', 'roll call', 'vote <title>', 'close vote']);
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
