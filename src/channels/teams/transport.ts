/**
 * The Teams side of the durable outbox: posts and updates messages through
 * the Bot Connector with the conversation reference stored at setup. The
 * connector client's own retry policy is removed so a 429 comes back at once
 * with its Retry-After and the outbox decides when to try again — nothing is
 * retried behind its back, so nothing is sent twice.
 */
import { MessageFactory, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from '../../features/ports';
import { parseRetryAfter, TransportError, type OutboxPayload, type Transport } from '../../outbox/types';
import type { Database } from '../../store/database';
import { cardAttachment, type TeamsCard } from './cards';
import type { TeamsCloudAdapter } from './adapter';
import { loadConversationReference, recordCardMessage } from './teams-store';

export interface TeamsTransportDependencies {
  readonly adapter: TeamsCloudAdapter;
  readonly db: Database;
  /** '' when authentication is off (development). */
  readonly appId: string;
  readonly logger: Logger;
  readonly clock: { now(): Date };
  /** Each connector call is abandoned after this long (well inside the outbox lease). */
  readonly timeoutMs?: number;
}

/** The Bot Framework activity for an outbox payload. */
export function activityOf(payload: OutboxPayload): Partial<Activity> {
  if (payload.kind === 'text') return { ...MessageFactory.text(payload.text), textFormat: 'plain' };
  const activity = MessageFactory.attachment(cardAttachment(payload.card as TeamsCard));
  return payload.fallbackText ? { ...activity, summary: payload.fallbackText } : activity;
}

/** The shared card's key a sent card declares in its refresh block, if any. */
export function declaredCardKey(payload: OutboxPayload): string | undefined {
  if (payload.kind !== 'card') return undefined;
  const refresh = (payload.card as TeamsCard).refresh;
  const action = refresh?.['action'];
  const data = typeof action === 'object' && action !== null && !Array.isArray(action) ? action['data'] : undefined;
  const key = typeof data === 'object' && data !== null && !Array.isArray(data) ? data['cardKey'] : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** Maps a connector failure to what the outbox needs: status, retryable, Retry-After. */
export function toTransportError(error: unknown, now: Date): TransportError {
  if (error instanceof TransportError) return error;
  const failure = error as { statusCode?: unknown; message?: unknown; response?: { headers?: { get?: (name: string) => string | undefined } } };
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  const retryAfterMs = parseRetryAfter(failure.response?.headers?.get?.('retry-after'), now);
  const message = `teams: ${typeof failure.message === 'string' ? failure.message.slice(0, 300) : String(error)}`;
  return new TransportError(message, { cause: error, ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}

/** The part of botframework-connector's ConnectorClient used here (botbuilder does not export the class). */
interface Connector {
  readonly client: { readonly pipeline: { removePolicy(options: { name: string }): unknown } };
  readonly conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>, options: { abortSignal: AbortSignal }): Promise<{ id?: string }>;
    updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>, options: { abortSignal: AbortSignal }): Promise<unknown>;
  };
}

function isConnector(value: unknown): value is Connector {
  const candidate = value as Partial<Connector> | undefined;
  return typeof candidate?.conversations?.sendToConversation === 'function' && typeof candidate.client?.pipeline?.removePolicy === 'function';
}

function connectorOf(context: TurnContext): Connector {
  const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  if (!isConnector(client)) throw new TransportError('teams: no connector client for the conversation', { retryable: true });
  // The outbox owns retries: without this the client would wait out a Retry-After itself and retry.
  client.client.pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  return client;
}

/** The stored reference, pointed at the recipient (the channel, or a thread of it). */
function addressedTo(reference: Partial<ConversationReference>, recipient: string): Partial<ConversationReference> {
  const conversation = reference.conversation;
  return {
    ...reference,
    conversation: { isGroup: conversation?.isGroup ?? true, conversationType: conversation?.conversationType ?? '', name: conversation?.name ?? '', ...conversation, id: recipient },
  };
}

export function createTeamsTransport(deps: TeamsTransportDependencies): Transport {
  const timeoutMs = deps.timeoutMs ?? 15_000;

  /** Runs `call` with a connector client for the conversation's stored reference. */
  const withConnector = async <T>(recipient: string, call: (client: Connector, signal: AbortSignal) => Promise<T>): Promise<T> => {
    const reference = await loadConversationReference(deps.db, recipient);
    if (reference === null) throw new TransportError(`teams: conversation ${recipient} is not bound or has no reference`, { retryable: false });
    // Filled inside the callback; errors are caught there so botbuilder's turn pipeline never sees them.
    const box: { outcome?: { ok: true; value: T } | { ok: false; error: unknown } } = {};
    try {
      await deps.adapter.continueConversationAsync(deps.appId, addressedTo(reference, recipient), async (context) => {
        try {
          box.outcome = { ok: true, value: await call(connectorOf(context), AbortSignal.timeout(timeoutMs)) };
        } catch (error) {
          box.outcome = { ok: false, error };
        }
      });
    } catch (error) {
      // Creating the connector failed (e.g. no token from Microsoft Entra ID): transient.
      throw toTransportError(error, deps.clock.now());
    }
    const outcome = box.outcome ?? { ok: false, error: new Error('teams: the connector callback did not run') };
    if (!outcome.ok) throw toTransportError(outcome.error, deps.clock.now());
    return outcome.value;
  };

  return {
    platform: 'teams',
    async send(recipient, payload) {
      const sent = await withConnector(recipient, (client, abortSignal) => client.conversations.sendToConversation(recipient, activityOf(payload), { abortSignal }));
      const key = declaredCardKey(payload);
      if (key !== undefined && sent.id) await recordCardMessage(deps.db, recipient, key, sent.id);
      return sent.id ? { platformMessageId: sent.id } : {};
    },
    async update(recipient, platformMessageId, payload) {
      await withConnector(recipient, (client, abortSignal) =>
        client.conversations.updateActivity(recipient, platformMessageId, { ...activityOf(payload), id: platformMessageId }, { abortSignal }),
      );
    },
  };
}
