/**
 * The webhook's gate, over HTTP: every signature variant Zalo's docs allow is
 * accepted; a forged signature, another app id, a stale timestamp and a
 * replayed msg_id leave nothing stored; user_withdraw deletes the link.
 */
import { describeEachDatabaseKind } from '../support/databases';
import { startZaloHarness, OA_ID, type ZaloHarness } from './harness';
import { linkDirectly, seedZaloCell, type ZaloCell } from './setup';

describeEachDatabaseKind('the Zalo webhook gate', (database) => {
  let h: ZaloHarness;
  let c: ZaloCell;

  beforeAll(async () => {
    h = await startZaloHarness(database);
    c = await seedZaloCell(h);
    await linkDirectly(h, c.official1, c.users.official1);
  });
  afterAll(async () => h.close());

  const text = (msgId: string) => ({
    event_name: 'user_send_text',
    sender: { id: c.users.official1 },
    recipient: { id: OA_ID },
    message: { text: 'trợ giúp', msg_id: msgId },
  });
  const stored = () => h.db.prisma.zaloWebhookEvent.count();

  it('accepts the timestamp from the body or a header, with or without a mac= prefix, and answers within 2 s', async () => {
    for (const [i, signature] of (['body', 'header', 'mac-prefix'] as const).entries()) {
      const { status, ms } = await h.webhook(text(`variant-${i}`), { signature });
      expect({ signature, status }).toEqual({ signature, status: 200 });
      expect(ms).toBeLessThan(2_000);
    }
    expect(await stored()).toBe(3);
  });

  it('refuses a forged or missing signature, another app id and a stale timestamp, storing nothing', async () => {
    const before = await stored();
    expect((await h.webhook(text('forged'), { signature: 'forged' })).status).toBe(401);
    expect((await h.webhook(text('unsigned'), { signature: 'none' })).status).toBe(401);
    expect((await h.webhook(text('other-app'), { appId: '1234' })).status).toBe(403);
    expect((await h.webhook(text('stale'), { timestamp: h.clock.now().getTime() - 301_000 })).status).toBe(401);
    expect((await h.webhook(text('future'), { timestamp: h.clock.now().getTime() + 600_000 })).status).toBe(401);
    expect(await stored()).toBe(before);
    expect(await h.db.prisma.outboxMessage.count()).toBe(0);
  });

  it('stores a replayed msg_id once and answers it once', async () => {
    expect((await h.webhook(text('replayed'))).status).toBe(200);
    expect((await h.webhook(text('replayed'))).status).toBe(200);
    h.clock.advance(30_000);
    expect((await h.webhook(text('replayed'))).status).toBe(200);
    expect(await h.db.prisma.zaloWebhookEvent.count({ where: { dedupeKey: 'msg:replayed' } })).toBe(1);
    await h.settle();
    const answers = await h.db.prisma.outboxMessage.count({
      where: { dedupeKey: { contains: 'zalo.reply' }, recipient: c.users.official1 },
    });
    expect(answers).toBe(4); // one help answer for each of the three variants above and one for the replayed message
  });

  it('deletes the Zalo link on user_withdraw and keeps the party record', async () => {
    expect(
      (await h.webhook({ event_name: 'user_withdraw', sender: { id: c.users.official1 }, recipient: { id: OA_ID } }))
        .status,
    ).toBe(200);
    await h.settle();
    expect(await h.db.prisma.channelAccount.count({ where: { platformUserId: c.users.official1 } })).toBe(0);
    expect(await h.db.prisma.member.count({ where: { id: c.official1.id } })).toBe(1);
    expect(await h.db.prisma.zaloThread.count({ where: { threadId: `user:${c.users.official1}` } })).toBe(0);
  });
});
