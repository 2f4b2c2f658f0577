/**
 * The Teams side of the durable outbox: posts and updates messages through
 * the Bot Connector with the conversation reference stored at setup. The
 * connector client's own retry policy is removed so a 429 comes back at once
 * with its Retry-After and the outbox decides when to try again — nothing is
 * retried behind its back, so nothing is sent twice.
 */
import { MessageFactory, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { isDomainError } from '../../core/errors';
import type { Logger } from '../../features/ports';
import {
  parseRetryAfter,
  TransportError,
  type CardPayload,
  type OutboxPayload,
  type RenderedPayload,
  type Transport,
} from '../../outbox/types';
import type { Database } from '../../store/database';
import { cardAttachment, type TeamsCard } from './cards';
import type { TeamsCloudAdapter } from './adapter';
import { loadConversationReference, recordCardMessage } from './teams-store';
import { isPersonRecipient, personalChatTarget } from './personal-chat';
import { BOT_FRAMEWORK_SCOPE } from './adapter';

export interface TeamsTransportDependencies {
  readonly adapter: TeamsCloudAdapter;
  readonly db: Database;
  /** '' when authentication is off (development). */
  readonly appId: string;
  readonly logger: Logger;
  readonly clock: { now(): Date };
  /** Each connector call is abandoned after this long (well inside the outbox lease). */
  readonly timeoutMs?: number;
  /** A shared card as it stands now, for a conversation (rows queued as `shared-card` are rendered at send). */
  readonly renderSharedCard: (conversationId: string, cardKey: string) => Promise<CardPayload>;
}

/** The Bot Framework activity for a rendered payload. */
export function activityOf(payload: RenderedPayload): Partial<Activity> {
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
  const failure = error as {
    statusCode?: unknown;
    message?: unknown;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  const retryAfterMs = parseRetryAfter(failure.response?.headers?.get?.('retry-after'), now);
  const message = `teams: ${typeof failure.message === 'string' ? failure.message.slice(0, 300) : String(error)}`;
  return new TransportError(message, {
    cause: error,
    ...(status === undefined ? {} : { status }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** The part of botframework-connector's ConnectorClient used here (botbuilder does not export the class). */
interface Connector {
  readonly client: { readonly pipeline: { removePolicy(options: { name: string }): unknown } };
  readonly conversations: {
    sendToConversation(
      conversationId: string,
      activity: Partial<Activity>,
      options: { abortSignal: AbortSignal },
    ): Promise<{ id?: string }>;
    updateActivity(
      conversationId: string,
      activityId: string,
      activity: Partial<Activity>,
      options: { abortSignal: AbortSignal },
    ): Promise<unknown>;
  };
}

function isConnector(value: unknown): value is Connector {
  const candidate = value as Partial<Connector> | undefined;
  return (
    typeof candidate?.conversations?.sendToConversation === 'function' &&
    typeof candidate.client?.pipeline?.removePolicy === 'function'
  );
}

function connectorOf(context: TurnContext): Connector {
  const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  if (!isConnector(client))
    throw new TransportError('teams: no connector client for the conversation', { retryable: true });
  // The outbox owns retries: without this the client would wait out a Retry-After itself and retry.
  client.client.pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  return client;
}

/** The stored reference, pointed at the recipient (the channel, or a thread of it). */
function addressedTo(reference: Partial<ConversationReference>, recipient: string): Partial<ConversationReference> {
  const conversation = reference.conversation;
  return {
    ...reference,
    conversation: {
      isGroup: conversation?.isGroup ?? true,
      conversationType: conversation?.conversationType ?? '',
      name: conversation?.name ?? '',
      ...conversation,
      id: recipient,
    },
  };
}

/** Runs `call` inside a botbuilder proactive turn opened by `open`; its errors come back as TransportErrors. */
export async function insideTurn<T>(
  now: () => Date,
  open: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  call: (context: TurnContext) => Promise<T>,
): Promise<T> {
  // Filled inside the callback, whose errors are caught there so botbuilder's turn pipeline never sees them.
  const box: { outcome?: { ok: true; value: T } | { ok: false; error: unknown } } = {};
  try {
    await open(async (context) => {
      try {
        box.outcome = { ok: true, value: await call(context) };
      } catch (error) {
        box.outcome = { ok: false, error };
      }
    });
  } catch (error) {
    // Opening the turn failed (no token from Microsoft Entra ID, creating the personal chat refused): transient or not by status.
    throw toTransportError(error, now());
  }
  const outcome = box.outcome ?? { ok: false, error: new Error('teams: the connector callback did not run') };
  if (!outcome.ok) throw toTransportError(outcome.error, now());
  return outcome.value;
}

export function createTeamsTransport(deps: TeamsTransportDependencies): Transport {
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const now = (): Date => deps.clock.now();

  /** A connector for a bound conversation (or a thread of it), from its stored reference. */
  const inConversation = async <T>(
    recipient: string,
    call: (client: Connector, signal: AbortSignal) => Promise<T>,
  ): Promise<T> => {
    const reference = await loadConversationReference(deps.db, recipient);
    if (reference === null)
      throw new TransportError(`teams: conversation ${recipient} is not bound or has no reference`, {
        retryable: false,
      });
    const open = (logic: (context: TurnContext) => Promise<void>) =>
      deps.adapter.continueConversationAsync(deps.appId, addressedTo(reference, recipient), logic);
    return insideTurn(now, open, (context) => call(connectorOf(context), AbortSignal.timeout(timeoutMs)));
  };

  /** The member's personal chat with the bot, opened (or found) from their AAD object id. */
  const inPersonalChat = async <T>(
    aadObjectId: string,
    call: (client: Connector, conversationId: string, signal: AbortSignal) => Promise<T>,
  ): Promise<T> => {
    const target = await personalChatTarget(deps.db, aadObjectId);
    if (target === null)
      throw new TransportError(`teams: member ${aadObjectId} is not linked to a set-up cell conversation`, {
        retryable: false,
      });
    const open = (logic: (context: TurnContext) => Promise<void>) =>
      deps.adapter.createConversationAsync(
        deps.appId,
        'msteams',
        target.serviceUrl,
        BOT_FRAMEWORK_SCOPE,
        target.parameters,
        logic,
      );
    return insideTurn(now, open, (context) =>
      call(connectorOf(context), context.activity.conversation.id, AbortSignal.timeout(timeoutMs)),
    );
  };

  /** The payload with its content: a shared card is rendered now; one that no longer exists is not sent. */
  const rendered = async (recipient: string, payload: OutboxPayload): Promise<RenderedPayload> => {
    if (payload.kind !== 'shared-card') return payload;
    try {
      return await deps.renderSharedCard(recipient, payload.cardKey);
    } catch (error) {
      if (isDomainError(error))
        throw new TransportError(`teams: shared card ${payload.cardKey}: ${error.code}`, {
          retryable: false,
          cause: error,
        });
      throw error;
    }
  };

  const post = (recipient: string, payload: RenderedPayload): Promise<{ id?: string }> =>
    isPersonRecipient(recipient)
      ? inPersonalChat(recipient, (client, conversationId, abortSignal) =>
          client.conversations.sendToConversation(conversationId, activityOf(payload), { abortSignal }),
        )
      : inConversation(recipient, (client, abortSignal) =>
          client.conversations.sendToConversation(recipient, activityOf(payload), { abortSignal }),
        );

  return {
    platform: 'teams',
    async send(recipient, queued) {
      const payload = await rendered(recipient, queued);
      const sent = await post(recipient, payload);
      const key = declaredCardKey(payload);
      if (key !== undefined && sent.id && !isPersonRecipient(recipient))
        await recordCardMessage(deps.db, recipient, key, sent.id);
      return sent.id ? { platformMessageId: sent.id } : {};
    },
    async update(recipient, platformMessageId, queued) {
      // Personal copies are not refreshed (members see their own view on demand): nothing addresses them.
      if (isPersonRecipient(recipient))
        throw new TransportError('teams: updates address a conversation, not a member', { retryable: false });
      const payload = await rendered(recipient, queued);
      await inConversation(recipient, (client, abortSignal) =>
        client.conversations.updateActivity(
          recipient,
          platformMessageId,
          { ...activityOf(payload), id: platformMessageId },
          { abortSignal },
        ),
      );
    },
  };
}
