"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jobLabel = jobLabel;
exports.jobStatusLabel = jobStatusLabel;
const JOB_LABELS = {
    notice: { vi: 'Thông báo kèm chương trình', en: 'Notice with the agenda' },
    'remind.rsvp': { vi: 'Nhắc đồng chí chưa trả lời', en: 'Reminder to members who have not answered' },
    'remind.join': { vi: 'Nhắc giờ họp, địa điểm', en: 'Reminder with venue and join link' },
    rollcall: { vi: 'Mở điểm danh', en: 'Roll call opens' },
    'remind.vote': { vi: 'Nhắc biểu quyết', en: 'Vote reminder' },
    summary: { vi: 'Tóm tắt gửi Bí thư', en: 'Summary to the secretary' },
    'meeting.moved': { vi: 'Thông báo điều chỉnh lịch', en: 'Correction: meeting moved' },
    'meeting.cancelled': { vi: 'Thông báo hủy kỳ sinh hoạt', en: 'Notice: meeting cancelled' },
};
const STATUS_LABELS = {
    planned: { vi: 'Dự kiến', en: 'Planned' },
    running: { vi: 'Đang gửi', en: 'Sending' },
    sent: { vi: 'Đã gửi', en: 'Sent' },
    missed: { vi: 'Bỏ lỡ', en: 'Missed' },
    cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
function jobLabel(job, locale) {
    return JOB_LABELS[job][locale];
}
function jobStatusLabel(status, locale) {
    return STATUS_LABELS[status][locale];
}
//# sourceMappingURL=labels.js.map