/**
 * Proactive delivery through the outbox: to every conversation bound to a
 * cell, or to members one by one through their linked 1:1 accounts. Each
 * message's dedupe key is (purpose, recipient, occurrence), so a second call
 * for the same occurrence — a retried tick, a resumed fan-out — queues only
 * what is missing.
 */
import type { CardView } from '../cards/view-models';
import type { Platform } from '../core/types';
import { enqueue, outboxKey } from '../outbox/enqueue';
import type { Database } from '../store/database';
import type { PlatformRenderer, Recipient } from './types';

export type { PlatformRenderer, Recipient } from './types';

export interface DeliveryReport {
  /** Rows this call added to the outbox. */
  readonly queued: number;
  /** Rows that were already there (an earlier pass of the same occurrence). */
  readonly existing: number;
  /** Members with no linked account on a platform that has a renderer. */
  readonly unreachable: readonly string[];
}

export interface Delivery {
  toCell(cellId: string, view: CardView, purpose: string, occurrence: string): Promise<DeliveryReport>;
  toMembers(
    cellId: string,
    memberIds: readonly string[],
    viewFor: (memberId: string) => CardView | Promise<CardView>,
    purpose: string,
    occurrence: string,
  ): Promise<DeliveryReport>;
}

export interface DeliveryDependencies {
  readonly db: Pick<Database, 'prisma'>;
  readonly renderers: readonly PlatformRenderer[];
  readonly clock: { now(): Date };
  /** Wakes the dispatcher after a fan-out (optional: tests drain by hand). */
  readonly notify?: () => void;
}

interface Target {
  readonly recipient: Recipient;
  readonly dedupeKey: string;
}

const KEY_CHUNK = 500;

/** The dedupe keys among `keys` already in the outbox (read in chunks so a 10 000-row fan-out stays one query per 500). */
async function existingKeys(db: DeliveryDependencies['db'], keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await db.prisma.outboxMessage.findMany({
      where: { dedupeKey: { in: keys.slice(i, i + KEY_CHUNK) } },
      select: { dedupeKey: true },
    });
    for (const row of rows) found.add(row.dedupeKey);
  }
  return found;
}

export function createDelivery(deps: DeliveryDependencies): Delivery {
  const renderers = new Map<Platform, PlatformRenderer>(deps.renderers.map((r) => [r.platform, r]));
  const platforms = [...renderers.keys()];

  const send = async (
    targets: readonly Target[],
    viewOf: (t: Target) => CardView | Promise<CardView>,
  ): Promise<{ queued: number; existing: number }> => {
    const already = await existingKeys(
      deps.db,
      targets.map((t) => t.dedupeKey),
    );
    let queued = 0;
    for (const target of targets) {
      if (already.has(target.dedupeKey)) continue;
      const renderer = renderers.get(target.recipient.platform);
      if (renderer === undefined) continue;
      const payload = await renderer.render(await viewOf(target), target.recipient);
      const result = await enqueue(deps.db, {
        dedupeKey: target.dedupeKey,
        platform: target.recipient.platform,
        recipient: target.recipient.address,
        payload,
        now: deps.clock.now(),
      });
      if (result.created) queued += 1;
    }
    if (queued > 0) deps.notify?.();
    return { queued, existing: targets.length - queued };
  };

  return {
    async toCell(cellId, view, purpose, occurrence) {
      const conversations = await deps.db.prisma.conversation.findMany({
        where: { cellId, platform: { in: platforms } },
        select: { platform: true, conversationId: true },
        orderBy: { createdAt: 'asc' },
      });
      const targets = conversations.map((c) => ({
        recipient: { platform: c.platform as Platform, address: c.conversationId, kind: 'conversation' as const },
        dedupeKey: outboxKey(purpose, `${c.platform}:${c.conversationId}`, occurrence),
      }));
      return { ...(await send(targets, () => view)), unreachable: [] };
    },

    async toMembers(cellId, memberIds, viewFor, purpose, occurrence) {
      const accounts = await deps.db.prisma.channelAccount.findMany({
        where: { memberId: { in: [...memberIds] }, platform: { in: platforms }, member: { cellId } },
        select: { platform: true, platformUserId: true, memberId: true },
        orderBy: [{ memberId: 'asc' }, { platform: 'asc' }],
      });
      const reached = new Set(accounts.map((a) => a.memberId));
      const targets = accounts.map((a) => ({
        recipient: {
          platform: a.platform as Platform,
          address: a.platformUserId,
          kind: 'member' as const,
          memberId: a.memberId,
        },
        dedupeKey: outboxKey(purpose, `${a.platform}:${a.platformUserId}`, occurrence),
      }));
      const result = await send(targets, (t) => viewFor(t.recipient.memberId ?? ''));
      return { ...result, unreachable: memberIds.filter((id) => !reached.has(id)) };
    },
  };
}
