/**
 * Small typed view-model factories for card tests: a realistic Vietnamese
 * default, overridden per test.
 */
import type {
  CardView,
  HelpView,
  MeetingFormView,
  MessageView,
  NoticeView,
  RollCallView,
  RosterView,
  SetupFormView,
  SetupRosterView,
  SummaryView,
  VoteView,
} from '../../src/cards/view-models';

export function messageView(overrides: Partial<MessageView> = {}): MessageView {
  return {
    type: 'message',
    locale: 'vi',
    tone: 'info',
    title: 'Thông báo của Chi ủy',
    text: 'Đồng chí đã đăng ký tham dự kỳ sinh hoạt tháng 9/2025.',
    ...overrides,
  };
}

export function helpView(overrides: Partial<HelpView> = {}): HelpView {
  return {
    type: 'help',
    locale: 'vi',
    isCommittee: false,
    commands: [
      { command: 'họp', description: 'Xem thông báo kỳ sinh hoạt sắp tới' },
      { command: 'điểm danh', description: 'Điểm danh khi kỳ sinh hoạt bắt đầu' },
      { command: 'biểu quyết', description: 'Xem nội dung đang biểu quyết' },
    ],
    ...overrides,
  };
}

export function meetingFormView(overrides: Partial<MeetingFormView> = {}): MeetingFormView {
  return {
    type: 'meeting.form',
    locale: 'vi',
    cellName: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
    defaults: { date: '2025-09-05', time: '14:00', form: 'mixed' },
    members: [
      { id: 'mem-001', name: 'Nguyễn Văn An' },
      { id: 'mem-002', name: 'Trần Thị Bình' },
      { id: 'mem-003', name: 'Lê Quốc Cường' },
    ],
    ...overrides,
  };
}

export function noticeView(overrides: Partial<NoticeView> = {}): NoticeView {
  return {
    type: 'notice',
    locale: 'vi',
    meetingId: 'meet-2025-09',
    cellName: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
    parentOrganisation: 'Đảng bộ Khối Doanh nghiệp thành phố',
    heading: 'THÔNG BÁO sinh hoạt chi bộ định kỳ tháng 9/2025',
    when: '14 giờ 00, ngày 05/9/2025 (thứ Sáu)',
    formLabel: 'Trực tuyến kết hợp trực tiếp',
    venues: [
      { name: 'Hội trường tầng 3, trụ sở Công ty', main: true },
      { name: 'Phân xưởng Đông Anh', main: false },
    ],
    online: true,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    agenda: [
      { position: 1, title: 'Thông tin thời sự, thông tin nội bộ', presenter: 'đồng chí Nguyễn Văn An' },
      {
        position: 2,
        title: 'Đánh giá kết quả thực hiện nhiệm vụ tháng 8/2025',
        presenter: 'đồng chí Trần Thị Bình',
        documentUrl: 'https://docs.example.vn/bao-cao-thang-8.pdf',
      },
      { position: 3, title: 'Phương hướng, nhiệm vụ tháng 9/2025' },
    ],
    documents: [{ title: 'Dự thảo Nghị quyết tháng 9/2025', url: 'https://docs.example.vn/du-thao-nq.docx' }],
    guests: [{ name: 'Phạm Minh Đức', position: 'Ủy viên Ban Thường vụ Đảng ủy Khối' }],
    chair: 'Nguyễn Văn An, Bí thư Chi bộ',
    minuteTaker: 'Lê Quốc Cường',
    request:
      'Đề nghị các đồng chí tham dự đầy đủ, đúng giờ; trường hợp vắng mặt, đề nghị báo cáo đồng chí Bí thư và nêu rõ lý do trước ngày 04/9/2025.',
    counts: { attend: 30, attendOnline: 12, excused: 2, noAnswer: 5, exemptAttending: 0 },
    cancelled: false,
    warnings: [],
    ...overrides,
  };
}

export function rollCallView(overrides: Partial<RollCallView> = {}): RollCallView {
  return {
    type: 'rollcall',
    locale: 'vi',
    meetingId: 'meet-2025-09',
    heading: 'Điểm danh kỳ sinh hoạt chi bộ tháng 9/2025',
    venues: ['Hội trường tầng 3', 'Phân xưởng Đông Anh'],
    byStatus: [
      { status: 'official', label: 'Chính thức', total: 49, present: 48 },
      { status: 'probationary', label: 'Dự bị', total: 23, present: 22 },
    ],
    summaryLine: 'Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70. Vắng: 2 (có lý do: 2; không lý do: 0).',
    quorumLine: 'Đủ điều kiện tiến hành sinh hoạt (48/49 đảng viên chính thức có mặt, theo quy chế chi bộ cần 33).',
    warnings: [],
    open: true,
    ...overrides,
  };
}

export function voteView(overrides: Partial<VoteView> = {}): VoteView {
  return {
    type: 'vote',
    locale: 'vi',
    motionId: 'motion-nq-09',
    meetingId: 'meet-2025-09',
    title: 'Nghị quyết Chi bộ tháng 9/2025',
    kind: 'resolution',
    call: 'Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua Nghị quyết Chi bộ tháng 9/2025. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)',
    open: true,
    tally: { approve: 20, reject: 1, other: 2, notVoted: 26, denominator: 49, threshold: '25/49' },
    resultLines: [],
    canClose: false,
    canVote: true,
    opinions: [],
    ...overrides,
  };
}

export function summaryView(overrides: Partial<SummaryView> = {}): SummaryView {
  return {
    type: 'summary',
    locale: 'vi',
    meetingId: 'meet-2025-09',
    heading: 'Tóm tắt kỳ sinh hoạt chi bộ định kỳ tháng 9/2025',
    when: '14 giờ 00 – 15 giờ 45, ngày 05/9/2025',
    sections: [
      { title: 'Điểm danh', lines: ['Có mặt: 70/72.', 'Vắng có lý do: 2 (Hoàng Văn Em – công tác; Vũ Thị Gấm – ốm).'] },
      { title: 'Phát biểu', lines: ['Đồng chí Trần Thị Bình: đề nghị đẩy mạnh giới thiệu quần chúng ưu tú.'] },
    ],
    motions: [
      {
        title: 'Nghị quyết Chi bộ tháng 9/2025',
        lines: ['49/49 đồng chí đảng viên chính thức tán thành (đạt 100%).'],
        passed: true,
      },
    ],
    flags: [],
    ...overrides,
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Quốc', 'Minh', 'Hữu', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hương', 'Khánh', 'Long', 'Nguyệt', 'Phượng', 'Quyết', 'Thắng'];

/** `count` roster members: one secretary, two committee members, then officials and probationary members. */
export function rosterMembers(count: number): RosterView['members'] {
  return Array.from({ length: count }, (_, i) => {
    const probationary = i >= Math.ceil(count * 0.68);
    const role = i === 0 ? 'secretary' : i < 3 ? 'committee' : 'member';
    const roleLabel = { secretary: 'Bí thư', committee: 'Chi ủy viên', member: 'Đảng viên' }[role];
    return {
      id: `mem-${String(i + 1).padStart(3, '0')}`,
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
      status: probationary ? 'probationary' : 'official',
      statusLabel: probationary ? 'Dự bị' : 'Chính thức',
      role,
      roleLabel,
      partyGroup: `Tổ đảng số ${(i % 4) + 1}`,
    } as const;
  });
}

export function rosterView(overrides: Partial<RosterView> = {}): RosterView {
  return {
    type: 'roster',
    locale: 'vi',
    cellName: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
    totalsLine: 'Tổng số đảng viên: 5 (chính thức 4, dự bị 1).',
    members: rosterMembers(5),
    ...overrides,
  };
}

export function setupFormView(overrides: Partial<SetupFormView> = {}): SetupFormView {
  return {
    type: 'setup.form',
    locale: 'vi',
    values: {
      cellName: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp thành phố',
      committeeId: 'none',
      locality: 'Hà Nội',
      meetingDay: '5',
      meetingTime: '14:00',
      timezone: 'Asia/Ho_Chi_Minh',
      reminders: '10080,1440,120',
      quorum: '2/3',
      excusedInDenominator: 'true',
      attachedInMayVote: 'false',
      approvalRef: '',
      approvalDate: '',
    },
    committees: [],
    ...overrides,
  };
}

/** `count` roster-card lines: members on the roster, the last one an account not on it yet. */
export function setupRosterEntries(count: number): SetupRosterView['entries'] {
  return rosterMembers(count).map((member, i) =>
    i === count - 1 && count > 1
      ? {
          key: `new.29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ${i}`,
          name: member.name,
          detail: 'Chưa có trong danh sách – dv@example.vn',
          role: 'member',
          partyGroup: '',
        }
      : {
          key: member.id,
          name: member.name,
          detail: 'Đã liên kết tài khoản Teams',
          status: member.status,
          role: member.role,
          partyGroup: member.partyGroup ?? '',
        },
  );
}

export function setupRosterView(overrides: Partial<SetupRosterView> = {}): SetupRosterView {
  return {
    type: 'setup.roster',
    locale: 'vi',
    cellName: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
    summaryLines: [
      'Tổng số đảng viên: 72 (chính thức 49, dự bị 23).',
      'Đã liên kết 70 tài khoản Teams; 2 đồng chí chưa liên kết.',
    ],
    page: 2,
    pageCount: 4,
    entries: setupRosterEntries(4),
    ...overrides,
  };
}

/** One default view of each type, for checks that apply to every card. */
export function oneOfEach(): CardView[] {
  return [
    messageView(),
    helpView(),
    meetingFormView(),
    noticeView(),
    rollCallView(),
    voteView(),
    summaryView(),
    rosterView(),
    setupFormView(),
    setupRosterView(),
  ];
}
