/**
 * "Danh sách đảng viên" for the secretary: sync the roster with the
 * conversation's accounts (matching by account id or email), then show and
 * save the roster card page by page.
 */
import { z } from 'zod';
import type { TurnResult } from '../turn';
import type { MemberContext, CommitteeContext } from '../shared/context';
import { updateWith } from '../shared/results';
import { conversationMembersOf, type ConversationMember } from './conversation-members';
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

/** Links the conversation's accounts to the roster; nothing to link where the channel lists no one. */
async function sync(
  ctx: MemberContext,
  accounts: readonly ConversationMember[] | null,
): Promise<{ report: LinkReport | null }> {
  if (accounts === null) return { report: null };
  return { report: await linkConversationMembers(ctx.db, ctx.turn.actor.platform, ctx.cell, accounts) };
}

/** Syncs with the conversation and shows one page of the roster card. */
export async function showSetupRoster(ctx: CommitteeContext, data: unknown): Promise<TurnResult> {
  const accounts = await conversationMembersOf(ctx);
  const { report } = await sync(ctx, accounts);
  const notes = report ? [linkReportLine(report, ctx.turn.locale)] : [];
  return rosterPage(ctx, accounts, report, notes, pagesOf(data).page);
}

/** The roster card at `page`, with what the sync found and the notes of this press. */
async function rosterPage(
  ctx: CommitteeContext,
  accounts: readonly ConversationMember[] | null,
  report: LinkReport | null,
  notes: readonly string[],
  page: number,
): Promise<TurnResult> {
  const view = await rosterCardView(ctx.db, {
    cell: ctx.cell,
    platform: ctx.turn.actor.platform,
    listed: accounts !== null,
    unmatched: report?.unmatched ?? [],
    notes,
    page,
    locale: ctx.turn.locale,
  });
  return updateWith(view, []);
}

function savedLine(outcome: RosterSaveOutcome, locale: 'vi' | 'en'): string {
  return say(locale, W.rosterSaved, { updated: outcome.updated, added: outcome.added });
}

/** Saves one page of the roster card, then shows the page asked for (the same one, or the next). */
export async function saveSetupRoster(ctx: CommitteeContext, data: unknown): Promise<TurnResult> {
  const { member: actor, cell } = ctx;
  const edits = parseRosterEdits(data);
  const accounts = await conversationMembersOf(ctx);
  const outcome = await applyRosterEdits(ctx, cell.id, actor, edits, accounts ?? []);
  ctx.logger.info({ cellId: cell.id, ...outcome }, 'setup: roster page saved');
  const { report } = await sync(ctx, accounts);
  const notes = [savedLine(outcome, ctx.turn.locale), ...(report ? [linkReportLine(report, ctx.turn.locale)] : [])];
  return rosterPage(ctx, accounts, report, notes, pagesOf(data).goto);
}
