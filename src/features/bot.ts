/**
 * The bot core: authenticate → resolve cell → route → answer. Every channel
 * (Teams, Zalo, the playground) calls this one object.
 */
import type { CardView } from '../cards/view-models';
import { DomainError, isDomainError } from '../core/errors';
import type { Locale } from '../core/types';
import type { Database } from '../store/database';
import type { Clock, Logger } from './ports';
import type { DocumentLinks } from './minutes/document-links';
import type { CommitteeReportLinks } from '../reports/committee-report-links';
import { memberCardView, sharedCardView } from './card-views';
import { route } from './router';
import type { FeatureContext } from './shared/context';
import { findMemberByAccount, resolveTurn } from './shared/resolve';
import { messageView } from './shared/results';
import type { Actor, BotCore, Turn, TurnResult } from './turn';
import { say } from '../core/wording/say';
import { TURN_WORDING } from '../core/wording/turn';

export interface BotDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Signed download and dashboard links (src/web/dashboard/links.ts). */
  readonly links?: DocumentLinks;
  /** Signed links to a committee's report files and page (src/web/dashboard/committee-links.ts). */
  readonly committeeLinks?: CommitteeReportLinks;
}

function refusal(error: DomainError, locale: Locale): TurnResult {
  const message = error.userMessage(locale);
  return { replies: [{ kind: 'card', view: messageView(locale, 'warning', message) }], refreshes: [], error: { code: error.code, message } };
}

function failure(locale: Locale, requestId: string): TurnResult {
  const message = say(locale, TURN_WORDING.apology, { requestId });
  return { replies: [{ kind: 'card', view: messageView(locale, 'error', message) }], refreshes: [], error: { code: 'internal', message } };
}

async function handleTurn(deps: BotDependencies, turn: Turn): Promise<TurnResult> {
  const logger = deps.logger.child({ requestId: turn.requestId, platform: turn.actor.platform });
  try {
    const resolved = await resolveTurn(deps.db, turn.actor, turn.conversation);
    const ctx: FeatureContext = { ...deps, logger, turn, ...resolved };
    return await route(ctx);
  } catch (error) {
    if (isDomainError(error)) {
      logger.info({ code: error.code, detail: error.detail }, 'turn refused');
      return refusal(error, turn.locale);
    }
    logger.error({ err: error }, 'turn failed');
    return failure(turn.locale, turn.requestId);
  }
}

/** Renders a shared card for one member of the card's cell; anyone else is refused. */
async function viewCard(deps: BotDependencies, key: string, viewer: Actor, locale: Locale): Promise<CardView> {
  // Only the account decides: the card's own cell is checked against the member's when it is loaded.
  const member = await findMemberByAccount(deps.db, viewer);
  if (!member) throw new DomainError('member.unknown');
  return memberCardView(deps, key, member, locale);
}

export function createBot(deps: BotDependencies): BotCore {
  return {
    handle: (turn) => handleTurn(deps, turn),
    viewCard: (key, viewer, locale) => viewCard(deps, key, viewer, locale),
    sharedCard: (key) => sharedCardView(deps, key),
  };
}
