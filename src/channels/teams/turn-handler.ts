/**
 * One Teams request, after authentication: map the activity to a turn, let the
 * bot core handle it, then answer — an invoke with the card this member
 * should now see (well inside Teams' 5 s), a message with replies posted
 * after the turn gave back its slot — and queue shared-card updates through
 * the outbox. What runs inside a slot of the turn gate is the turn's own work
 * (database, rendering, queueing); waiting on the Bot Connector to post a
 * reply runs outside it, in a lane of its own (see ARCHITECTURE.md). Who
 * sees each reply is its audience (reply-routing.ts): a shared conversation
 * sees only what is published.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { isDomainError } from '../../core/errors';
import type { Clock, Logger } from '../../features/ports';
import type { BotCore, ConversationMember, Directory, InboundEvent, Turn, TurnResult } from '../../features/turn';
import type { Database } from '../../store/database';
import { actorOf, addressOf, localeOf, type TeamsInbound } from './activity';
import { cardInvokeResponse, errorInvokeResponse, type CardInvokeAnswer } from './cards';
import { renderForConversation } from './card-render';
import type { RefreshAudience } from './refresh-audience';
import { postReplies, type DirectReplies } from './direct-replies';
import { invokeAnswer } from './invoke-answer';
import type { TeamsOutbox } from './outbox-queue';
import { saveConversationReference } from './teams-store';
import { outboxReachesPerson, postToPersonalChat, queueForPerson, type PersonalReplies } from './personal-replies';
import { cellOfTurn, routeReplies, type RoutedReplies } from './reply-routing';
import type { TurnGate } from './turn-gate';
import type { SharedCardNewsPublisher } from '../shared-card-news';
import { say } from '../../core/wording/say';
import { TURN_WORDING } from '../../core/wording/turn';

export interface TeamsTurnDependencies {
  readonly bot: BotCore;
  readonly db: Database;
  /** Who answered and posted cards auto-refresh for (refresh-audience.ts), held by the channel. */
  readonly audience: RefreshAudience;
  readonly clock: Clock;
  readonly outbox: TeamsOutbox;
  readonly fetchMembers: (context: TurnContext) => Promise<ConversationMember[]>;
  /** Every channel's listener (Zalo's…) hears what a Teams turn did to the shared cards. */
  readonly news: SharedCardNewsPublisher;
  readonly logger: Logger;
  /** A turn's own work runs through it, a few at a time (see turn-gate.ts). */
  readonly gate: TurnGate;
  /** Posting a message turn's replies: bounded on its own, so a slow connector never holds a turn slot. */
  readonly replyLane: TurnGate;
  /** The bot's app id, to open members' personal chats ('' when authentication is off). */
  readonly appId: string;
}

/** What a message turn posts once it has given back its slot: in the conversation, and to the sender alone. */
interface AfterTurn {
  readonly here?: DirectReplies;
  readonly personal?: PersonalReplies;
}

/** Per request: its correlation id and logger (never kept on the channel). */
export interface RequestScope {
  readonly requestId: string;
  readonly logger: Logger;
}

async function answerInvoke(context: TurnContext, answer: CardInvokeAnswer): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: answer } });
}

/** The conversation's members, fetched from Teams at most once a turn and only if a feature asks (setup). */
function directoryOf(deps: TeamsTurnDependencies, context: TurnContext): Directory {
  let members: Promise<ConversationMember[]> | undefined;
  return { members: () => (members ??= deps.fetchMembers(context)) };
}

/** Keeps the proactive-send reference current on the turns that may bind or move a conversation. */
function refreshesReference(event: InboundEvent): boolean {
  return event.kind !== 'card.action' || event.verb.startsWith('setup.');
}

/** The turn's own work, inside a gate slot; returns the replies to post after the slot is given back, if any. */
async function decide(
  deps: TeamsTurnDependencies,
  scope: RequestScope,
  context: TurnContext,
  event: InboundEvent,
  via: 'invoke' | 'message' | 'event',
): Promise<AfterTurn> {
  const activity = context.activity;
  const turn: Turn = {
    event,
    actor: actorOf(activity),
    conversation: addressOf(activity),
    locale: localeOf(activity),
    receivedAt: deps.clock.now(),
    requestId: scope.requestId,
  };
  const result = await deps.bot.handle(turn, { directory: directoryOf(deps, context) });
  if (via === 'invoke' && turn.event.kind === 'card.action') {
    const ctx = {
      audience: deps.audience,
      bot: deps.bot,
      actor: turn.actor,
      locale: turn.locale,
      conversationId: turn.conversation.conversationId,
      personal: turn.conversation.personal,
    };
    await answerInvoke(context, await invokeAnswer(ctx, result, turn.event.verb, turn.event.data));
  }
  // Before anything is queued: the outbox sends with this reference.
  const outboxReaches = refreshesReference(turn.event) && (await saveConversationReference(deps.db, activity));
  const occurrence = activity.id ?? scope.requestId;
  // A refusal of a press was the invoke answer alone; a typed one is the sender's (routed like any of their own).
  const routed = via === 'invoke' && result.error ? undefined : await routeReplies(deps.db, turn, result);
  if (routed !== undefined) await queueForCell(deps, occurrence, routed);
  if (via === 'invoke' && routed !== undefined) await queueInvokeReplies(deps, context, turn, result, routed);
  await deps.outbox.queueRefreshes(result.refreshes);
  await deps.news.publish('teams', result, () => cellOfTurn(deps.db, turn));
  if (via === 'invoke' || routed === undefined) return {};
  return {
    ...(routed.here.length === 0
      ? {}
      : {
          here: {
            conversationId: activity.conversation.id,
            occurrence,
            replies: routed.here,
            outboxRecipient: await outboxRecipient(deps, turn, activity.conversation.id, outboxReaches),
          },
        }),
    ...(routed.toActor.length === 0 ? {} : { personal: { actor: turn.actor, occurrence, replies: routed.toActor } }),
  };
}

/** How the outbox reaches the turn's conversation later: a bound one by its id, a personal chat by its member. */
async function outboxRecipient(
  deps: TeamsTurnDependencies,
  turn: Turn,
  conversationId: string,
  bound: boolean,
): Promise<string | undefined> {
  if (bound) return conversationId;
  return turn.conversation.personal && (await outboxReachesPerson(deps.db, turn.actor))
    ? turn.actor.platformUserId
    : undefined;
}

/** What a personal chat published goes to each of the cell's shared conversations, through the outbox. */
async function queueForCell(deps: TeamsTurnDependencies, occurrence: string, routed: RoutedReplies): Promise<void> {
  for (const conversationId of routed.toCell.conversationIds)
    await deps.outbox.queueReplies(conversationId, occurrence, routed.toCell.replies);
}

/** A card action's replies go through the outbox: the invoke is answered first and the posts follow. */
async function queueInvokeReplies(
  deps: TeamsTurnDependencies,
  context: TurnContext,
  turn: Turn,
  result: TurnResult,
  routed: RoutedReplies,
): Promise<void> {
  const occurrence = context.activity.id ?? turn.requestId;
  // The outbox opens a personal chat by its member (the chat itself is not a bound conversation).
  const mine = turn.conversation.personal ? [...routed.here, ...routed.toActor] : routed.toActor;
  if (!turn.conversation.personal)
    await deps.outbox.queueReplies(context.activity.conversation.id, occurrence, routed.here);
  if (mine.length > 0 && !(await queueForPerson(deps, { actor: turn.actor, occurrence, replies: mine }))) {
    // Never the shared conversation instead: the presser saw the invoke answer, the rest is not posted.
    deps.logger.warn(
      { replies: routed.toActor.length },
      'teams: no personal chat for the presser; their replies are not posted',
    );
  }
  // The invoke answer changed the pressed card for the presser; a one-shot action's outcome is everyone's (in a personal chat, the presser is everyone).
  const pressed = context.activity.replyToId;
  if (result.updatedCardForAll === true && result.updatedCard !== undefined && pressed && !turn.conversation.personal) {
    await deps.outbox.queuePressedCard(
      context.activity.conversation.id,
      pressed,
      context.activity.id ?? turn.requestId,
      result.updatedCard,
    );
  }
}

async function runTurn(
  deps: TeamsTurnDependencies,
  scope: RequestScope,
  context: TurnContext,
  event: InboundEvent,
  via: 'invoke' | 'message' | 'event',
): Promise<void> {
  const after = await deps.gate.run(() => decide(deps, scope, context, event, via), 'press');
  if (after.here === undefined && after.personal === undefined) return;
  await deps.replyLane.run(async () => {
    try {
      if (after.here !== undefined) await postReplies(deps, context, after.here);
    } finally {
      // The sender's own answers do not depend on the conversation's posts going through.
      if (after.personal !== undefined) await postToPersonalChat(deps, context, after.personal);
    }
  });
}

/** Universal Actions refresh: the shared card as this member sees it (their own choice marked). */
async function answerRefresh(deps: TeamsTurnDependencies, context: TurnContext, cardKey: string): Promise<void> {
  const activity = context.activity;
  const locale = localeOf(activity);
  try {
    const view = await deps.bot.viewCard(cardKey, actorOf(activity), locale);
    const card = await renderForConversation(deps.audience, {
      conversationId: addressOf(activity).conversationId,
      view,
      cardKey,
    });
    await answerInvoke(context, cardInvokeResponse(card));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // Teams keeps the card as it was for someone who may not see their own view of it.
    await answerInvoke(context, errorInvokeResponse(403, error.code, error.userMessage(locale)));
  }
}

function apology(locale: 'vi' | 'en', requestId: string): string {
  return say(locale, TURN_WORDING.apology, { requestId });
}

/** What happens to a turn whose request was answered early (the deadline passed): it is logged when it ends. */
export function lateTurnReport(scope: RequestScope): (error?: unknown) => void {
  return (error) => {
    if (error === undefined)
      scope.logger.warn({}, 'teams: request answered before its turn ended (deadline); the turn has now ended');
    else
      scope.logger.error(
        { err: error },
        'teams: request answered before its turn ended (deadline); the turn then failed',
      );
  };
}

/** The turn logic for one request; `inbound` is its activity as mapActivity read it (the route reads it first). */
export function createTurnLogic(
  deps: TeamsTurnDependencies,
  scope: RequestScope,
  inbound: TeamsInbound,
): (context: TurnContext) => Promise<void> {
  return async (context) => {
    try {
      switch (inbound.kind) {
        case 'turn':
          return await runTurn(deps, scope, context, inbound.event, inbound.via);
        case 'refresh':
          return await deps.gate.run(() => answerRefresh(deps, context, inbound.cardKey), 'refresh');
        case 'unknown-action':
          scope.logger.warn({ verb: inbound.verb }, 'teams: unknown card verb');
          return await answerInvoke(
            context,
            errorInvokeResponse(400, 'action.unknown', say(localeOf(context.activity), TURN_WORDING.unsupportedAction)),
          );
        case 'ignore':
          scope.logger.debug({ reason: inbound.reason }, 'teams: activity ignored');
          // An invoke left unanswered becomes botbuilder's HTTP 501; say "not supported" the Universal Actions way.
          if (context.activity.type === ActivityTypes.Invoke)
            return await answerInvoke(
              context,
              errorInvokeResponse(
                400,
                'invoke.unsupported',
                say(localeOf(context.activity), TURN_WORDING.unsupportedAction),
              ),
            );
          return;
      }
    } catch (error) {
      scope.logger.error({ err: error, activityType: context.activity.type }, 'teams: turn failed');
      if (context.activity.type === ActivityTypes.Invoke && !context.responded) {
        await answerInvoke(
          context,
          errorInvokeResponse(500, 'internal', apology(localeOf(context.activity), scope.requestId)),
        );
      }
    }
  };
}
