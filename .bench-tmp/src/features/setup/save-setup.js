"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.saveSetup = saveSetup;
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const setup_form_1 = require("./setup-form");
function nextSteps(vi) {
    return [
        { verb: 'setup.roster', title: vi ? 'Đồng bộ danh sách đảng viên' : 'Sync the member roster', data: { page: '1' }, style: 'positive' },
        { verb: 'setup.start', title: vi ? 'Sửa thiết lập' : 'Edit settings', data: {} },
    ];
}
function savedText(settings, vi) {
    const rule = settings.meetingRule;
    const approval = settings.approvalRef ? (vi ? ` Văn bản đồng ý sinh hoạt trực tuyến: ${settings.approvalRef}.` : ` Online-meeting approval: ${settings.approvalRef}.`) : '';
    return vi
        ? `Đã lưu thiết lập ${settings.name}: sinh hoạt định kỳ ngày ${rule.day} hằng tháng, lúc ${rule.time.replace(':', ' giờ ')} (${settings.timezone}).${approval} Bước tiếp theo: đồng bộ danh sách đảng viên với thành viên của cuộc trò chuyện.`
        : `Saved the settings of ${settings.name}: regular meeting on day ${rule.day} of each month at ${rule.time} (${settings.timezone}).${approval} Next: sync the member roster with this conversation's members.`;
}
async function saveSetup(ctx, data) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const locale = ctx.turn.locale;
    const parsed = (0, setup_form_1.parseSetupForm)(data, locale);
    if (!parsed.ok)
        return (0, results_1.updateWith)((0, setup_form_1.setupFormWithErrors)(data, parsed.errors, (0, setup_form_1.setupFormView)(cell, locale)), []);
    const s = parsed.settings;
    await ctx.db.prisma.$transaction([
        ctx.db.prisma.cell.update({
            where: { id: cell.id },
            data: {
                name: s.name,
                parentOrganisation: s.parentOrganisation,
                meetingRule: JSON.stringify(s.meetingRule),
                timezone: s.timezone,
                reminderOffsets: (0, setup_form_1.reminderOffsetsJson)(s.reminderMinutes),
                onlineApprovalRef: s.approvalRef,
                onlineApprovalDate: s.approvalDate,
            },
        }),
        ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'cell.configured', subjectId: cell.id, data: JSON.stringify(s) } }),
    ]);
    const vi = locale === 'vi';
    const done = { ...(0, results_1.messageView)(locale, 'success', savedText(s, vi), vi ? 'Thiết lập chi bộ' : 'Cell setup'), actions: nextSteps(vi) };
    return (0, results_1.updateWith)(done, []);
}
//# sourceMappingURL=save-setup.js.map