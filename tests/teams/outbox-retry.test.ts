/**
 * Proactive sends through the durable outbox against the stand-in connector:
 * a 429 with Retry-After is not retried by botbuilder behind the outbox's
 * back; the outbox tries again when Retry-After says, exactly once.
 */
import { botAdded, execute, scene, teamsUser } from './activities';
import { startTeamsHarness, type TeamsHarness } from './harness';
import { enqueue, outboxKey } from '../../src/outbox/enqueue';
import { UNNAMED_CELL } from '../../src/features/setup';
import { createDelivery } from '../../src/delivery';

const secretary = teamsUser(1, 'Nguyễn Thị Thu Hà', 'ha.nguyen@hunglong.vn');

describe('the Teams transport behind the outbox', () => {
  let h: TeamsHarness;
  let conversationId: string;
  beforeAll(async () => {
    h = await startTeamsHarness();
    const s = scene(h.connector.serviceUrl);
    h.connector.setMembers([secretary]);
    await h.post(botAdded(s, secretary));
    await h.post(execute(s, secretary, 'setup.start', {}));
    await h.flushOutbox();
    conversationId = s.channelId;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('made the member who pressed "Thiết lập chi bộ" the secretary of a new cell (no roster imported)', async () => {
    const account = await h.db.prisma.channelAccount.findFirstOrThrow({
      where: { platformUserId: secretary.aadObjectId },
      include: { member: { include: { cell: true } } },
    });
    expect(account.member).toMatchObject({
      fullName: 'Nguyễn Thị Thu Hà',
      role: 'secretary',
      status: 'official',
      email: 'ha.nguyen@hunglong.vn',
    });
    expect(account.member.cell.name).toBe(UNNAMED_CELL);
    expect(await h.db.prisma.conversation.findFirstOrThrow()).toMatchObject({
      conversationId,
      cellId: account.member.cellId,
    });
  });

  const activityPosts = () => h.connector.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/activities'));

  it('retries a send refused with 429 when Retry-After says, exactly once', async () => {
    const postsBefore = activityPosts().length;
    const delivered = h.connector.posted.length;
    const { id } = await enqueue(h.db, {
      dedupeKey: outboxKey('test.reminder', conversationId, '2023-12'),
      platform: 'teams',
      recipient: conversationId,
      payload: { kind: 'text', text: 'Nhắc lịch sinh hoạt chi bộ.' },
      now: h.clock.now(),
    });
    h.connector.failNext({ method: 'POST', status: 429, retryAfter: '3' });

    expect(await h.dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    expect(activityPosts().length - postsBefore).toBe(1);
    const waiting = await h.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(waiting.nextAttemptAt.getTime() - h.clock.now().getTime()).toBe(3_000);

    h.clock.advance(2_000);
    expect(await h.dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 0 });
    expect(activityPosts().length - postsBefore).toBe(1);

    h.clock.advance(1_000);
    expect(await h.dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(activityPosts().length - postsBefore).toBe(2);
    expect(h.connector.posted.length - delivered).toBe(1);
    expect(await h.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'sent',
      attempts: 2,
    });

    h.clock.advance(60_000);
    await h.dispatcher.runOnce();
    expect(h.connector.posted.length - delivered).toBe(1);
  });

  it('gives up on a permanent refusal (403: the bot was removed from the team) without retrying', async () => {
    const { id } = await enqueue(h.db, {
      dedupeKey: outboxKey('test.reminder', conversationId, '2024-01'),
      platform: 'teams',
      recipient: conversationId,
      payload: { kind: 'text', text: 'Nhắc lịch.' },
      now: h.clock.now(),
    });
    h.connector.failNext({ method: 'POST', status: 403 });
    expect(await h.dispatcher.runOnce()).toMatchObject({ dead: 1 });
    expect(await h.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'dead',
      attempts: 1,
    });
  });

  it('delivers proactively to the cell conversation and to a member in their personal chat', async () => {
    const member = await h.db.prisma.member.findFirstOrThrow({ where: { role: 'secretary' } });
    const delivery = createDelivery({ db: h.db, renderers: [h.teams.renderer], clock: h.clock });
    const view = {
      type: 'message' as const,
      locale: 'vi' as const,
      tone: 'info' as const,
      title: 'Nhắc lịch',
      text: 'Kỳ sinh hoạt chi bộ bắt đầu lúc 14 giờ 00.',
    };
    expect(await delivery.toCell(member.cellId, view, 'test.reminder', '2023-12-05T07:00')).toMatchObject({
      queued: 1,
    });
    expect(
      await delivery.toMembers(member.cellId, [member.id], () => view, 'test.personal', '2023-12-05T07:00'),
    ).toMatchObject({ queued: 1, unreachable: [] });
    const before = h.connector.posted.length;
    expect(await h.flushOutbox()).toMatchObject({ sent: 2, dead: 0 });
    const sent = h.connector.posted.slice(before);
    expect(sent.map((p) => p.conversationId).sort()).toEqual(
      [conversationId, `a:personal-${secretary.aadObjectId}`].sort(),
    );
    expect(h.connector.createdConversations.at(-1)).toMatchObject({
      isGroup: false,
      members: [{ id: secretary.aadObjectId }],
      channelData: { tenant: { id: scene('').tenantId } },
    });
    expect(sent.every((p) => p.activity['summary'] === 'Nhắc lịch')).toBe(true);
  });
});

describe('the outbox against a failing Bot Connector (real HTTP, manual clock)', () => {
  let h: TeamsHarness;
  let conversations: string[];
  beforeAll(async () => {
    h = await startTeamsHarness();
    const s = scene(h.connector.serviceUrl);
    h.connector.setMembers([secretary]);
    await h.post(botAdded(s, secretary));
    await h.post(execute(s, secretary, 'setup.start', {}));
    await h.flushOutbox();
    // Forty more conversations of the cell, bound with the same reference, so a fan-out is not one chat's queue.
    const bound = await h.db.prisma.conversation.findFirstOrThrow({ where: { conversationId: s.channelId } });
    conversations = Array.from({ length: 40 }, (_, i) => `19:fanout-${i}@thread.tacv2`);
    await h.db.prisma.conversation.createMany({
      data: conversations.map((conversationId) => ({
        platform: 'teams',
        conversationId,
        cellId: bound.cellId,
        reference: bound.reference,
      })),
    });
  });
  afterEach(() => h.connector.injectFaults());
  afterAll(async () => {
    await h?.close();
  });

  /** Queues `count` notices spread over the conversations; returns their texts. */
  const queueNotices = async (tag: string, count: number): Promise<string[]> => {
    const texts = Array.from({ length: count }, (_, i) => `Thông báo ${tag} số ${i}`);
    for (const [i, text] of texts.entries()) {
      const recipient = conversations[i % conversations.length] ?? '';
      await enqueue(h.db, {
        dedupeKey: outboxKey(`test.${tag}`, recipient, String(i)),
        platform: 'teams',
        recipient,
        payload: { kind: 'text', text },
        now: h.clock.now(),
      });
    }
    return texts;
  };

  /** Runs the dispatcher, a second of the manual clock per round, until nothing is pending. */
  const drainOutbox = async (maxRounds: number): Promise<void> => {
    for (let round = 0; round < maxRounds; round += 1) {
      await h.dispatcher.runOnce();
      if ((await h.db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) === 0) return;
      h.clock.advance(1_000);
    }
    throw new Error('the outbox did not drain');
  };

  /** How many times the connector accepted each of `texts`. */
  const receivedCounts = (texts: readonly string[]): number[] => {
    const counts = new Map<string, number>();
    for (const post of h.connector.posted)
      counts.set(String(post.activity['text']), (counts.get(String(post.activity['text'])) ?? 0) + 1);
    return texts.map((text) => counts.get(text) ?? 0);
  };

  it('loses no notice to a 20 s outage answered 503 with Retry-After: 1 (each received exactly once, no dead row)', async () => {
    const texts = await queueNotices('outage', 120);
    h.connector.injectFaults({
      downForMs: 20_000,
      failWith: 503,
      retryAfter: '1',
      clock: () => h.clock.now().getTime(),
    });
    await drainOutbox(400);
    expect(h.connector.faultCounts.failed).toBeGreaterThan(120);
    expect(await h.db.prisma.outboxMessage.count({ where: { status: 'dead' } })).toBe(0);
    expect(receivedCounts(texts).filter((n) => n !== 1)).toEqual([]);
  }, 180_000);

  it('loses no notice when 30 % of 1,000 sends fail at random (connection reset or 503 with Retry-After)', async () => {
    const reset = await queueNotices('reset', 500);
    h.connector.injectFaults({ failureRate: 0.3, seed: 20261203 });
    await drainOutbox(2_000);
    const answered = await queueNotices('status', 500);
    h.connector.injectFaults({ failureRate: 0.3, failWith: 503, retryAfter: '1', seed: 7 });
    await drainOutbox(2_000);
    expect(h.connector.faultCounts.failed).toBeGreaterThan(300);
    expect(await h.db.prisma.outboxMessage.count({ where: { status: 'dead' } })).toBe(0);
    expect(receivedCounts([...reset, ...answered]).filter((n) => n !== 1)).toEqual([]);
  }, 240_000);
});

describe('OUTBOX_RETRY_HOURS', () => {
  let h: TeamsHarness;
  let recipient: string;
  beforeAll(async () => {
    h = await startTeamsHarness({ env: { OUTBOX_RETRY_HOURS: '1' } });
    const s = scene(h.connector.serviceUrl);
    h.connector.setMembers([secretary]);
    await h.post(botAdded(s, secretary));
    await h.post(execute(s, secretary, 'setup.start', {}));
    await h.flushOutbox();
    recipient = s.channelId;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps retrying within the configured horizon and gives up after it', async () => {
    const { id } = await enqueue(h.db, {
      dedupeKey: outboxKey('test.horizon', recipient, '1'),
      platform: 'teams',
      recipient,
      payload: { kind: 'text', text: 'Nhắc lịch' },
      now: h.clock.now(),
    });
    h.connector.injectFaults({ downForMs: 3 * 3_600_000, failWith: 503, clock: () => h.clock.now().getTime() });
    const statusAfter = async (minutes: number): Promise<string> => {
      const until = h.clock.now().getTime() + minutes * 60_000;
      while (h.clock.now().getTime() < until) {
        await h.dispatcher.runOnce();
        h.clock.advance(60_000);
      }
      return (await h.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status;
    };
    expect(await statusAfter(50)).toBe('pending');
    expect(await statusAfter(20)).toBe('dead');
    h.connector.injectFaults();
  }, 120_000);
});
