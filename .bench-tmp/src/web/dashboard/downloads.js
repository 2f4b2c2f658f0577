"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendMeetingDocument = sendMeetingDocument;
exports.sendExport = sendExport;
const attendance_xlsx_1 = require("../../exports/attendance-xlsx");
const export_data_1 = require("../../exports/export-data");
const minutes_docx_1 = require("../../exports/minutes-docx");
const resolution_docx_1 = require("../../exports/resolution-docx");
const load_summary_1 = require("../../features/summaries/load-summary");
const server_1 = require("../../server");
const authorize_1 = require("./authorize");
const links_1 = require("./links");
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
function sendFile(res, body, contentType, fileName) {
    res.sendRaw(200, body, {
        'Content-Type': contentType,
        // ASCII name for old clients, the exact name (UTF-8) for the rest.
        'Content-Disposition': `attachment; filename="${fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
    });
}
function queryParam(req, name) {
    const query = req.query;
    const value = typeof query === 'object' && query !== null && name in query ? query[name] : undefined;
    return typeof value === 'string' ? value : undefined;
}
async function sendMeetingDocument(deps, token, req, res) {
    const { member, subjectId } = await (0, authorize_1.authorizeLink)(deps.db, deps.linkSigningSecret, token, deps.clock.now(), 'minutes');
    const meeting = await deps.db.prisma.meeting.findUnique({ where: { id: subjectId }, select: { cellId: true, period: true } });
    (0, authorize_1.requireSameCell)(member, meeting?.cellId);
    const summary = await (0, load_summary_1.loadMeetingSummary)(deps.db, subjectId, 'vi');
    const resolution = queryParam(req, 'doc') === 'resolution';
    const body = resolution ? await (0, resolution_docx_1.buildResolutionDocx)(summary) : await (0, minutes_docx_1.buildMinutesDocx)(summary);
    sendFile(res, body, DOCX, `${resolution ? 'nghi-quyet' : 'bien-ban'}-${summary.meeting.period}.docx`);
}
async function sendExport(deps, token, res) {
    const { member, subjectId } = await (0, authorize_1.authorizeLink)(deps.db, deps.linkSigningSecret, token, deps.clock.now(), 'export');
    const subject = (0, links_1.parseExportSubject)(subjectId);
    if (!subject)
        throw new server_1.ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
    (0, authorize_1.requireSameCell)(member, subject.cellId);
    const body = await (0, attendance_xlsx_1.buildAttendanceXlsx)(await (0, export_data_1.loadExportData)(deps.db, subject.cellId, subject.period));
    sendFile(res, body, XLSX, `diem-danh-bieu-quyet-${subject.period}.xlsx`);
}
//# sourceMappingURL=downloads.js.map