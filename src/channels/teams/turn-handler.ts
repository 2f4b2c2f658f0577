/**
 * One Teams request, after authentication: map the activity to a turn, let the
 * bot core handle it, then answer — an invoke with the card this member
 * should now see (well inside Teams' 5 s), a message with replies posted in
 * the turn — and queue shared-card updates through the outbox.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { isDomainError } from '../../core/errors';
import type { Clock, Logger } from '../../features/ports';
import { CONVERSATION_MEMBERS_KEY, needsConversationMembers, type ConversationMember } from '../../features/setup';
import type { BotCore, InboundEvent, Turn, TurnResult } from '../../features/turn';
import type { Database } from '../../store/database';
import { actorOf, addressOf, localeOf, type TeamsInbound } from './activity';
import { cardInvokeResponse, errorInvokeResponse, type CardInvokeAnswer } from './cards';
import { renderForConversation } from './card-render';
import { sendReplies } from './direct-replies';
import { invokeAnswer } from './invoke-answer';
import type { TeamsOutbox } from './outbox-queue';
import { cellOfConversation, saveConversationReference } from './teams-store';
import { sharedCardNews, tellOthers, type SharedCardListener } from '../shared-card-news';

export interface TeamsTurnDependencies {
  readonly bot: BotCore;
  readonly db: Database;
  readonly clock: Clock;
  readonly outbox: TeamsOutbox;
  readonly fetchMembers: (context: TurnContext) => Promise<ConversationMember[]>;
  /** The cell's other channels (Zalo), told what a Teams turn did to the shared cards. */
  readonly elsewhere: SharedCardListener;
  readonly logger: Logger;
}

/** Per request: its correlation id and logger (never kept on the channel). */
export interface RequestScope {
  readonly requestId: string;
  readonly logger: Logger;
}

async function answerInvoke(context: TurnContext, answer: CardInvokeAnswer): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: answer } });
}

/** Card data never carries the member list from a card: only the channel puts it there, for the setup verbs. */
async function withChannelData(deps: TeamsTurnDependencies, context: TurnContext, event: InboundEvent): Promise<InboundEvent> {
  if (event.kind !== 'card.action') return event;
  const { [CONVERSATION_MEMBERS_KEY]: _forged, ...data } = event.data as Record<string, unknown>;
  if (!needsConversationMembers(event.verb)) return { ...event, data };
  return { ...event, data: { ...data, [CONVERSATION_MEMBERS_KEY]: await deps.fetchMembers(context) } };
}

/** Keeps the proactive-send reference current on the turns that may bind or move a conversation. */
function refreshesReference(event: InboundEvent): boolean {
  return event.kind !== 'card.action' || event.verb.startsWith('setup.');
}

async function runTurn(deps: TeamsTurnDependencies, scope: RequestScope, context: TurnContext, event: InboundEvent, via: 'invoke' | 'message' | 'event'): Promise<void> {
  const activity = context.activity;
  const turn: Turn = {
    event: await withChannelData(deps, context, event),
    actor: actorOf(activity),
    conversation: addressOf(activity),
    locale: localeOf(activity),
    receivedAt: deps.clock.now(),
    requestId: scope.requestId,
  };
  const result = await deps.bot.handle(turn);
  if (via === 'invoke' && turn.event.kind === 'card.action') {
    const ctx = { db: deps.db, bot: deps.bot, actor: turn.actor, locale: turn.locale, conversationId: turn.conversation.conversationId };
    await answerInvoke(context, await invokeAnswer(ctx, result, turn.event.verb, turn.event.data));
  }
  // Before anything is queued: the outbox sends with this reference.
  if (refreshesReference(turn.event)) await saveConversationReference(deps.db, activity);
  await deliver(deps, context, turn, result, via);
  await deps.outbox.queueRefreshes(result.refreshes);
  const conversationId = turn.conversation.conversationId;
  await tellOthers(deps.elsewhere, sharedCardNews(result), () => cellOfConversation(deps.db, conversationId), (error) =>
    deps.logger.error({ err: error, conversationId }, 'teams: other channels not told of shared cards'),
  );
}

async function deliver(deps: TeamsTurnDependencies, context: TurnContext, turn: Turn, result: TurnResult, via: 'invoke' | 'message' | 'event'): Promise<void> {
  const conversationId = turn.conversation.conversationId;
  if (via !== 'invoke') {
    await sendReplies(deps.db, context, conversationId, result.replies);
    return;
  }
  // A refusal was shown to the member who pressed; the conversation does not see it.
  if (result.error) return;
  await deps.outbox.queueReplies(context.activity.conversation.id, context.activity.id ?? turn.requestId, result.replies);
  // The invoke answer changed the pressed card for the presser; a one-shot action's outcome is everyone's.
  const pressed = context.activity.replyToId;
  if (result.updatedCardForAll === true && result.updatedCard !== undefined && pressed) {
    await deps.outbox.queuePressedCard(context.activity.conversation.id, pressed, context.activity.id ?? turn.requestId, result.updatedCard);
  }
}

/** Universal Actions refresh: the shared card as this member sees it (their own choice marked). */
async function answerRefresh(deps: TeamsTurnDependencies, context: TurnContext, cardKey: string): Promise<void> {
  const activity = context.activity;
  const locale = localeOf(activity);
  try {
    const view = await deps.bot.viewCard(cardKey, actorOf(activity), locale);
    const card = await renderForConversation(deps.db, { conversationId: addressOf(activity).conversationId, view, cardKey });
    await answerInvoke(context, cardInvokeResponse(card));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // Teams keeps the card as it was for someone who may not see their own view of it.
    await answerInvoke(context, errorInvokeResponse(403, error.code, error.userMessage(locale)));
  }
}

function apology(locale: 'vi' | 'en', requestId: string): string {
  return locale === 'vi'
    ? `Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu. Đề nghị thử lại sau (mã: ${requestId}).`
    : `Sorry, something went wrong while handling your request. Please try again later (ref: ${requestId}).`;
}

/** The turn logic for one request; `inbound` is its activity as mapActivity read it (the route reads it first). */
export function createTurnLogic(deps: TeamsTurnDependencies, scope: RequestScope, inbound: TeamsInbound): (context: TurnContext) => Promise<void> {
  return async (context) => {
    try {
      switch (inbound.kind) {
        case 'turn':
          return await runTurn(deps, scope, context, inbound.event, inbound.via);
        case 'refresh':
          return await answerRefresh(deps, context, inbound.cardKey);
        case 'unknown-action':
          scope.logger.warn({ verb: inbound.verb }, 'teams: unknown card verb');
          return await answerInvoke(context, errorInvokeResponse(400, 'action.unknown', localeOf(context.activity) === 'vi' ? 'Thao tác không được hỗ trợ.' : 'Unsupported action.'));
        case 'ignore':
          scope.logger.debug({ reason: inbound.reason }, 'teams: activity ignored');
          // An invoke left unanswered becomes botbuilder's HTTP 501; say "not supported" the Universal Actions way.
          if (context.activity.type === ActivityTypes.Invoke) return await answerInvoke(context, errorInvokeResponse(400, 'invoke.unsupported', localeOf(context.activity) === 'vi' ? 'Thao tác không được hỗ trợ.' : 'Unsupported action.'));
          return;
      }
    } catch (error) {
      scope.logger.error({ err: error, activityType: context.activity.type }, 'teams: turn failed');
      if (context.activity.type === ActivityTypes.Invoke && !context.responded) {
        await answerInvoke(context, errorInvokeResponse(500, 'internal', apology(localeOf(context.activity), scope.requestId)));
      }
    }
  };
}
