/**
 * Targets the cell adopts (for the year: "giới thiệu 180 quần chúng"; for the
 * month: "ít nhất 15 hồ sơ") and their progress, reported month by month.
 * "chỉ tiêu năm: <tên> = 180" sets a goal; "chỉ tiêu: <tên> +3" adds progress.
 */
import { DomainError } from '../../core/errors';
import { periodOf } from '../../core/format';
import { targetProgressLine } from '../../core/meeting-notes';
import { normalizeText } from '../../core/text';
import { requireCell, type FeatureContext } from '../shared/context';
import { messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { audit, requireChair, say } from '../speakers/notes-context';
import { findCurrentMeeting } from '../meetings/meeting-queries';

export interface SetTargetInput {
  readonly scope: 'year' | 'month';
  readonly metric: string;
  readonly goal: number;
  readonly unit?: string;
}

export interface TargetProgressInput {
  readonly metric: string;
  readonly mode: 'add' | 'set';
  readonly amount: number;
}

/** The year and month a target typed now belongs to, in the cell's zone. */
function currentPeriods(ctx: FeatureContext, timeZone: string): { year: string; month: string } {
  const month = periodOf(ctx.clock.now(), timeZone);
  return { year: month.slice(0, 4), month };
}

async function requireTargetChair(ctx: FeatureContext, cellId: string) {
  return requireChair(ctx, await findCurrentMeeting(ctx.db, cellId));
}

/** Sets (or changes) the goal of a yearly or monthly target; progress already made is kept. */
export async function setTarget(ctx: FeatureContext, input: SetTargetInput): Promise<TurnResult> {
  const cell = requireCell(ctx);
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
  await audit(ctx, chair, 'target.set', target.id, { scope: input.scope, period, metric, goal: input.goal });
  const scope = say(ctx, input.scope === 'year' ? `năm ${period}` : `tháng ${Number(period.slice(5))}/${period.slice(0, 4)}`, period);
  return replyWith(messageView(ctx.turn.locale, 'success', say(ctx, `Đã ghi chỉ tiêu ${scope}: ${targetProgressLine(target)}.`, `Target ${scope}: ${targetProgressLine(target)}.`)));
}

/** Adds to (or sets) the progress of this year's or this month's target of that name. */
export async function recordTargetProgress(ctx: FeatureContext, input: TargetProgressInput): Promise<TurnResult> {
  const cell = requireCell(ctx);
  const chair = await requireTargetChair(ctx, cell.id);
  const periods = currentPeriods(ctx, cell.timezone);
  const candidates = await ctx.db.prisma.target.findMany({ where: { cellId: cell.id, period: { in: [periods.year, periods.month] } }, orderBy: { scope: 'desc' } });
  const wanted = normalizeText(input.metric);
  const target = candidates.find((t) => normalizeText(t.metric) === wanted) ?? candidates.find((t) => normalizeText(t.metric).includes(wanted));
  if (!target) throw new DomainError('input.invalid', input.metric);
  const progress = Math.max(0, input.mode === 'add' ? target.progress + input.amount : input.amount);
  const updated = await ctx.db.prisma.target.update({ where: { id: target.id }, data: { progress } });
  await audit(ctx, chair, 'target.progress', target.id, { from: target.progress, to: progress });
  return replyWith(messageView(ctx.turn.locale, 'success', say(ctx, `Đã cập nhật chỉ tiêu – ${targetProgressLine(updated)}.`, `Target updated – ${targetProgressLine(updated)}.`)));
}
