"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showRoster = showRoster;
const attendance_1 = require("../../core/attendance");
const statuses_1 = require("../../core/statuses");
const mappers_1 = require("../../store/mappers");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const STATUS_ORDER = ['official', 'probationary', 'exempt', 'attached_in', 'attached_out', 'suspended'];
async function showRoster(ctx) {
    (0, context_1.requireMember)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const locale = ctx.turn.locale;
    const members = (await ctx.db.prisma.member.findMany({ where: { cellId: cell.id }, orderBy: { fullName: 'asc' } })).map(mappers_1.toRosterMember);
    members.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    const stats = (0, attendance_1.computeAttendance)(members, []);
    const vi = locale === 'vi';
    const apart = [
        ['exempt', stats.roster.exempt],
        ['attached_in', stats.roster.attached_in],
        ['attached_out', stats.roster.attached_out],
        ['suspended', stats.roster.suspended],
    ];
    const extra = apart.filter(([, n]) => n > 0).map(([status, n]) => `${(0, statuses_1.statusLabel)(status, locale)} ${n}`);
    const totalsLine = vi
        ? `Tổng số đảng viên: ${stats.total} (chính thức ${stats.roster.official}, dự bị ${stats.roster.probationary})${extra.length ? `; ${extra.join(', ')}` : ''}.`
        : `Members: ${stats.total} (official ${stats.roster.official}, probationary ${stats.roster.probationary})${extra.length ? `; ${extra.join(', ')}` : ''}.`;
    const view = {
        type: 'roster',
        locale,
        cellName: cell.name,
        totalsLine,
        members: members.map((m) => ({
            id: m.id,
            name: m.fullName,
            status: m.status,
            statusLabel: (0, statuses_1.statusLabel)(m.status, locale),
            role: m.role,
            roleLabel: (0, statuses_1.roleLabel)(m.role, locale),
            ...(m.partyGroup ? { partyGroup: m.partyGroup } : {}),
        })),
    };
    return (0, results_1.replyWith)(view);
}
//# sourceMappingURL=show-roster.js.map