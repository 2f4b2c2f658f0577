/**
 * POST /api/messages: the Bot Connector's requests. Authenticate first — a
 * request without a valid token is refused (401) before any bot code runs, a
 * token that cannot be checked now (signing keys unreachable) gets 503 — then
 * run the turn and answer with the invoke response, if any.
 */
import type restify from 'restify';
import { ApiError, requestContext, type RouteModule } from '../../server';
import { RequestRefused, type TeamsCloudAdapter } from './adapter';
import { mapActivity } from './activity';
import { parseActivity } from './activity-shape';
import { MESSAGE_ANSWER_DEADLINE_MS, type AnswerDeadline } from './answer-deadline';
import { pendingInvokeResponse } from './invoke-answer';
import { createTurnLogic, lateTurnReport, type TeamsTurnDependencies } from './turn-handler';

export const MESSAGES_PATH = '/api/messages';

export interface TeamsRouteDependencies extends TeamsTurnDependencies {
  readonly adapter: TeamsCloudAdapter;
  /** Longest wait for token verification (fetching signing keys) before answering 503. */
  readonly authTimeoutMs: number;
  /** Invokes not done in time are answered early and finish on their own. */
  readonly deadline: AnswerDeadline;
}

async function handleMessages(
  deps: TeamsRouteDependencies,
  req: restify.Request,
  res: restify.Response,
): Promise<void> {
  const received = performance.now();
  const scope = requestContext(req);
  const activity = parseActivity(req.body);
  const header = req.header('authorization') ?? '';
  let auth;
  try {
    auth = await deps.adapter.authenticate(activity, typeof header === 'string' ? header : '', deps.authTimeoutMs);
  } catch (error) {
    if (!(error instanceof RequestRefused)) throw error;
    scope.logger.warn(
      { status: error.status, reason: error.cause instanceof Error ? error.cause.message : String(error.cause) },
      'teams: request refused',
    );
    if (error.status === 503) res.setHeader('Retry-After', '10');
    throw new ApiError(error.status, error.code, error.message);
  }
  const inbound = mapActivity(activity);
  const turn = deps.adapter.runAuthenticated(auth, activity, createTurnLogic(deps, scope, inbound));
  // Answered within Teams' deadline whatever the turn waits for (answer-deadline.ts).
  const invoke = activity.type === 'invoke';
  const response = await deps.deadline.answer(turn, {
    early: () => (invoke ? pendingInvokeResponse(activity) : undefined),
    onLate: lateTurnReport(scope),
    elapsedMs: performance.now() - received,
    ...(invoke ? {} : { withinMs: MESSAGE_ANSWER_DEADLINE_MS }),
  });
  const status = response?.status ?? 200;
  if (response?.body === undefined) res.send(status);
  else res.send(status, response.body);
}

export function createTeamsRoutes(deps: TeamsRouteDependencies): RouteModule {
  return {
    name: 'teams',
    register(server) {
      server.post(MESSAGES_PATH, async (req: restify.Request, res: restify.Response) => handleMessages(deps, req, res));
    },
  };
}
