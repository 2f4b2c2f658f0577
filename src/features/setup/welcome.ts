/**
 * The bot was added to a conversation: one welcome card. Its "Thiết lập chi
 * bộ" button makes the member who presses it the cell's secretary (start-setup.ts).
 */
import type { CardAction, CardView } from '../../cards/view-models';
import type { FeatureContext } from '../shared/context';
import { memberIsCommittee } from '../shared/context';
import { messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { publicCard } from '../shared/audience';
import type { Locale } from '../../core/types';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

/** The bot's greeting where it was added: the whole conversation sees it. */
function publicWith(view: CardView): TurnResult {
  return { replies: [publicCard(view)], refreshes: [] };
}

function setupButton(locale: Locale): CardAction {
  return { verb: 'setup.start', title: say(locale, W.setUpCell), data: {}, style: 'positive' };
}

/** In a conversation already bound: the same form, opened again to change the cell's settings. */
function settingsButton(locale: Locale): CardAction {
  return { verb: 'setup.start', title: say(locale, W.cellSettings), data: {} };
}

function rosterButton(locale: Locale): CardAction {
  return { verb: 'setup.roster', title: say(locale, W.memberRoster), data: { page: '1' } };
}

/** A 1:1 chat is never bound to a cell: it greets the member of their own cell, or says they are not linked yet. */
function personalWelcome(ctx: FeatureContext, locale: Locale, title: string): TurnResult {
  const text = ctx.cell ? say(locale, W.welcomeMember, { cell: ctx.cell.name }) : say(locale, W.welcomeStranger);
  return replyWith(messageView(ctx.turn.locale, 'info', text, title));
}

/** A first install offers setup; a conversation already bound to a cell says which one. */
export function welcome(ctx: FeatureContext): TurnResult {
  const locale = ctx.turn.locale;
  const title = say(locale, W.assistant);
  if (ctx.turn.conversation.personal) return personalWelcome(ctx, locale, title);
  if (ctx.cell) {
    const text = say(locale, W.welcomeBound, { cell: ctx.cell.name });
    const actions = memberIsCommittee(ctx.member)
      ? [settingsButton(locale), rosterButton(locale)]
      : [settingsButton(locale)];
    return publicWith({ ...messageView(ctx.turn.locale, 'info', text, title), actions });
  }
  const text = say(locale, W.welcomeNew);
  return publicWith({ ...messageView(ctx.turn.locale, 'info', text, title), actions: [setupButton(locale)] });
}
