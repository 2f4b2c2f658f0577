"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingStatusLabel = meetingStatusLabel;
const MEETING_STATUS_LABELS = {
    draft: 'Dự thảo',
    announced: 'Đã thông báo',
    in_progress: 'Đang họp',
    closed: 'Đã kết thúc',
    cancelled: 'Đã hủy',
};
/** "Dự thảo", "Đã kết thúc", …; the stored code itself when unknown. */
function meetingStatusLabel(status) {
    return MEETING_STATUS_LABELS[status] ?? status;
}
//# sourceMappingURL=labels.js.map