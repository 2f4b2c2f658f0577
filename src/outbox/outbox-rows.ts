/**
 * Rows as the secretary sees them: what is not delivered (dead, or still
 * waiting), to which cell it belonged, and a way to send dead rows again.
 * A row names only its recipient; the cell comes from the bound conversation
 * (a Teams chat or thread, a Zalo group) or from the member's linked account
 * (a personal chat).
 */
import type { OutboxDatabase } from './enqueue';
import { parsePayload, type OutboxStatus } from './types';

export interface OutboxRowView {
  readonly id: string;
  readonly platform: string;
  readonly recipient: string;
  /** null when the recipient is no longer bound to any cell. */
  readonly cellId: string | null;
  readonly status: string;
  readonly operation: string;
  /** The first words of what it says (text, card summary or shared card key). */
  readonly preview: string;
  readonly attempts: number;
  readonly failures: number;
  readonly lastError: string | null;
  readonly queuedAt: Date;
  readonly firstFailedAt: Date | null;
  readonly dedupeKey: string;
}

export interface RowFilter {
  /** Default: everything not yet sent (pending, sending, dead). */
  readonly statuses?: readonly OutboxStatus[];
  readonly cellId?: string;
  /** At most this many, oldest first (default 500). */
  readonly limit?: number;
}

const UNSENT: readonly OutboxStatus[] = ['pending', 'sending', 'dead'];
const PREVIEW_CHARS = 80;

/** The address a recipient is bound under: Teams threads by their chat, Zalo groups without their prefix. */
function boundConversationId(recipient: string): string {
  const base = recipient.startsWith('group:') ? recipient.slice('group:'.length) : recipient;
  const cut = base.indexOf(';messageid=');
  return cut < 0 ? base : base.slice(0, cut);
}

/** Each recipient's cell, looked up in two queries (conversations, then linked accounts). */
async function cellsOf(
  db: OutboxDatabase,
  rows: readonly { platform: string; recipient: string }[],
): Promise<Map<string, string>> {
  const key = (platform: string, id: string): string => `${platform}\u0000${id}`;
  const ids = [...new Set(rows.map((r) => boundConversationId(r.recipient)))];
  const [conversations, accounts] = await Promise.all([
    db.prisma.conversation.findMany({
      where: { conversationId: { in: ids } },
      select: { platform: true, conversationId: true, cellId: true },
    }),
    db.prisma.channelAccount.findMany({
      where: { platformUserId: { in: ids } },
      select: { platform: true, platformUserId: true, member: { select: { cellId: true } } },
    }),
  ]);
  const cells = new Map<string, string>();
  for (const a of accounts) cells.set(key(a.platform, a.platformUserId), a.member.cellId);
  for (const c of conversations) cells.set(key(c.platform, c.conversationId), c.cellId);
  return new Map(
    rows.map((r) => [key(r.platform, r.recipient), cells.get(key(r.platform, boundConversationId(r.recipient))) ?? '']),
  );
}

function preview(json: string): string {
  const payload = parsePayload(json);
  const text =
    payload === undefined
      ? '(nội dung không đọc được)'
      : payload.kind === 'text'
        ? payload.text
        : payload.kind === 'card'
          ? (payload.fallbackText ?? '(thẻ)')
          : `(thẻ ${payload.cardKey})`;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
}

/** Undelivered rows (or those of `statuses`), of one cell when asked, oldest first. */
export async function listOutboxRows(db: OutboxDatabase, filter: RowFilter = {}): Promise<OutboxRowView[]> {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { status: { in: [...(filter.statuses ?? UNSENT)] } },
    orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    // Filtering by cell happens after the lookup, so read more than the limit when a cell is asked for.
    take: filter.cellId === undefined ? (filter.limit ?? 500) : 10_000,
  });
  const cells = await cellsOf(db, rows);
  const views = rows.map((r): OutboxRowView => {
    const cellId = cells.get(`${r.platform}\u0000${r.recipient}`) || null;
    return {
      id: r.id,
      platform: r.platform,
      recipient: r.recipient,
      cellId,
      status: r.status,
      operation: r.operation,
      preview: preview(r.payload),
      attempts: r.attempts,
      failures: r.failures,
      lastError: r.lastError,
      queuedAt: r.queuedAt,
      firstFailedAt: r.firstFailedAt,
      dedupeKey: r.dedupeKey,
    };
  });
  return (filter.cellId === undefined ? views : views.filter((v) => v.cellId === filter.cellId)).slice(
    0,
    filter.limit ?? 500,
  );
}

export type RetrySelection = { readonly ids: readonly string[] } | { readonly allDead: true; readonly cellId?: string };

/**
 * Sends dead rows again: pending now, with a fresh retry horizon and backoff. Rows that are not dead are
 * left alone (one being sent, or sent meanwhile). Returns the ids it requeued.
 */
export async function retryDeadRows(db: OutboxDatabase, selection: RetrySelection, now: Date): Promise<string[]> {
  const ids =
    'ids' in selection
      ? [...selection.ids]
      : (
          await listOutboxRows(db, {
            statuses: ['dead'],
            limit: 100_000,
            ...(selection.cellId === undefined ? {} : { cellId: selection.cellId }),
          })
        ).map((r) => r.id);
  const requeued: string[] = [];
  for (const id of ids) {
    const { count } = await db.prisma.outboxMessage.updateMany({
      where: { id, status: 'dead' },
      data: {
        status: 'pending',
        nextAttemptAt: now,
        failures: 0,
        firstFailedAt: null,
        lostLeases: 0,
        leaseUntil: null,
        leaseOwner: null,
      },
    });
    if (count === 1) requeued.push(id);
  }
  return requeued;
}
