/**
 * The secretary sees the cell's dead outbox rows on the dashboard (the JSON
 * over HTTP, and the panel in headless Chromium); the deputy does not, nor
 * rows of another cell; an empty list hides the panel.
 */
import { signLink } from '../../src/web/signed-links';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import { enqueue, outboxKey } from '../../src/outbox/enqueue';
import { startTestApp, createTestClock, type TestApp } from '../support/app';
import { describeWithChromium, launchBrowser, type BrowserSession } from '../support/browser';
import { holdSeedMeeting, type SeedMeeting } from '../exports/seed-meeting';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS shared with npm run web:build
const { buildWeb, selectTargets } = require('../../scripts/build-web.js') as {
  buildWeb(targets: unknown): Promise<string[]>;
  selectTargets(names: string[]): unknown;
};

interface Undelivered {
  count: number;
  retryCommand: string;
  rows: { id: string; channel: string; preview: string; error: string }[];
}

describeWithChromium('dashboard: messages the bot could not deliver', () => {
  let t: TestApp;
  let seed: SeedMeeting;
  let browser: BrowserSession;
  const secret = 'test-secret-for-dashboard-links-0123456789';

  beforeAll(async () => {
    await buildWeb(selectTargets(['tab']));
    t = await startTestApp({ clock: createTestClock('2023-12-10T03:00:00Z'), env: { LINK_SIGNING_SECRET: secret } });
    seed = await holdSeedMeeting(t.db);
    browser = await launchBrowser();
    const other = await t.db.prisma.cell.create({ data: { name: 'Chi bộ Khác', parentOrganisation: 'Đảng bộ khác' } });
    await t.db.prisma.conversation.createMany({
      data: [
        { platform: 'teams', conversationId: '19:hunglong@thread.v2', cellId: seed.cellId },
        { platform: 'teams', conversationId: '19:other@thread.v2', cellId: other.id },
      ],
    });
    const dead = async (recipient: string, text: string): Promise<void> => {
      const { id } = await enqueue(t.db, {
        dedupeKey: outboxKey('test.notice', recipient, text),
        platform: 'teams',
        recipient,
        payload: { kind: 'text', text },
        now: t.clock.now(),
      });
      await t.db.prisma.outboxMessage.update({
        where: { id },
        data: { status: 'dead', lastError: '503 connector down (still failing 6 h after the first failure)' },
      });
    };
    await dead('19:hunglong@thread.v2', 'Thông báo sinh hoạt chi bộ tháng 12/2023');
    await dead('19:other@thread.v2', 'Tin của chi bộ khác');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const dashboardOf = async (memberId: string): Promise<{ undelivered: Undelivered | null }> => {
    const token = signLink(secret, { purpose: 'dashboard', memberId, subjectId: seed.cellId }, t.clock.now(), 3600_000);
    const response = await fetch(`${t.url}/tab/api/dashboard`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as { undelivered: Undelivered | null };
  };

  it('gives the secretary the cell’s dead rows and the command that sends them again, and the deputy nothing', async () => {
    const { undelivered } = await dashboardOf(seed.secretary.id);
    expect(undelivered).toMatchObject({
      count: 1,
      retryCommand: `npm run cli -- outbox retry --all-dead --cell ${seed.cellId}`,
    });
    expect(undelivered?.rows).toEqual([
      expect.objectContaining({
        channel: 'Teams',
        preview: 'Thông báo sinh hoạt chi bộ tháng 12/2023',
        error: expect.stringContaining('6 h') as unknown,
      }),
    ]);
    expect(JSON.stringify(undelivered)).not.toContain('chi bộ khác');
    expect((await dashboardOf(seed.deputy.id)).undelivered).toBeNull();
  });

  it('shows them on the page in a panel, hidden once nothing is left', async () => {
    const links = createDocumentLinks({ secret, baseUrl: () => t.url, clock: t.clock });
    const page = await browser.newPage();
    await page.goto(links.dashboard(seed.secretary.id, seed.cellId).url);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#undelivered').isVisible()).toBe(true);
    await expect(page.locator('#undelivered-rows').textContent()).resolves.toContain(
      'Thông báo sinh hoạt chi bộ tháng 12/2023',
    );
    await expect(page.locator('#undelivered-summary').textContent()).resolves.toContain('outbox retry --all-dead');
    await t.db.prisma.outboxMessage.updateMany({ where: { status: 'dead' }, data: { status: 'sent' } });
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#undelivered').isHidden()).toBe(true);
    await page.close();
  });
});
