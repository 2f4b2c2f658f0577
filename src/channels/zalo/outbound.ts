/**
 * What the Zalo channel queues in the durable outbox: a turn's answers to the
 * thread it came from, and shared cards (notice, roll call, vote) fanned out
 * to every linked member 1:1 — each their own view — and to the cell's OA
 * groups as text. Dedupe keys make a retried event or a second post queue nothing twice.
 */
import type { CardView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Logger } from '../../features/ports';
import type { BotCore } from '../../features/turn';
import { enqueue, outboxKey } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import { splitText, type ZaloOutgoing } from './message';
import { payloadOf, renderForGroup, renderForMember, type ZaloRendererDependencies } from './render';

/** Where a turn's answers go: a user's 1:1 chat (with the member's id for signed links) or an OA group. */
export type ThreadAddress =
  | { readonly kind: 'user'; readonly userId: string; readonly memberId?: string }
  | { readonly kind: 'group'; readonly groupId: string };

export interface ZaloOutboundDependencies {
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: { now(): Date };
  readonly logger: Logger;
  readonly render: ZaloRendererDependencies;
  readonly notify: () => void;
}

export interface ZaloOutbound {
  /** Queues messages to one thread; `occurrence` (the event id) keys them. */
  toThread(address: ThreadAddress, occurrence: string, items: readonly (CardView | string)[]): Promise<void>;
  /**
   * Sends a shared card to the cell's linked members (their own view) and its OA groups; returns the rows queued.
   * Once when it is posted, and once more with its result (Zalo cannot edit the first message).
   */
  announce(cellId: string, cardKey: string, locale: Locale, occasion?: AnnounceOccasion): Promise<number>;
}

export type AnnounceOccasion = 'posted' | 'result';

export const recipientOf = (address: ThreadAddress): string =>
  address.kind === 'user' ? address.userId : `group:${address.groupId}`;

function renderItem(deps: ZaloOutboundDependencies, address: ThreadAddress, item: CardView | string): ZaloOutgoing {
  if (typeof item === 'string')
    return { zalo: 1, target: address.kind, title: '', texts: splitText(item), buttons: [] };
  return address.kind === 'user' ? renderForMember(deps.render, item, address.memberId) : renderForGroup(item);
}

export function createZaloOutbound(deps: ZaloOutboundDependencies): ZaloOutbound {
  const put = async (dedupeKey: string, recipient: string, message: ZaloOutgoing): Promise<boolean> =>
    (
      await enqueue(deps.db, {
        dedupeKey,
        platform: 'zalo',
        recipient,
        payload: payloadOf(message),
        now: deps.clock.now(),
      })
    ).created;

  const toThread = async (
    address: ThreadAddress,
    occurrence: string,
    items: readonly (CardView | string)[],
  ): Promise<void> => {
    const recipient = recipientOf(address);
    for (const [index, item] of items.entries())
      await put(
        outboxKey('zalo.reply', recipient, `${occurrence}#${index}`),
        recipient,
        renderItem(deps, address, item),
      );
    if (items.length > 0) deps.notify();
  };

  const announce = async (
    cellId: string,
    cardKey: string,
    locale: Locale,
    occasion: AnnounceOccasion = 'posted',
  ): Promise<number> => {
    const occurrence = occasion === 'posted' ? cardKey : `${cardKey}#${occasion}`;
    const [accounts, groups] = await Promise.all([
      deps.db.prisma.channelAccount.findMany({
        where: { platform: 'zalo', member: { cellId } },
        select: { platformUserId: true, memberId: true },
      }),
      deps.db.prisma.conversation.findMany({ where: { platform: 'zalo', cellId }, select: { conversationId: true } }),
    ]);
    let queued = 0;
    for (const account of accounts) {
      const view = await deps.bot.viewCard(
        cardKey,
        { platform: 'zalo', platformUserId: account.platformUserId },
        locale,
      );
      const message = renderForMember(deps.render, view, account.memberId);
      if (await put(outboxKey('zalo.card', account.platformUserId, occurrence), account.platformUserId, message))
        queued += 1;
    }
    if (groups.length > 0 && accounts[0] !== undefined) {
      // The group's text is the shared view; any linked member of the cell may render it.
      const shared = await deps.bot.viewCard(
        cardKey,
        { platform: 'zalo', platformUserId: accounts[0].platformUserId },
        locale,
      );
      for (const group of groups)
        if (
          await put(
            outboxKey('zalo.card', `group:${group.conversationId}`, occurrence),
            `group:${group.conversationId}`,
            renderForGroup(stripViewer(shared)),
          )
        )
          queued += 1;
    }
    if (queued > 0) deps.notify();
    deps.logger.info(
      { cellId, cardKey, occasion, members: accounts.length, groups: groups.length, queued },
      'zalo: shared card announced',
    );
    return queued;
  };

  return { toThread, announce };
}

/** The group sees the card as everyone does: without one member's own answer. */
function stripViewer(view: CardView): CardView {
  switch (view.type) {
    case 'notice': {
      const { myAnswer: _own, ...shared } = view;
      return shared;
    }
    case 'vote': {
      // canVote: the group is asked as a whole; the core refuses members who may not vote.
      const { myChoice: _own, ...shared } = view;
      return { ...shared, canVote: true };
    }
    case 'rollcall': {
      const { myPresence: _own, ...shared } = view;
      return shared;
    }
    default:
      return view;
  }
}
