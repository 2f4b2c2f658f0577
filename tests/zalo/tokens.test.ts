/**
 * Token rotation against the stand-in OAuth endpoint: a -216 answer costs one
 * refresh and one retry, the new refresh token is in the database before the
 * new access token is used, two refreshes at once make one OAuth call; and
 * the transport's choices (transaction template outside the 7-day window, -32
 * holding back the whole platform).
 */
import { describeEachDatabaseKind } from '../support/databases';
import { ZALO_PATHS } from '../../src/channels/zalo/client';
import { TransportError } from '../../src/outbox/types';
import { startZaloHarness, type ZaloHarness } from './harness';
import { linkDirectly, seedZaloCell, type ZaloCell } from './setup';

describeEachDatabaseKind('Zalo tokens and transport', (database) => {
  let h: ZaloHarness;
  let c: ZaloCell;

  beforeEach(async () => {
    h = await startZaloHarness(database);
    c = await seedZaloCell(h);
    await linkDirectly(h, c.official1, c.users.official1);
  });
  afterEach(async () => h.close());

  const send = (text: string) => h.zalo.transport.send(c.users.official1, { kind: 'text', text });

  it('refreshes before the first call, and stores the new refresh token before the new access token is used', async () => {
    const seen: { accessToken: string; storedRefresh: string | undefined }[] = [];
    h.standIn.onApiCall(async ({ accessToken }) => {
      seen.push({
        accessToken,
        storedRefresh: (await h.db.prisma.zaloToken.findUnique({ where: { id: 'oa' } }))?.refreshToken,
      });
    });
    await send('một');
    expect(h.standIn.oauthCalls).toEqual([
      { refreshToken: 'RT-0', appId: expect.any(String), secretKey: 'stand-in-app-secret', ok: true },
    ]);
    expect(seen).toEqual([{ accessToken: 'AT-1', storedRefresh: 'RT-1' }]);
  });

  it('on -216 refreshes exactly once and retries exactly once', async () => {
    await send('một');
    h.standIn.failNext({ path: ZALO_PATHS.cs, error: -216 });
    await send('hai');
    expect(h.standIn.oauthCalls.filter((call) => call.ok)).toHaveLength(2);
    const calls = h.standIn.calls.filter((call) => (call.body['message'] as { text?: string }).text === 'hai');
    expect(calls.map((call) => [call.accessToken, call.error])).toEqual([
      ['AT-1', -216],
      ['AT-3', 0],
    ]);
    expect((await h.db.prisma.zaloToken.findUniqueOrThrow({ where: { id: 'oa' } })).refreshToken).toBe('RT-3');
  });

  it('a second -216 after the retry is a retryable transport error, not a loop', async () => {
    await send('một');
    h.standIn.failNext({ path: ZALO_PATHS.cs, error: -216, times: 2 });
    await expect(send('hai')).rejects.toMatchObject({ name: 'TransportError', retryable: true });
    expect(h.standIn.oauthCalls).toHaveLength(2);
  });

  it('makes one OAuth call for two refreshes at once (also across two channel instances)', async () => {
    h.standIn.setOAuthDelay(200);
    const { createZaloChannel } = await import('../../src/channels/zalo');
    const { silentLogger } = await import('../support/turns');
    const other = createZaloChannel({
      config: h.config,
      db: h.db,
      bot: h.bot,
      clock: h.clock,
      logger: silentLogger,
      instanceId: 'other-instance',
    });
    await Promise.all([
      send('một'),
      send('hai'),
      other.transport.send(c.users.official1, { kind: 'text', text: 'ba' }),
    ]);
    expect(h.standIn.oauthCalls).toHaveLength(1);
    expect(h.standIn.sent()).toHaveLength(3);
  });

  it('sends a transaction template when the 7-day window is closed, and when Zalo answers -230', async () => {
    h.clock.advance(8 * 24 * 3_600_000);
    await send('nhắc lịch');
    expect(h.standIn.sent().at(-1)?.path).toBe(ZALO_PATHS.transaction);
    await h.db.prisma.zaloThread.update({
      where: { threadId: `user:${c.users.official1}` },
      data: { lastInteractionAt: h.clock.now() },
    });
    h.standIn.failNext({ path: ZALO_PATHS.cs, error: -230 });
    await send('nhắc lịch lần hai');
    expect(h.standIn.calls.slice(-2).map((call) => [call.path, call.error])).toEqual([
      [ZALO_PATHS.cs, -230],
      [ZALO_PATHS.transaction, 0],
    ]);
  });

  it('maps -32 to a platform-wide rate limit and -403 to a permanent failure', async () => {
    await send('một');
    h.standIn.failNext({ error: -32 });
    const limited = await send('hai').catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(TransportError);
    expect(limited).toMatchObject({ scope: 'platform', retryable: true, retryAfterMs: 60_000 });
    h.standIn.failNext({ error: -403 });
    const lost = await h.zalo.transport
      .send('group:7777', { kind: 'text', text: 'nhóm' })
      .catch((error: unknown) => error);
    expect(lost).toMatchObject({ retryable: false });
  });
});
