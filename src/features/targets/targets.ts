/**
 * Targets the cell adopts (for the year: "giới thiệu 180 quần chúng"; for the
 * month: "ít nhất 15 hồ sơ") and their progress, reported month by month.
 * "chỉ tiêu năm [2024]: <tên> = 180" sets a goal; "tiến độ chỉ tiêu <tên>: 12"
 * or "chỉ tiêu: <tên> +3" records progress. A target belongs to the period the
 * chair names, else to the period of the meeting the command is given in.
 */
import { defaultTargetPeriod, targetPeriodLabel, type TargetScope } from '../../core/period';
import { targetProgressLine } from '../../core/meeting-notes';
import type { FeatureContext, MemberContext } from '../shared/context';
import { committeeReplyWith, messageView } from '../shared/results';
import type { TurnResult } from '../turn';
import { audit, requireChair, say } from '../speakers/notes-context';
import { findTargetForProgress, meetingOfTargetCommand, periodOfTarget } from './target-queries';

export { targetsForPeriod } from './target-queries';

export interface SetTargetInput {
  readonly scope: TargetScope;
  readonly metric: string;
  readonly goal: number;
  readonly unit?: string;
  /** "2024" or "2024-01" when the chair named it. */
  readonly period?: string;
  readonly meetingId?: string;
}

export interface TargetProgressInput {
  readonly metric: string;
  readonly mode: 'add' | 'set';
  readonly amount: number;
  readonly scope?: TargetScope;
  readonly period?: string;
  readonly meetingId?: string;
}

/** Sets (or changes) the goal of a yearly or monthly target; progress already made is kept. */
export async function setTarget(ctx: MemberContext, input: SetTargetInput): Promise<TurnResult> {
  const { cell } = ctx;
  const meeting = await meetingOfTargetCommand(ctx.db, cell.id, input.meetingId);
  const chair = requireChair(ctx, meeting);
  const period = periodOfTarget(input.scope, input.period, meeting?.period ?? null, ctx.turn.locale);
  const metric = input.metric.trim().slice(0, 200);
  const unit = input.unit?.trim().slice(0, 40) ?? '';
  const target = await ctx.db.prisma.target.upsert({
    where: { cellId_scope_period_metric: { cellId: cell.id, scope: input.scope, period, metric } },
    create: { cellId: cell.id, scope: input.scope, period, metric, goal: input.goal, unit },
    update: { goal: input.goal, ...(input.unit ? { unit } : {}) },
  });
  await audit(ctx, chair, 'target.set', target.id, {
    scope: input.scope,
    period,
    metric,
    goal: input.goal,
    meetingId: meeting?.id ?? null,
  });
  const scope = targetPeriodLabel(input.scope, period, ctx.turn.locale);
  return committeeReplyWith(
    messageView(
      ctx.turn.locale,
      'success',
      say(
        ctx,
        `Đã ghi chỉ tiêu ${scope}: ${targetProgressLine(target)}.`,
        `Target for ${scope}: ${targetProgressLine(target)}.`,
      ),
    ),
  );
}

/** Where progress is looked for: the period named, the meeting's period of the scope named, else the meeting's year and month. */
function progressPeriods(input: TargetProgressInput, meetingPeriod: string | null, ctx: FeatureContext) {
  if (input.period)
    return [{ scope: input.period.length === 4 ? ('year' as const) : ('month' as const), period: input.period }];
  const scopes: readonly TargetScope[] = input.scope ? [input.scope] : ['year', 'month'];
  return scopes.map((scope) => ({
    scope,
    period: meetingPeriod
      ? defaultTargetPeriod(scope, meetingPeriod)
      : periodOfTarget(scope, undefined, null, ctx.turn.locale),
  }));
}

/** Adds to (or sets) the progress of the target of that name in the period named or the meeting's. */
export async function recordTargetProgress(ctx: MemberContext, input: TargetProgressInput): Promise<TurnResult> {
  const { cell } = ctx;
  const meeting = await meetingOfTargetCommand(ctx.db, cell.id, input.meetingId);
  const chair = requireChair(ctx, meeting);
  const periods = progressPeriods(input, meeting?.period ?? null, ctx);
  const target = await findTargetForProgress(ctx.db, cell.id, { metric: input.metric, periods }, ctx.turn.locale);
  const progress = Math.max(0, input.mode === 'add' ? target.progress + input.amount : input.amount);
  const updated = await ctx.db.prisma.target.update({ where: { id: target.id }, data: { progress } });
  await audit(ctx, chair, 'target.progress', target.id, {
    from: target.progress,
    to: progress,
    meetingId: meeting?.id ?? null,
  });
  const scope = targetPeriodLabel(updated.scope === 'year' ? 'year' : 'month', updated.period, ctx.turn.locale);
  return committeeReplyWith(
    messageView(
      ctx.turn.locale,
      'success',
      say(
        ctx,
        `Đã cập nhật chỉ tiêu ${scope} – ${targetProgressLine(updated)}.`,
        `Target updated (${scope}) – ${targetProgressLine(updated)}.`,
      ),
    ),
  );
}
