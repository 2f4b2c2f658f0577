/**
 * A member's own answers to a typed command in a channel or group chat go to
 * their personal chat with the bot, never to the shared conversation. The chat
 * is opened (or, as Teams does for the same pair, found again) with the
 * connector's createConversation from the turn's own service URL, tenant and
 * bot account, so it works even for someone the roster does not know yet.
 * When that is refused, the replies wait in the outbox for the member's
 * personal chat (retried there); a sender with no roster account, whose chat
 * cannot be addressed later, gets nothing — nothing falls back to the channel.
 */
import type { ConversationParameters, TurnContext } from 'botbuilder';
import type { Logger } from '../../features/ports';
import type { Actor, Reply } from '../../features/turn';
import type { Database } from '../../store/database';
import { BOT_FRAMEWORK_SCOPE } from './adapter';
import { replyPayload } from './card-render';
import type { RefreshAudience } from './refresh-audience';
import type { TeamsOutbox } from './outbox-queue';
import { isPersonRecipient, personalChatTarget } from './personal-chat';
import { activityOf, insideTurn } from './transport';

export interface PersonalReplyDependencies {
  readonly db: Database;
  readonly audience: RefreshAudience;
  readonly outbox: TeamsOutbox;
  readonly logger: Logger;
  readonly clock: { now(): Date };
  /** The bot's app id ('' when authentication is off). */
  readonly appId: string;
}

export interface PersonalReplies {
  readonly actor: Actor;
  /** Stable across a redelivered activity, so the outbox queues a reply once. */
  readonly occurrence: string;
  readonly replies: readonly Reply[];
}

/** The personal chat of the turn's sender, as the connector is asked to create it. */
function personalChatOf(context: TurnContext, actor: Actor): ConversationParameters {
  const activity = context.activity;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenantId =
    activity.conversation.tenantId ?? (typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined);
  return {
    isGroup: false,
    bot: activity.recipient,
    members: [{ id: actor.platformUserId, name: '' }],
    ...(tenantId === undefined ? {} : { tenantId, channelData: { tenant: { id: tenantId } } }),
  } as ConversationParameters;
}

/** Whether the outbox can open this member's personal chat later (a linked account of a set-up cell). */
export async function outboxReachesPerson(db: Database, actor: Actor): Promise<boolean> {
  return isPersonRecipient(actor.platformUserId) && (await personalChatTarget(db, actor.platformUserId)) !== null;
}

/** Queues replies for the actor's personal chat in the outbox; false when it cannot address that chat. */
export async function queueForPerson(deps: PersonalReplyDependencies, out: PersonalReplies): Promise<boolean> {
  if (!(await outboxReachesPerson(deps.db, out.actor))) return false;
  await deps.outbox.queueReplies(out.actor.platformUserId, out.occurrence, out.replies);
  return true;
}

/** Posts the replies in the sender's personal chat now; on a refusal they wait in the outbox, or are dropped and logged. */
export async function postToPersonalChat(
  deps: PersonalReplyDependencies,
  context: TurnContext,
  out: PersonalReplies,
): Promise<void> {
  const activity = context.activity;
  const open = (logic: (personal: TurnContext) => Promise<void>) =>
    context.adapter.createConversationAsync(
      deps.appId,
      activity.channelId,
      activity.serviceUrl,
      BOT_FRAMEWORK_SCOPE,
      personalChatOf(context, out.actor),
      logic,
    );
  let posted = 0;
  try {
    await insideTurn(
      () => deps.clock.now(),
      open,
      async (personal) => {
        for (const reply of out.replies) {
          await personal.sendActivity(
            activityOf(await replyPayload(deps.audience, personal.activity.conversation.id, reply)),
          );
          posted += 1;
        }
      },
    );
  } catch (error) {
    const rest = { ...out, occurrence: `${out.occurrence}~personal${posted}`, replies: out.replies.slice(posted) };
    const queued = await queueForPerson(deps, rest);
    deps.logger.warn(
      { err: error, queued: queued ? rest.replies.length : 0, dropped: queued ? 0 : rest.replies.length },
      'teams: personal chat not reached in the turn',
    );
  }
}
