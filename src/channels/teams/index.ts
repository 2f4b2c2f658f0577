/**
 * The Teams channel: POST /api/messages through botbuilder's CloudAdapter,
 * and the outbox transport that posts and updates messages proactively.
 * Registered in src/channels/registry.ts (module.ts there says what
 * composition does with each part).
 */
import type { Config } from '../../config';
import type { Clock, Logger } from '../../features/ports';
import type { BotCore } from '../../features/turn';
import type { PlatformRenderer } from '../../delivery/types';
import type { Transport } from '../../outbox/types';
import type { RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { TeamsCloudAdapter, type AuthEndpoints } from './adapter';
import { fetchConversationMembers } from './members';
import { createTeamsOutbox } from './outbox-queue';
import { createTeamsRoutes } from './route';
import { createTeamsRenderer } from './renderer';
import { sharedCardPayload } from './card-render';
import { createRefreshAudience } from './refresh-audience';
import { createTeamsTransport } from './transport';
import { createTurnGate } from './turn-gate';
import { createAnswerDeadline } from './answer-deadline';
import { createTeamsListener } from './listener';
import type { SharedCardListener, SharedCardNewsPublisher } from '../shared-card-news';
import type { ChannelModule } from '../module';
import { TEAMS_LIMITS } from '../../outbox/rate-limiter';

/** Enough to overlap database round trips; few enough that each turn runs without queueing behind a burst. */
const DEFAULT_CONCURRENT_TURNS = 8;
/** Message turns whose replies are being posted at once (each waits on the Bot Connector, not on this process). */
const CONCURRENT_DIRECT_REPLIES = 16;
/** How long close() waits for turns whose request was answered early (see answer-deadline.ts). */
const LATE_TURNS_LIMIT_MS = 15_000;

export { MESSAGES_PATH } from './route';
export type { AuthEndpoints } from './adapter';

export interface TeamsChannelDependencies {
  readonly config: Pick<Config, 'mode' | 'microsoftApp'>;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Called after messages were queued, so the dispatcher sends them now rather than at its next poll. */
  readonly notifyOutbox?: () => void;
  /** Token verification against another OpenID metadata document (tests' local stand-in). */
  readonly authEndpoints?: AuthEndpoints;
  /** Longest wait for token verification before answering 503 (default 4 s). */
  readonly authTimeoutMs?: number;
  /** Longest connector call of the transport (default 15 s). */
  readonly sendTimeoutMs?: number;
  /** Turns handled at once; more wait their turn in order (default 8). */
  readonly maxConcurrentTurns?: number;
  /** Where a Teams turn's shared-card news goes, to every channel's listener (default: nowhere). */
  readonly news?: SharedCardNewsPublisher;
  /** How long an invoke may take before it is answered early (default 4.5 s, inside Teams' 5 s). */
  readonly answerDeadlineMs?: number;
}

export interface TeamsChannel extends ChannelModule {
  readonly routes: readonly RouteModule[];
  readonly transport: Transport;
  /** For proactive delivery (src/delivery): notices, reminders and results sent without a turn. */
  readonly renderer: PlatformRenderer;
  /** Tells the cell's Teams conversations what a turn in another channel did to the shared cards. */
  readonly listener: SharedCardListener;
  /** Waits for the turns answered early (what stop() does). */
  close(): Promise<void>;
}

const NOWHERE: SharedCardNewsPublisher = { publish: () => Promise.resolve() };

export function createTeamsChannel(deps: TeamsChannelDependencies): TeamsChannel {
  const app = deps.config.microsoftApp;
  const logger = deps.logger.child({ channel: 'teams' });
  // Config refuses this in production already; a second guard costs nothing. In development main says it once.
  if (app.appId === undefined && deps.config.mode === 'production') {
    throw new Error('teams: MicrosoftAppId is required in production (Bot Framework authentication)');
  }
  const adapter = new TeamsCloudAdapter(app, deps.authEndpoints);
  const deadline = createAnswerDeadline(deps.answerDeadlineMs);
  // The channel's own cache of refresh lists: a second channel (another database) keeps its own.
  const audience = createRefreshAudience(deps.db);
  const outbox = createTeamsOutbox({
    db: deps.db,
    audience,
    clock: deps.clock,
    logger,
    notify: deps.notifyOutbox ?? (() => undefined),
  });
  const routes = createTeamsRoutes({
    adapter,
    bot: deps.bot,
    db: deps.db,
    audience,
    clock: deps.clock,
    outbox,
    fetchMembers: fetchConversationMembers,
    authTimeoutMs: deps.authTimeoutMs ?? 4_000,
    news: deps.news ?? NOWHERE,
    logger,
    gate: createTurnGate(deps.maxConcurrentTurns ?? DEFAULT_CONCURRENT_TURNS),
    replyLane: createTurnGate(CONCURRENT_DIRECT_REPLIES),
    appId: app.appId ?? '',
    deadline,
  });
  const renderSharedCard = (conversationId: string, cardKey: string) =>
    sharedCardPayload(audience, deps.bot, conversationId, cardKey);
  const transport = createTeamsTransport({
    adapter,
    db: deps.db,
    appId: app.appId ?? '',
    logger,
    clock: deps.clock,
    renderSharedCard,
    ...(deps.sendTimeoutMs === undefined ? {} : { timeoutMs: deps.sendTimeoutMs }),
  });
  const listener = createTeamsListener({
    db: deps.db,
    clock: deps.clock,
    outbox,
    notify: deps.notifyOutbox ?? (() => undefined),
  });
  // Turns answered early finish before the database closes (a connector that never answers is not waited for).
  const close = async (): Promise<void> => {
    if ((await deadline.settle(LATE_TURNS_LIMIT_MS)) === 'gave-up')
      logger.warn({ limitMs: LATE_TURNS_LIMIT_MS }, 'teams: closing with turns answered early still running');
  };
  return {
    platform: 'teams',
    routes: [routes],
    transport,
    sendLimits: TEAMS_LIMITS,
    renderer: createTeamsRenderer(audience),
    listener,
    close,
    stop: close,
  };
}
