/**
 * The answer to a pressed card (`adaptiveCard/action`), built from the turn's
 * result: the card as this member should now see it; on a refusal, the card
 * they pressed as it stands, with the reason above it — nothing posted for
 * the whole conversation to see.
 */
import type { CardVerb, CardView } from '../../cards/view-models';
import { isDomainError } from '../../core/errors';
import { isPublic } from '../../features/shared/audience';
import { actionOf } from '../../features/actions';
import type { Actor, BotCore, TurnResult } from '../../features/turn';
import type { Locale } from '../../core/types';
import type { Activity, InvokeResponse } from 'botbuilder';
import { localeOf } from './activity';
import { cardInvokeResponse, cardKeyOfView, messageInvokeResponse, type CardInvokeAnswer } from './cards';
import { renderForConversation } from './card-render';
import type { RefreshAudience } from './refresh-audience';
import { say } from '../../core/wording/say';
import { TURN_WORDING } from '../../core/wording/turn';

export interface InvokeContext {
  /** Who the answered card auto-refreshes for (refresh-audience.ts). */
  readonly audience: RefreshAudience;
  readonly bot: BotCore;
  readonly actor: Actor;
  readonly locale: Locale;
  readonly conversationId: string;
  /** Pressed in a personal chat (else in a channel or group chat, whose members do not see the presser's own replies). */
  readonly personal: boolean;
}

/** The shared card a verb was pressed on, from its own data (the action's `pressedOn`, features/<name>/actions.ts). */
export function pressedCardKey(verb: CardVerb, data: unknown): string | undefined {
  return actionOf(verb)?.pressedCard(data);
}

function firstCard(result: TurnResult): CardView | undefined {
  for (const reply of result.replies) if (reply.kind === 'card') return reply.view;
  return undefined;
}

/** The pressed card as this member sees it now, or undefined when they may not see it. */
async function currentView(ctx: InvokeContext, key: string): Promise<CardView | undefined> {
  try {
    return await ctx.bot.viewCard(key, ctx.actor, ctx.locale);
  } catch (error) {
    if (isDomainError(error)) return undefined; // a stranger: they get the refusal alone
    throw error;
  }
}

async function refusalAnswer(
  ctx: InvokeContext,
  result: TurnResult,
  verb: CardVerb,
  data: unknown,
): Promise<CardInvokeAnswer> {
  const message = result.error?.message ?? '';
  const key = pressedCardKey(verb, data);
  const view = key === undefined ? undefined : await currentView(ctx, key);
  if (view !== undefined)
    return cardInvokeResponse(
      await renderForConversation(ctx.audience, {
        conversationId: ctx.conversationId,
        view,
        cardKey: key,
        banner: message,
      }),
    );
  const refusal = firstCard(result);
  if (refusal !== undefined)
    return cardInvokeResponse(
      await renderForConversation(ctx.audience, { conversationId: ctx.conversationId, view: refusal }),
    );
  return messageInvokeResponse(message);
}

/** Builds the invoke answer for a card action's result. */
export async function invokeAnswer(
  ctx: InvokeContext,
  result: TurnResult,
  verb: CardVerb,
  data: unknown,
): Promise<CardInvokeAnswer> {
  if (result.error) return refusalAnswer(ctx, result, verb, data);
  if (result.updatedCard) {
    const view = result.updatedCard;
    return cardInvokeResponse(
      await renderForConversation(ctx.audience, {
        conversationId: ctx.conversationId,
        view,
        cardKey: cardKeyOfView(view),
      }),
    );
  }
  // The presser's own replies go to their personal chat (reply-routing.ts): say where to look.
  if (!ctx.personal && result.replies.some((reply) => !isPublic(reply, result))) {
    return messageInvokeResponse(say(ctx.locale, TURN_WORDING.sentToPersonalChat));
  }
  return messageInvokeResponse(say(ctx.locale, TURN_WORDING.done));
}

/** The answer when the turn is not done within Teams' deadline: the card stays as it was, the work goes on. */
export function pendingInvokeResponse(activity: Activity): InvokeResponse {
  const text = say(localeOf(activity), TURN_WORDING.stillProcessing);
  return { status: 200, body: messageInvokeResponse(text) };
}
