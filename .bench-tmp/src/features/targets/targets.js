"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setTarget = setTarget;
exports.recordTargetProgress = recordTargetProgress;
/**
 * Targets the cell adopts (for the year: "giới thiệu 180 quần chúng"; for the
 * month: "ít nhất 15 hồ sơ") and their progress, reported month by month.
 * "chỉ tiêu năm: <tên> = 180" sets a goal; "chỉ tiêu: <tên> +3" adds progress.
 */
const errors_1 = require("../../core/errors");
const format_1 = require("../../core/format");
const meeting_notes_1 = require("../../core/meeting-notes");
const text_1 = require("../../core/text");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const notes_context_1 = require("../speakers/notes-context");
const meeting_queries_1 = require("../meetings/meeting-queries");
/** The year and month a target typed now belongs to, in the cell's zone. */
function currentPeriods(ctx, timeZone) {
    const month = (0, format_1.periodOf)(ctx.clock.now(), timeZone);
    return { year: month.slice(0, 4), month };
}
async function requireTargetChair(ctx, cellId) {
    return (0, notes_context_1.requireChair)(ctx, await (0, meeting_queries_1.findCurrentMeeting)(ctx.db, cellId));
}
/** Sets (or changes) the goal of a yearly or monthly target; progress already made is kept. */
async function setTarget(ctx, input) {
    const cell = (0, context_1.requireCell)(ctx);
    const chair = await requireTargetChair(ctx, cell.id);
    const periods = currentPeriods(ctx, cell.timezone);
    const period = input.scope === 'year' ? periods.year : periods.month;
    const metric = input.metric.trim().slice(0, 200);
    const unit = input.unit?.trim().slice(0, 40) ?? '';
    const target = await ctx.db.prisma.target.upsert({
        where: { cellId_scope_period_metric: { cellId: cell.id, scope: input.scope, period, metric } },
        create: { cellId: cell.id, scope: input.scope, period, metric, goal: input.goal, unit },
        update: { goal: input.goal, ...(input.unit ? { unit } : {}) },
    });
    await (0, notes_context_1.audit)(ctx, chair, 'target.set', target.id, { scope: input.scope, period, metric, goal: input.goal });
    const scope = (0, notes_context_1.say)(ctx, input.scope === 'year' ? `năm ${period}` : `tháng ${Number(period.slice(5))}/${period.slice(0, 4)}`, period);
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'success', (0, notes_context_1.say)(ctx, `Đã ghi chỉ tiêu ${scope}: ${(0, meeting_notes_1.targetProgressLine)(target)}.`, `Target ${scope}: ${(0, meeting_notes_1.targetProgressLine)(target)}.`)));
}
/** Adds to (or sets) the progress of this year's or this month's target of that name. */
async function recordTargetProgress(ctx, input) {
    const cell = (0, context_1.requireCell)(ctx);
    const chair = await requireTargetChair(ctx, cell.id);
    const periods = currentPeriods(ctx, cell.timezone);
    const candidates = await ctx.db.prisma.target.findMany({ where: { cellId: cell.id, period: { in: [periods.year, periods.month] } }, orderBy: { scope: 'desc' } });
    const wanted = (0, text_1.normalizeText)(input.metric);
    const target = candidates.find((t) => (0, text_1.normalizeText)(t.metric) === wanted) ?? candidates.find((t) => (0, text_1.normalizeText)(t.metric).includes(wanted));
    if (!target)
        throw new errors_1.DomainError('input.invalid', input.metric);
    const progress = Math.max(0, input.mode === 'add' ? target.progress + input.amount : input.amount);
    const updated = await ctx.db.prisma.target.update({ where: { id: target.id }, data: { progress } });
    await (0, notes_context_1.audit)(ctx, chair, 'target.progress', target.id, { from: target.progress, to: progress });
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'success', (0, notes_context_1.say)(ctx, `Đã cập nhật chỉ tiêu – ${(0, meeting_notes_1.targetProgressLine)(updated)}.`, `Target updated – ${(0, meeting_notes_1.targetProgressLine)(updated)}.`)));
}
//# sourceMappingURL=targets.js.map