/**
 * POST /api/zalo/webhook: authenticate (signature, app id, timestamp), queue,
 * answer 200 at once (Zalo wants an answer within 2 s and disables a webhook
 * that keeps failing); the worker does the rest. A refused request leaves
 * nothing but a log line. Zalo's unsigned `{}` probe, sent when the URL is
 * saved, gets 200 and nothing else.
 */
import type restify from 'restify';
import type { ZaloConfig } from '../../config';
import type { Clock } from '../../features/ports';
import { ApiError, requestContext, type RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { dedupeKeyOf, queueEvent } from './event-queue';
import { idOf, parseZaloJson, recordOf } from './json';
import { isFresh, verifySignature } from './signature';

export const WEBHOOK_PATH = '/api/zalo/webhook';

export interface WebhookDependencies {
  readonly config: Pick<ZaloConfig, 'appId' | 'oaSecretKey' | 'webhookMaxAgeSeconds'>;
  readonly db: Database;
  readonly clock: Clock;
  /** Wakes the worker after an event was queued. */
  readonly notify: () => void;
}

function rawBodyOf(req: restify.Request): string {
  const raw: unknown = req.rawBody ?? req.body;
  if (typeof raw === 'string') return raw;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
}

function headerOf(req: restify.Request, name: string): string | undefined {
  const value = req.header(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parseBody(raw: string): Record<string, unknown> {
  try {
    const body = recordOf(parseZaloJson(raw));
    if (body !== undefined) return body;
  } catch (error) {
    throw new ApiError(
      400,
      'zalo.webhook_invalid',
      `The body is not a JSON object (${error instanceof Error ? error.name : 'error'}).`,
    );
  }
  throw new ApiError(400, 'zalo.webhook_invalid', 'The body is not a JSON object.');
}

/** Signature, then app id, then freshness; each refusal is logged once and stores nothing. */
function authenticate(
  deps: WebhookDependencies,
  req: restify.Request,
  raw: string,
  body: Record<string, unknown>,
): string {
  const { logger } = requestContext(req);
  const check = verifySignature({
    appId: deps.config.appId,
    oaSecretKey: deps.config.oaSecretKey,
    rawBody: raw,
    header: headerOf(req, 'x-zevent-signature'),
    bodyTimestamp: idOf(body['timestamp']),
    headerTimestamp: headerOf(req, 'x-zevent-timestamp'),
  });
  if (!check.ok) {
    logger.warn({ reason: check.reason, event: String(body['event_name']) }, 'zalo: webhook refused: bad signature');
    throw new ApiError(401, 'zalo.webhook_signature', 'The signature does not match.');
  }
  if (idOf(body['app_id']) !== deps.config.appId) {
    logger.warn({ appId: idOf(body['app_id']) ?? null }, 'zalo: webhook refused: another app id');
    throw new ApiError(403, 'zalo.webhook_app', 'This webhook serves another app.');
  }
  if (!isFresh(check.timestamp, deps.clock.now(), deps.config.webhookMaxAgeSeconds)) {
    logger.warn({ timestamp: check.timestamp }, 'zalo: webhook refused: stale or future timestamp');
    throw new ApiError(401, 'zalo.webhook_stale', 'The event is too old.');
  }
  return check.variant;
}

async function handleWebhook(deps: WebhookDependencies, req: restify.Request, res: restify.Response): Promise<void> {
  const raw = rawBodyOf(req);
  const { logger } = requestContext(req);
  const body = raw.trim() === '' ? {} : parseBody(raw);
  if (Object.keys(body).length === 0) {
    logger.info({ signed: headerOf(req, 'x-zevent-signature') !== undefined }, 'zalo: webhook probe');
    res.send(200, {});
    return;
  }
  const variant = authenticate(deps, req, raw, body);
  const eventName = typeof body['event_name'] === 'string' ? body['event_name'].slice(0, 64) : 'unknown';
  const msgId = idOf(recordOf(body['message'])?.['msg_id']);
  const created = await queueEvent(deps.db, {
    dedupeKey: dedupeKeyOf(msgId, raw),
    eventName,
    body: raw,
    now: deps.clock.now(),
  });
  logger.info(
    { event: eventName, signatureVariant: variant, duplicate: !created },
    created ? 'zalo: webhook event queued' : 'zalo: webhook event already seen',
  );
  res.send(200, {});
  if (created) deps.notify();
}

export function createWebhookRoute(deps: WebhookDependencies): RouteModule {
  return {
    name: 'zalo.webhook',
    register(server) {
      server.post(WEBHOOK_PATH, async (req: restify.Request, res: restify.Response) => handleWebhook(deps, req, res));
    },
  };
}
