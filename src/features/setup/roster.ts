/**
 * "Danh sách đảng viên" for the secretary: sync the roster with the
 * conversation's accounts (matching by account id or email), then show and
 * save the roster card page by page.
 */
import { z } from 'zod';
import type { TurnResult } from '../turn';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { updateWith } from '../shared/results';
import { conversationMembersOf } from './conversation-members';
import { linkConversationMembers, type LinkReport } from './match-members';
import { applyRosterEdits, parseRosterEdits, type RosterSaveOutcome } from './roster-edits';
import { linkReportLine, rosterCardView } from './roster-card';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

const pageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  goto: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

function pagesOf(data: unknown): { page: number; goto: number } {
  const parsed = pageSchema.parse(typeof data === 'object' && data !== null ? data : {});
  const page = parsed.page ?? 1;
  return { page, goto: parsed.goto ?? page };
}

async function sync(ctx: FeatureContext, data: unknown): Promise<{ report: LinkReport | null }> {
  const platform = ctx.turn.actor.platform;
  const accounts = conversationMembersOf(platform, data);
  if (platform === 'playground') return { report: null };
  return { report: await linkConversationMembers(ctx.db, platform, requireCell(ctx), accounts) };
}

/** Syncs with the conversation and shows one page of the roster card. */
export async function showSetupRoster(ctx: FeatureContext, data: unknown): Promise<TurnResult> {
  requireCommittee(ctx);
  const cell = requireCell(ctx);
  const { report } = await sync(ctx, data);
  const notes = report ? [linkReportLine(report, ctx.turn.locale)] : [];
  const view = await rosterCardView(ctx.db, { cell, platform: ctx.turn.actor.platform, unmatched: report?.unmatched ?? [], notes, page: pagesOf(data).page, locale: ctx.turn.locale });
  return updateWith(view, []);
}

function savedLine(outcome: RosterSaveOutcome, locale: 'vi' | 'en'): string {
  return say(locale, W.rosterSaved, { updated: outcome.updated, added: outcome.added });
}

/** Saves one page of the roster card, then shows the page asked for (the same one, or the next). */
export async function saveSetupRoster(ctx: FeatureContext, data: unknown): Promise<TurnResult> {
  const actor = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const edits = parseRosterEdits(data);
  const accounts = conversationMembersOf(ctx.turn.actor.platform, data);
  const outcome = await applyRosterEdits(ctx, cell.id, actor, edits, accounts);
  ctx.logger.info({ cellId: cell.id, ...outcome }, 'setup: roster page saved');
  const { report } = await sync(ctx, data);
  const notes = [savedLine(outcome, ctx.turn.locale), ...(report ? [linkReportLine(report, ctx.turn.locale)] : [])];
  const view = await rosterCardView(ctx.db, { cell, platform: ctx.turn.actor.platform, unmatched: report?.unmatched ?? [], notes, page: pagesOf(data).goto, locale: ctx.turn.locale });
  return updateWith(view, []);
}
