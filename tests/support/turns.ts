/** A fake channel: builds playground turns for a member and drives the bot core. */
import type { CardView } from '../../src/cards/view-models';
import type { CardVerb } from '../../src/cards/view-models';
import type { Clock } from '../../src/features/ports';
import type { BotCore, InboundEvent, Turn, TurnResult } from '../../src/features/turn';
import type { Locale } from '../../src/core/types';
import type { Member } from '../../src/store/rows';
import type { Database } from '../../src/store/database';
import { createBot, type BotDependencies } from '../../src/features/bot';
import { bindPlaygroundTurn } from '../../src/channels/playground/accounts';

export function playgroundTurn(
  member: Pick<Member, 'id' | 'cellId'>,
  event: InboundEvent,
  clock: Clock,
  locale: Locale = 'vi',
): Turn {
  return {
    event,
    actor: { platform: 'playground', platformUserId: member.id },
    conversation: { platform: 'playground', conversationId: member.cellId, personal: false },
    locale,
    receivedAt: clock.now(),
    requestId: `test-${member.id}`,
  };
}

/** Drives a bot as members of one cell would through the playground. */
export function driver(bot: BotCore, clock: Clock) {
  return {
    say: (member: Pick<Member, 'id' | 'cellId'>, text: string, locale: Locale = 'vi'): Promise<TurnResult> =>
      bot.handle(playgroundTurn(member, { kind: 'message', text }, clock, locale)),
    press: (
      member: Pick<Member, 'id' | 'cellId'>,
      verb: CardVerb,
      data: Record<string, unknown>,
      locale: Locale = 'vi',
    ): Promise<TurnResult> => bot.handle(playgroundTurn(member, { kind: 'card.action', verb, data }, clock, locale)),
  };
}

/** The first card of a given type among a result's replies. */
export function cardOf<T extends CardView['type']>(result: TurnResult, type: T): Extract<CardView, { type: T }> {
  for (const reply of result.replies)
    if (reply.kind === 'card' && reply.view.type === type) return reply.view as Extract<CardView, { type: T }>;
  throw new Error(
    `no ${type} card in ${JSON.stringify(result.replies.map((r) => (r.kind === 'card' ? r.view.type : 'text')))}`,
  );
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const silentLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  child() {
    return silentLogger;
  },
};

/** Fails the test with the refusal's code and message when a turn was refused. */
export function expectOk(result: TurnResult): TurnResult {
  if (result.error) throw new Error(`turn refused: ${result.error.code}: ${result.error.message}`);
  return result;
}

/** A bot as the playground channel drives it: the acting member's account and the cell's conversation are real rows first (channels/playground/accounts.ts). */
export function asPlayground(db: Database, bot: BotCore): BotCore {
  return {
    handle: async (turn, ports) => {
      await bindPlaygroundTurn(db, turn);
      return bot.handle(turn, ports);
    },
    viewCard: async (cardKey, viewer, locale) => {
      await bindPlaygroundTurn(db, { actor: viewer });
      return bot.viewCard(cardKey, viewer, locale);
    },
    sharedCard: (cardKey) => bot.sharedCard(cardKey),
    handleJob: (event) => bot.handleJob(event),
  };
}

/** The real bot core behind the playground channel (see asPlayground). */
export function playgroundBot(deps: BotDependencies): BotCore {
  return asPlayground(deps.db, createBot(deps));
}
