"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROSTER_PAGE_SIZE = void 0;
exports.newAccountKey = newAccountKey;
exports.linkReportLine = linkReportLine;
exports.rosterCardView = rosterCardView;
const statuses_1 = require("../../core/statuses");
const types_1 = require("../../core/types");
const mappers_1 = require("../../store/mappers");
/** Members per page: 15 entries of three inputs each render to about 20 KB. */
exports.ROSTER_PAGE_SIZE = 15;
/** The key of an account not on the roster (its member id does not exist yet). */
function newAccountKey(platformUserId) {
    return `new.${platformUserId}`;
}
const wording = {
    vi: { linked: 'Đã liên kết tài khoản', unlinked: 'Chưa liên kết tài khoản', notOnRoster: 'Chưa có trong danh sách chi bộ', total: 'Tổng số đảng viên', official: 'chính thức', probationary: 'dự bị' },
    en: { linked: 'Account linked', unlinked: 'No linked account', notOnRoster: 'Not on the cell roster', total: 'Members', official: 'official', probationary: 'probationary' },
};
function withEmail(text, email) {
    return email ? `${text} – ${email}` : text;
}
/** Every line of the card, members first (by status, then name), then accounts to add. */
async function allEntries(db, cell, platform, unmatched, locale) {
    const w = wording[locale];
    const showLinks = platform !== 'playground';
    const members = await db.prisma.member.findMany({ where: { cellId: cell.id }, include: { accounts: { where: { platform }, select: { id: true } } } });
    const order = (status) => types_1.MEMBER_STATUSES.indexOf(status);
    members.sort((a, b) => order(a.status) - order(b.status) || a.fullName.localeCompare(b.fullName, 'vi'));
    const rows = members.map((m) => {
        const status = (0, mappers_1.toMemberStatus)(m.status);
        const detail = !showLinks ? '' : m.accounts.length > 0 ? w.linked : withEmail(w.unlinked, m.email);
        return { status, entry: { key: m.id, name: m.fullName, detail, status, role: (0, mappers_1.toMemberRole)(m.role), partyGroup: m.partyGroup ?? '' } };
    });
    const extra = [...unmatched].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const account of extra) {
        rows.push({ status: null, entry: { key: newAccountKey(account.platformUserId), name: account.name, detail: withEmail(w.notOnRoster, account.email), role: 'member', partyGroup: '' } });
    }
    return rows;
}
function totalsLine(rows, locale) {
    const count = (status) => rows.filter((r) => r.status === status).length;
    const w = wording[locale];
    const apart = ['exempt', 'attached_in', 'attached_out', 'suspended']
        .filter((status) => count(status) > 0)
        .map((status) => `${(0, statuses_1.statusLabel)(status, locale)} ${count(status)}`);
    const main = `${w.total}: ${count('official') + count('probationary')} (${w.official} ${count('official')}, ${w.probationary} ${count('probationary')})`;
    return `${main}${apart.length > 0 ? `; ${apart.join(', ')}` : ''}.`;
}
/** "Trong cuộc trò chuyện có 73 tài khoản: …" after a sync. */
function linkReportLine(report, locale) {
    const linked = report.alreadyLinked + report.linkedByEmail;
    if (locale === 'vi') {
        const elsewhere = report.elsewhere > 0 ? `; ${report.elsewhere} thuộc chi bộ khác` : '';
        return `Cuộc trò chuyện có ${report.inConversation} tài khoản: đã liên kết ${linked} (mới khớp theo email ${report.linkedByEmail}); chưa có trong danh sách ${report.unmatched.length}${elsewhere}.`;
    }
    const elsewhere = report.elsewhere > 0 ? `; ${report.elsewhere} belong to another cell` : '';
    return `The conversation has ${report.inConversation} accounts: ${linked} linked (${report.linkedByEmail} newly matched by email); ${report.unmatched.length} not on the roster${elsewhere}.`;
}
/** One page of the roster card. */
async function rosterCardView(db, input) {
    const rows = await allEntries(db, input.cell, input.platform, input.unmatched, input.locale);
    const pageCount = Math.max(1, Math.ceil(rows.length / exports.ROSTER_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.trunc(input.page)), pageCount);
    const start = (page - 1) * exports.ROSTER_PAGE_SIZE;
    return {
        type: 'setup.roster',
        locale: input.locale,
        cellName: input.cell.name,
        summaryLines: [totalsLine(rows, input.locale), ...input.notes],
        page,
        pageCount,
        entries: rows.slice(start, start + exports.ROSTER_PAGE_SIZE).map((row) => row.entry),
    };
}
//# sourceMappingURL=roster-card.js.map