/**
 * The playground channel: HTTP calls from the local page become Turns for the
 * same BotCore Teams and Zalo use. Mounted only when PLAYGROUND_ENABLED; when it
 * is off none of these routes exist (404).
 */
import type restify from 'restify';
import { renderCard } from '../../cards/render';
import { isDomainError } from '../../core/errors';
import type { Clock } from '../../features/ports';
import type { BotCore } from '../../features/turn';
import { ApiError, requestContext, type RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { bindPlaygroundAccount, bindPlaygroundConversation } from './accounts';
import { renderTurnResult } from './responses';
import { listCells, listMembers, memberName } from './roster';
import { defaultAssetsDir, sendAsset, sendPage } from './static-files';
import { parseLocale, parseTurnRequest, playgroundActor, toTurn } from './turn-request';

export interface PlaygroundDependencies {
  readonly bot: BotCore;
  readonly db: Database;
  readonly clock: Clock;
  /** Folder with the built page (default: web/dist/playground in the project). */
  readonly assetsDir?: string;
}

export function createPlaygroundRoutes(deps: PlaygroundDependencies): RouteModule {
  const assetsDir = deps.assetsDir ?? defaultAssetsDir();
  return {
    name: 'playground',
    register(server) {
      server.get('/playground', async (_req, res) => sendPage(res, assetsDir));
      server.get('/playground/assets/*', async (req, res) => sendAsset(res, assetsDir, String(req.params['*'] ?? '')));
      server.get('/playground/api/cells', async (_req, res) => {
        res.send(200, { cells: await listCells(deps.db) });
      });
      server.get('/playground/api/cells/:cellId/members', async (req, res) => {
        res.send(200, { members: await listMembers(deps.db, String(req.params.cellId)) });
      });
      server.post('/playground/api/turn', async (req, res) => handleTurn(deps, req, res));
      server.get('/playground/api/cards/:cardKey', async (req, res) => handleViewCard(deps, req, res));
    },
  };
}

async function handleTurn(deps: PlaygroundDependencies, req: restify.Request, res: restify.Response): Promise<void> {
  const request = parseTurnRequest(req.body);
  const { requestId, logger } = requestContext(req);
  const displayName = await memberName(deps.db, request.memberId, request.cellId);
  await bindPlaygroundAccount(deps.db, { id: request.memberId, fullName: displayName });
  await bindPlaygroundConversation(deps.db, request.cellId);
  const turn = toTurn(request, { displayName, clock: deps.clock, requestId });
  logger.debug({ event: turn.event.kind, cellId: request.cellId, memberId: request.memberId }, 'playground turn');
  try {
    res.send(200, renderTurnResult(await deps.bot.handle(turn)));
  } catch (error) {
    throw localized(error, request.locale);
  }
}

async function handleViewCard(
  deps: PlaygroundDependencies,
  req: restify.Request,
  res: restify.Response,
): Promise<void> {
  const query = queryOf(req);
  const cardKey = String(req.params.cardKey);
  const memberId = typeof query.memberId === 'string' ? query.memberId.trim() : '';
  if (memberId === '') throw new ApiError(400, 'input.invalid', 'memberId is required (?memberId=…)');
  const locale = parseLocale(query.locale);
  const displayName = await memberName(deps.db, memberId);
  await bindPlaygroundAccount(deps.db, { id: memberId, fullName: displayName });
  const actor = playgroundActor(memberId, displayName);
  try {
    res.send(200, { cardKey, card: renderCard(await deps.bot.viewCard(cardKey, actor, locale)) });
  } catch (error) {
    throw localized(error, locale);
  }
}

function queryOf(req: restify.Request): Record<string, unknown> {
  const query: unknown = req.query;
  return typeof query === 'object' && query !== null ? { ...query } : {};
}

/** Domain errors reach the page in the language it shows; anything else goes to the generic handler. */
function localized(error: unknown, locale: 'vi' | 'en'): unknown {
  return isDomainError(error) ? new ApiError(422, error.code, error.userMessage(locale)) : error;
}
