/**
 * The commands the help card lists, in the order a meeting uses them.
 */

/** One line of the help card: the command as typed (Vietnamese, English alias), what it does, who may use it. */
export interface CommandHelp {
  readonly command: string;
  readonly alias: string;
  readonly vi: string;
  readonly en: string;
  readonly committeeOnly: boolean;
}

/** What the help card shows; committee-only commands are hidden from ordinary members by the feature. */
export const COMMAND_HELP: readonly CommandHelp[] = Object.freeze([
  { command: 'trợ giúp', alias: 'help', vi: 'Xem danh sách lệnh', en: 'Show the commands', committeeOnly: false },
  { command: 'họp mới', alias: 'new meeting', vi: 'Tạo kỳ sinh hoạt mới', en: 'Create a new meeting', committeeOnly: true },
  { command: 'thông báo', alias: 'notice', vi: 'Gửi thông báo sinh hoạt chi bộ', en: 'Post the meeting notice', committeeOnly: true },
  { command: 'tham dự', alias: 'attend', vi: 'Báo tham dự trực tiếp', en: 'Confirm attendance in person', committeeOnly: false },
  {
    command: 'tham dự trực tuyến [điểm cầu …]',
    alias: 'attend online [venue]',
    vi: 'Báo tham dự trực tuyến, tại điểm cầu nếu có',
    en: 'Confirm attendance online, at a venue if any',
    committeeOnly: false,
  },
  { command: 'xin vắng: <lý do>', alias: 'excused: <reason>', vi: 'Xin vắng mặt, nêu rõ lý do', en: 'Send apologies with a reason', committeeOnly: false },
  { command: 'điểm danh', alias: 'roll call', vi: 'Mở điểm danh', en: 'Open the roll call', committeeOnly: true },
  { command: 'có mặt [điểm cầu …]', alias: 'present [venue]', vi: 'Điểm danh có mặt (trước khi biểu quyết)', en: 'Answer the roll call (before voting)', committeeOnly: false },
  {
    command: 'điểm danh hộ: <họ tên>, …',
    alias: 'check in for: <name>, …',
    vi: 'Ghi nhận có mặt cho đảng viên không có thiết bị (chủ trì, thư ký)',
    en: 'Record members without a device as present (chair, minute-taker)',
    committeeOnly: true,
  },
  {
    command: 'biểu quyết <nội dung>',
    alias: 'vote <title>',
    vi: 'Mở biểu quyết (kết nạp: …, công nhận chính thức: … cần 2/3)',
    en: 'Open a vote (admission: …, confirmation: … need 2/3)',
    committeeOnly: true,
  },
  {
    command: 'tán thành | không tán thành | ý kiến khác: …',
    alias: 'approve | reject | other: …',
    vi: 'Biểu quyết (đảng viên chính thức)',
    en: 'Cast a ballot (official members)',
    committeeOnly: false,
  },
  {
    command: 'biểu quyết giơ tay: tán thành <họ tên>, …; không tán thành …',
    alias: 'show of hands: approve <name>, …; reject …',
    vi: 'Ghi nhận biểu quyết giơ tay tại hội trường (chủ trì, thư ký)',
    en: 'Record a show of hands in the room (chair, minute-taker)',
    committeeOnly: true,
  },
  { command: 'kết thúc biểu quyết', alias: 'close vote', vi: 'Kết thúc biểu quyết, công bố kết quả', en: 'Close the vote and announce the result', committeeOnly: true },
  { command: 'bế mạc', alias: 'close meeting', vi: 'Bế mạc kỳ sinh hoạt (chốt điểm danh, gửi tóm tắt)', en: 'Close the meeting (finalises the roll call, posts the summary)', committeeOnly: true },
  { command: 'tóm tắt [tháng 9/2025]', alias: 'summary [2025-09]', vi: 'Tóm tắt kỳ sinh hoạt', en: 'Summarise a meeting', committeeOnly: true },
  { command: 'đăng ký phát biểu', alias: 'register to speak', vi: 'Đăng ký phát biểu', en: 'Ask to speak', committeeOnly: false },
  { command: 'phát biểu: <họ tên>: <ý chính>', alias: 'speaker: <name>: <gist>', vi: 'Ghi ý kiến phát biểu theo thứ tự phát biểu (thư ký, chủ trì); chưa có ý chính: mời phát biểu, ghi ý chính sau', en: 'Record a speaker in speaking order (minute-taker, chair); without a gist: give the floor, note the gist later', committeeOnly: true },
  { command: 'nhiệm vụ: <nội dung> – <người phụ trách> – <hạn>', alias: 'task: <title> – <owner> – <due>', vi: 'Giao nhiệm vụ', en: 'Set a task', committeeOnly: true },
  { command: 'danh sách nhiệm vụ', alias: 'tasks', vi: 'Các nhiệm vụ chưa hoàn thành, quá hạn đến hôm nay', en: 'Tasks not done, overdue as of today', committeeOnly: false },
  { command: 'hoàn thành nhiệm vụ: <nội dung>', alias: 'task done: <title>', vi: 'Ghi hoàn thành nhiệm vụ (người phụ trách, chi ủy)', en: 'Mark a task done (its owner, the committee)', committeeOnly: false },
  {
    command: 'chỉ tiêu năm [2025]: <tên> = 60 [đơn vị]',
    alias: 'target 2025: <name> = 60',
    vi: 'Đặt chỉ tiêu năm (không ghi năm: năm của kỳ sinh hoạt)',
    en: "Set a yearly target (no year: the meeting's year)",
    committeeOnly: true,
  },
  {
    command: 'chỉ tiêu tháng [1/2025]: <tên> = 15',
    alias: 'target for January 2025: <name> = 15',
    vi: 'Đặt chỉ tiêu tháng (không ghi tháng: tháng của kỳ sinh hoạt)',
    en: "Set a monthly target (also: monthly target 2025-01: …; no month: the meeting's)",
    committeeOnly: true,
  },
  {
    command: 'tiến độ chỉ tiêu <tên>: 12 | chỉ tiêu: <tên> +1',
    alias: 'target progress: <name> = 12 | target: <name> +1',
    vi: 'Cập nhật tiến độ chỉ tiêu (ghi kỳ nếu cần: tiến độ chỉ tiêu năm 2025: …)',
    en: 'Record progress on a target (name the period if needed: target progress 2025: …)',
    committeeOnly: true,
  },
  { command: 'tóm tắt năm 2025', alias: 'summary year 2025', vi: 'Tổng hợp cả năm', en: 'Summarise a year', committeeOnly: true },
  { command: 'biên bản [tháng 9/2025]', alias: 'minutes [2025-09]', vi: 'Tải biên bản, dự thảo nghị quyết, bảng tổng hợp', en: 'Download the minutes, draft resolution and spreadsheet', committeeOnly: true },
  { command: 'bảng điều khiển', alias: 'dashboard', vi: 'Mở bảng theo dõi của chi bộ', en: 'Open the cell dashboard', committeeOnly: true },
  { command: 'cài đặt', alias: 'settings', vi: 'Mở thiết lập của chi bộ: địa danh, múi giờ, lịch, nhắc lịch, quy chế biểu quyết', en: "Open the cell's settings: place, timezone, schedule, reminders, voting rules", committeeOnly: true },
  { command: 'lịch', alias: 'schedule', vi: 'Xem lịch thông báo, nhắc nhở sắp tới', en: 'See the coming notices and reminders', committeeOnly: true },
  { command: 'dời họp <ngày> <giờ>', alias: 'move meeting <date> <time>', vi: 'Dời kỳ sinh hoạt (gửi thông báo đính chính)', en: 'Move the meeting (sends a correction)', committeeOnly: true },
  { command: 'hủy họp [lý do …]', alias: 'cancel meeting [reason …]', vi: 'Hủy kỳ sinh hoạt (gửi thông báo hủy)', en: 'Cancel the meeting (sends a notice)', committeeOnly: true },
  { command: 'danh sách', alias: 'roster', vi: 'Danh sách đảng viên của chi bộ', en: 'The cell roster', committeeOnly: false },
]);
