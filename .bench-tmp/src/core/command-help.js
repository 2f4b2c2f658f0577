"use strict";
/**
 * The commands the help card lists, in the order a meeting uses them.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMAND_HELP = void 0;
/** What the help card shows; committee-only commands are hidden from ordinary members by the feature. */
exports.COMMAND_HELP = Object.freeze([
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
    { command: 'có mặt [điểm cầu …]', alias: 'present [venue]', vi: 'Điểm danh có mặt', en: 'Answer the roll call', committeeOnly: false },
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
    { command: 'kết thúc biểu quyết', alias: 'close vote', vi: 'Kết thúc biểu quyết, công bố kết quả', en: 'Close the vote and announce the result', committeeOnly: true },
    { command: 'tóm tắt [tháng 9/2025]', alias: 'summary [2025-09]', vi: 'Tóm tắt kỳ sinh hoạt', en: 'Summarise a meeting', committeeOnly: true },
    { command: 'danh sách', alias: 'roster', vi: 'Danh sách đảng viên của chi bộ', en: 'The cell roster', committeeOnly: false },
]);
//# sourceMappingURL=command-help.js.map