"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DASHBOARD_TTL_MS = exports.DOWNLOAD_TTL_MS = void 0;
exports.exportSubject = exportSubject;
exports.parseExportSubject = parseExportSubject;
exports.createDocumentLinks = createDocumentLinks;
const signed_links_1 = require("../signed-links");
/** Downloads are for the day; the dashboard for a working session. */
exports.DOWNLOAD_TTL_MS = 24 * 3600_000;
exports.DASHBOARD_TTL_MS = 8 * 3600_000;
/** Subject of an export link: the cell and the period ("2025" or "2025-09"). */
function exportSubject(cellId, period) {
    return `${cellId}|${period}`;
}
function parseExportSubject(subject) {
    const cut = subject.lastIndexOf('|');
    if (cut <= 0)
        return null;
    return { cellId: subject.slice(0, cut), period: subject.slice(cut + 1) };
}
function createDocumentLinks(settings) {
    const issue = (purpose, memberId, subjectId, path, ttlMs, query = '') => {
        const now = settings.clock.now();
        const token = (0, signed_links_1.signLink)(settings.secret, { purpose, memberId, subjectId }, now, ttlMs);
        // The token is checked to the second; report the expiry the same way.
        const expiresAt = new Date(Math.floor((now.getTime() + ttlMs) / 1000) * 1000);
        return { url: `${settings.baseUrl()}${path}${encodeURIComponent(token)}${query}`, expiresAt };
    };
    return {
        minutes: (memberId, meetingId) => issue('minutes', memberId, meetingId, '/links/minutes/', exports.DOWNLOAD_TTL_MS),
        resolution: (memberId, meetingId) => issue('minutes', memberId, meetingId, '/links/minutes/', exports.DOWNLOAD_TTL_MS, '?doc=resolution'),
        spreadsheet: (memberId, cellId, period) => issue('export', memberId, exportSubject(cellId, period), '/links/export/', exports.DOWNLOAD_TTL_MS),
        dashboard: (memberId, cellId) => issue('dashboard', memberId, cellId, '/tab?token=', exports.DASHBOARD_TTL_MS),
    };
}
//# sourceMappingURL=links.js.map