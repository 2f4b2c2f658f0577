/** Commands of the committee and of the vote, parsed from chat text. */
import { matchPhrase, tokenize, type Tokens } from '../../src/core/command-tokens';
import { parseCommand, type Command } from '../../src/core/commands';

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
    [
      'biểu quyết Nghị quyết Chi bộ tháng 9/2025',
      { name: 'vote.open', title: 'Nghị quyết Chi bộ tháng 9/2025', kind: 'resolution' },
    ],
    ['bieu quyet Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    [
      'Biểu quyết thông qua Nghị quyết tháng 12/2023',
      { name: 'vote.open', title: 'Nghị quyết tháng 12/2023', kind: 'resolution' },
    ],
    [
      'biểu quyết: Phương hướng nhiệm vụ tháng 10',
      { name: 'vote.open', title: 'Phương hướng nhiệm vụ tháng 10', kind: 'resolution' },
    ],
    ['mở biểu quyết Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    ['@chibo biểu quyết Nghị quyết tháng 9', { name: 'vote.open', title: 'Nghị quyết tháng 9', kind: 'resolution' }],
    ['/vote Resolution of September', { name: 'vote.open', title: 'Resolution of September', kind: 'resolution' }],
    ['vote September resolution', { name: 'vote.open', title: 'September resolution', kind: 'resolution' }],
    ['vote on the September resolution', { name: 'vote.open', title: 'the September resolution', kind: 'resolution' }],
    ['vote resolution: September plan', { name: 'vote.open', title: 'September plan', kind: 'resolution' }],
    // Admission and confirmation need 2/3; a colon drops the label, no colon keeps it in the title.
    [
      'biểu quyết kết nạp: quần chúng Nguyễn Văn A',
      { name: 'vote.open', title: 'quần chúng Nguyễn Văn A', kind: 'admission' },
    ],
    ['bieu quyet ket nap: Nguyễn Văn A', { name: 'vote.open', title: 'Nguyễn Văn A', kind: 'admission' }],
    [
      'biểu quyết kết nạp quần chúng Nguyễn Văn A vào Đảng',
      { name: 'vote.open', title: 'kết nạp quần chúng Nguyễn Văn A vào Đảng', kind: 'admission' },
    ],
    [
      'biểu quyết đề nghị kết nạp quần chúng Nguyễn Văn A',
      { name: 'vote.open', title: 'đề nghị kết nạp quần chúng Nguyễn Văn A', kind: 'admission' },
    ],
    ['biểu quyết xét kết nạp: Nguyễn Văn A', { name: 'vote.open', title: 'Nguyễn Văn A', kind: 'admission' }],
    ['vote admission: Nguyen Van A', { name: 'vote.open', title: 'Nguyen Van A', kind: 'admission' }],
    [
      'biểu quyết công nhận chính thức: đồng chí Trần Thị B',
      { name: 'vote.open', title: 'đồng chí Trần Thị B', kind: 'confirmation' },
    ],
    [
      'bieu quyet cong nhan chinh thuc dong chi B',
      { name: 'vote.open', title: 'cong nhan chinh thuc dong chi B', kind: 'confirmation' },
    ],
    [
      'biểu quyết công nhận đảng viên chính thức: đồng chí B',
      { name: 'vote.open', title: 'đồng chí B', kind: 'confirmation' },
    ],
    [
      'biểu quyết xét chuyển đảng chính thức cho đồng chí B',
      { name: 'vote.open', title: 'xét chuyển đảng chính thức cho đồng chí B', kind: 'confirmation' },
    ],
    ['vote confirmation: comrade B', { name: 'vote.open', title: 'comrade B', kind: 'confirmation' }],
    // Secret-ballot kinds are recognised so the feature can refuse them and say why.
    ['biểu quyết bầu cử: Bí thư chi bộ', { name: 'vote.open', title: 'Bí thư chi bộ', kind: 'election' }],
    ['biểu quyết bầu Bí thư chi bộ', { name: 'vote.open', title: 'bầu Bí thư chi bộ', kind: 'election' }],
    ['bieu quyet bau cu chi uy', { name: 'vote.open', title: 'bau cu chi uy', kind: 'election' }],
    ['biểu quyết kỷ luật đồng chí C', { name: 'vote.open', title: 'kỷ luật đồng chí C', kind: 'discipline' }],
    [
      'biểu quyết đề nghị thi hành kỷ luật đồng chí C',
      { name: 'vote.open', title: 'đề nghị thi hành kỷ luật đồng chí C', kind: 'discipline' },
    ],
    ['biểu quyết nhân sự: giới thiệu cấp ủy', { name: 'vote.open', title: 'giới thiệu cấp ủy', kind: 'personnel' }],
    ['vote election: secretary', { name: 'vote.open', title: 'secretary', kind: 'election' }],
    ['vote discipline: comrade C', { name: 'vote.open', title: 'comrade C', kind: 'discipline' }],
    ['vote personnel: nomination', { name: 'vote.open', title: 'nomination', kind: 'personnel' }],
    // A theme that mentions discipline is still a resolution: only the head of the title names the kind.
    [
      'biểu quyết Nghị quyết về tăng cường kỷ luật lao động',
      { name: 'vote.open', title: 'Nghị quyết về tăng cường kỷ luật lao động', kind: 'resolution' },
    ],
    // Agenda and minutes are approved as motions, not resolutions.
    ['biểu quyết thông qua biên bản cuộc họp', { name: 'vote.open', title: 'biên bản cuộc họp', kind: 'other' }],
    ['biểu quyết chương trình sinh hoạt', { name: 'vote.open', title: 'chương trình sinh hoạt', kind: 'other' }],
    ['biểu quyết nội dung: Kế hoạch tháng 10', { name: 'vote.open', title: 'Kế hoạch tháng 10', kind: 'other' }],
    ['biểu quyết nội dung tháng 10', { name: 'vote.open', title: 'nội dung tháng 10', kind: 'resolution' }],
    ['vote other: the minutes', { name: 'vote.open', title: 'the minutes', kind: 'other' }],
    // Titles keep their original spelling, punctuation and colons.
    [
      'biểu quyết Nghị quyết: "Tự soi, tự sửa" – quý III',
      { name: 'vote.open', title: 'Nghị quyết: "Tự soi, tự sửa" – quý III', kind: 'resolution' },
    ],
    ['BIỂU QUYẾT   Nghị quyết   tháng 9', { name: 'vote.open', title: 'Nghị quyết   tháng 9', kind: 'resolution' }],
    // No title: not a command the bot can act on.
    ['biểu quyết', { name: 'unknown', text: 'biểu quyết' }],
    ['bieu quyet:', { name: 'unknown', text: 'bieu quyet:' }],
    ['biểu quyết kết nạp:', { name: 'unknown', text: 'biểu quyết kết nạp:' }],
    ['vote', { name: 'unknown', text: 'vote' }],
    ['biểu quyết thông qua', { name: 'unknown', text: 'biểu quyết thông qua' }],
  ]);
});

describe('matchPhrase', () => {
  const tokens = (text: string): Tokens => ({ text, list: tokenize(text) });

  it.each<[string, string, number]>([
    ['biểu quyết nghị quyết', 'biểu quyết', 2],
    ['bieu quyet nghi quyet', 'biểu quyết', 2],
    ['BIỂU QUYẾT', 'biểu quyết', 2],
    // Old and new tone placement ("hoà" / "hòa") carry the same marks.
    ['hoà giải', 'hòa giải', 2],
    ['thuỷ lợi', 'thủy lợi', 2],
    ['vâng', 'vắng', -1],
    ['biểu', 'biểu quyết', -1],
    ['', 'biểu quyết', -1],
  ])('%j against %j → %d', (text, phrase, expected) => {
    expect(matchPhrase(tokens(text), 0, phrase)).toBe(expected);
  });

  it('cuts colons into their own tokens and keeps offsets into the original text', () => {
    const list = tokenize('vắng:ốm nặng');
    expect(list.map((t) => [t.raw, t.word, t.start, t.end])).toEqual([
      ['vắng', 'vang', 0, 4],
      [':', '', 4, 5],
      ['ốm', 'om', 5, 7],
      ['nặng', 'nang', 8, 12],
    ]);
  });
});
