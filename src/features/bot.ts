/**
 * The bot core: authenticate → resolve cell → route → answer. Every channel
 * (Teams, Zalo, the playground) calls this one object, and so does the
 * scheduler, whose due jobs arrive as `job.due` (features/job-router.ts).
 */
import type { CardView } from '../cards/view-models';
import { DomainError, isDomainError } from '../core/errors';
import type { Locale } from '../core/types';
import type { Database } from '../store/database';
import type { Clock, Logger } from './ports';
import type { DocumentLinks } from './shared/document-links';
import type { CommitteeReportLinks } from '../reports/committee-report-links';
import type { TallyMemo } from './votes/tally-memo';
import { memberCardView, sharedCardView } from './card-views';
import { routeJob } from './job-router';
import { route } from './router';
import type { FeatureContext } from './shared/context';
import { findMemberByAccount, resolveTurn } from './shared/resolve';
import { messageView } from './shared/results';
import type { Actor, BotCore, ChannelPorts, Turn, TurnResult } from './turn';
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
  /** Recent vote counts, owned by the composition root (src/app.ts); absent: every tally is counted. */
  readonly tallyMemo?: TallyMemo;
}

function refusal(error: DomainError, locale: Locale): TurnResult {
  const message = error.userMessage(locale);
  return {
    replies: [{ kind: 'card', view: messageView(locale, 'warning', message) }],
    refreshes: [],
    error: { code: error.code, message },
  };
}

function failure(locale: Locale, requestId: string): TurnResult {
  const message = say(locale, TURN_WORDING.apology, { requestId });
  return {
    replies: [{ kind: 'card', view: messageView(locale, 'error', message) }],
    refreshes: [],
    error: { code: 'internal', message },
  };
}

async function handleTurn(deps: BotDependencies, turn: Turn, ports: ChannelPorts): Promise<TurnResult> {
  const logger = deps.logger.child({ requestId: turn.requestId, platform: turn.actor.platform });
  try {
    const resolved = await resolveTurn(deps.db, turn.actor, turn.conversation);
    const ctx: FeatureContext = {
      ...deps,
      logger,
      turn,
      ...resolved,
      ...(ports.directory === undefined ? {} : { directory: ports.directory }),
    };
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
    handle: (turn, ports = {}) => handleTurn(deps, turn, ports),
    viewCard: (key, viewer, locale) => viewCard(deps, key, viewer, locale),
    sharedCard: (key) => sharedCardView(deps, key),
    // A failed job is thrown back: the scheduler leaves its ledger row running and resumes it.
    handleJob: (event) =>
      routeJob({ ...deps, logger: deps.logger.child({ job: event.job.job, key: event.job.key }) }, event),
  };
}
