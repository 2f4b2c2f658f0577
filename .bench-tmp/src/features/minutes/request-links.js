"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestMinutesLinks = requestMinutesLinks;
exports.requestDashboardLink = requestDashboardLink;
const format_1 = require("../../core/format");
const errors_1 = require("../../core/errors");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const meeting_queries_1 = require("../meetings/meeting-queries");
const document_links_1 = require("./document-links");
function requireLinks(ctx) {
    const links = (0, document_links_1.linksOf)(ctx);
    if (links)
        return links;
    const vi = 'Máy chủ chưa được cấu hình để cấp đường dẫn tải tài liệu (PUBLIC_BASE_URL). Đề nghị liên hệ quản trị hệ thống.';
    const en = 'The server is not configured to issue download links (PUBLIC_BASE_URL). Please contact the administrator.';
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'warning', ctx.turn.locale === 'vi' ? vi : en));
}
function until(ctx, expiresAt, timeZone) {
    const when = `${(0, format_1.formatClock)(expiresAt, timeZone, ctx.turn.locale)} ${(0, format_1.formatShortDate)(expiresAt, timeZone, ctx.turn.locale)}`;
    return ctx.turn.locale === 'vi' ? `Đường dẫn dành riêng cho đồng chí, có hiệu lực đến ${when}; đề nghị không chuyển tiếp.` : `These links are for you only and expire at ${when}; do not forward them.`;
}
/** The links card for a meeting's documents: minutes, draft resolution, the year's spreadsheet. */
async function requestMinutesLinks(ctx, request) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const links = requireLinks(ctx);
    if (!('minutes' in links))
        return links;
    const meeting = request.meetingId
        ? await ctx.db.prisma.meeting.findFirst({ where: { id: request.meetingId, cellId: cell.id } })
        : request.period ? await (0, meeting_queries_1.findMeetingOfPeriod)(ctx.db, cell.id, request.period) : await (0, meeting_queries_1.findLatestHeldMeeting)(ctx.db, cell.id);
    if (!meeting)
        throw new errors_1.DomainError(request.period || request.meetingId ? 'meeting.not_found' : 'meeting.none', request.period);
    const vi = ctx.turn.locale === 'vi';
    const minutes = links.minutes(member.id, meeting.id);
    const view = {
        ...(0, results_1.messageView)(ctx.turn.locale, 'info', `${vi ? 'Tài liệu kỳ sinh hoạt' : 'Documents of the meeting'} ${(0, format_1.periodLabel)(meeting.period, ctx.turn.locale)}.\n${until(ctx, minutes.expiresAt, cell.timezone)}`, vi ? 'BIÊN BẢN VÀ NGHỊ QUYẾT' : 'MINUTES AND RESOLUTION'),
        links: [
            { title: vi ? 'Tải biên bản (.docx)' : 'Download the minutes (.docx)', url: minutes.url },
            { title: vi ? 'Tải dự thảo nghị quyết (.docx)' : 'Download the draft resolution (.docx)', url: links.resolution(member.id, meeting.id).url },
            { title: vi ? `Bảng điểm danh, biểu quyết năm ${meeting.period.slice(0, 4)} (.xlsx)` : `Attendance and votes ${meeting.period.slice(0, 4)} (.xlsx)`, url: links.spreadsheet(member.id, cell.id, meeting.period.slice(0, 4)).url },
        ],
    };
    return (0, results_1.replyWith)(view);
}
/** The signed link to the dashboard page (outside Teams, or inside it without single sign-on). */
async function requestDashboardLink(ctx) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const links = requireLinks(ctx);
    if (!('dashboard' in links))
        return links;
    const link = links.dashboard(member.id, cell.id);
    const vi = ctx.turn.locale === 'vi';
    const view = {
        ...(0, results_1.messageView)(ctx.turn.locale, 'info', until(ctx, link.expiresAt, cell.timezone), vi ? 'BẢNG THEO DÕI SINH HOẠT CHI BỘ' : 'CELL DASHBOARD'),
        links: [{ title: vi ? 'Mở bảng theo dõi' : 'Open the dashboard', url: link.url }],
    };
    return (0, results_1.replyWith)(view);
}
//# sourceMappingURL=request-links.js.map