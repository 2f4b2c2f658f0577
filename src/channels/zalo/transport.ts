/**
 * The Zalo side of the durable outbox. 1:1: a consultation message while the
 * user's 7-day window is open (text parts, the last with buttons), else — or
 * when Zalo answers -230 — a transaction template. Groups: text parts. Zalo
 * errors become TransportErrors: -32 (app-wide rate limit) and an exhausted
 * quota hold back the whole platform; malformed requests, unfollowed users and
 * lost groups are permanent; network and token trouble are retried.
 */
import type { Clock, Logger } from '../../features/ports';
import { TransportError, type Transport } from '../../outbox/types';
import type { Database } from '../../store/database';
import type { SentMessage, ZaloClient } from './client';
import { ZaloApiError } from './errors';
import { addressId, outgoingOf, type ZaloOutgoing } from './message';
import { groupThread, insideWindow, rememberQuestion, userThread } from './threads';

export interface ZaloTransportDependencies {
  readonly client: ZaloClient;
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
}

const RATE_LIMIT_BACKOFF_MS = 60_000;
const QUOTA_BACKOFF_MS = 3_600_000;

/** Maps a Zalo failure to what the dispatcher needs. */
export function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  if (!(error instanceof ZaloApiError))
    return new TransportError(`zalo: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  const message = `${error.message} [${error.kind}]`;
  switch (error.kind) {
    case 'rate_limited':
      return new TransportError(message, {
        cause: error,
        retryable: true,
        scope: 'platform',
        retryAfterMs: RATE_LIMIT_BACKOFF_MS,
      });
    case 'quota_exceeded':
      return new TransportError(message, {
        cause: error,
        retryable: true,
        scope: 'platform',
        retryAfterMs: QUOTA_BACKOFF_MS,
      });
    case 'http':
      return new TransportError(message, error.code > 0 ? { cause: error, status: error.code } : { cause: error });
    case 'token_invalid':
    case 'token_expired':
    case 'oauth':
      // Retried: the secretary may reconnect the OA, and a later refresh may succeed.
      return new TransportError(message, { cause: error, retryable: true });
    default:
      return new TransportError(message, { cause: error, retryable: false });
  }
}

async function sendToUser(
  deps: ZaloTransportDependencies,
  userId: string,
  message: ZaloOutgoing,
): Promise<SentMessage> {
  if (await insideWindow(deps.db, userId, deps.clock.now())) {
    try {
      return await sendConsultation(deps.client, userId, message);
    } catch (error) {
      if (!(error instanceof ZaloApiError) || error.kind !== 'outside_window') throw error;
      deps.logger.info({ userId }, 'zalo: consultation window closed (-230); sending a transaction template');
    }
  }
  return deps.client.sendTransaction(userId, {
    header: message.title || (message.texts[0] ?? '').split('\n')[0] || 'Thông báo',
    text: message.texts.join('\n\n').slice(0, 2000),
    reference: {
      key: 'Mã tin',
      value: message.question ? `${message.question.kind}-${message.question.subjectId}` : 'chibo',
    },
    buttons: message.buttons.slice(0, 4),
  });
}

async function sendConsultation(client: ZaloClient, userId: string, message: ZaloOutgoing): Promise<SentMessage> {
  let last: SentMessage = {};
  for (const [index, text] of message.texts.entries()) {
    const isLast = index === message.texts.length - 1;
    last =
      isLast && message.buttons.length > 0
        ? await client.sendButtons(userId, text, message.buttons)
        : await client.sendText(userId, text);
  }
  return last;
}

async function sendToGroup(client: ZaloClient, groupId: string, message: ZaloOutgoing): Promise<SentMessage> {
  let last: SentMessage = {};
  for (const text of message.texts) last = await client.sendGroupText(groupId, text);
  return last;
}

export function createZaloTransport(deps: ZaloTransportDependencies): Transport {
  return {
    platform: 'zalo',
    async send(recipient, payload) {
      const message = outgoingOf(recipient, payload);
      const id = addressId(recipient);
      let sent: SentMessage;
      try {
        sent =
          message.target === 'group'
            ? await sendToGroup(deps.client, id, message)
            : await sendToUser(deps, id, message);
      } catch (error) {
        throw toTransportError(error);
      }
      if (message.question)
        await rememberQuestion(
          deps.db,
          message.target === 'group' ? groupThread(id) : userThread(id),
          message.question,
        );
      return sent.messageId === undefined ? {} : { platformMessageId: sent.messageId };
    },
  };
}
