/**
 * The playground in headless Chromium against a real app on loopback with a
 * fresh SQLite file and the demo cell: the page a newcomer sees first.
 */
import { DEMO_CELL_ID } from '../../src/features/demo/seed';
import { describeWithChromium, launchBrowser, type BrowserSession } from '../support/browser';
import { startTestApp, type TestApp } from '../support/app';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS shared with npm run web:build
const { buildWeb, selectTargets } = require('../../scripts/build-web.js') as {
  buildWeb(targets: unknown): Promise<string[]>;
  selectTargets(names: string[]): unknown;
};

describeWithChromium('playground page in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    // Test the page as it is in the source tree, not a stale bundle.
    await buildWeb(selectTargets(['playground']));
    t = await startTestApp({ seedDemo: true });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the development banner, lets you pick a member, and answers a message', async () => {
    const page = await browser.playground(t.url);
    await expect(page.banner().textContent()).resolves.toContain(
      'Môi trường thử nghiệm (playground) — chỉ dùng khi phát triển, không dùng cho sinh hoạt thật',
    );
    await expect(page.page.locator('#cell-select').inputValue()).resolves.toBe(DEMO_CELL_ID);

    const secretary = page.page.locator('#member-select option').nth(1);
    // The list shows the name alone, which a phone's closed list shows whole; the line under it says the rest.
    await expect(secretary.textContent()).resolves.toBe('Nguyễn Văn Hùng');
    await page.actAs((await secretary.getAttribute('value')) ?? '');
    await expect(page.page.locator('#member-details').textContent()).resolves.toBe(
      'Đang đóng vai: Nguyễn Văn Hùng — chính thức · Bí thư',
    );

    await page.send('trợ giúp');
    const reply = page.botEntries().last();
    await expect(reply.locator('.ac-adaptiveCard, .entry__text').count()).resolves.toBeGreaterThan(0);
    await expect(reply.innerText()).resolves.not.toBe('');
    await expect(page.page.locator('#timeline .entry--me').last().innerText()).resolves.toContain('trợ giúp');

    await page.screenshot('playground-vi');
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps the timeline across a reload and switches the interface to English', async () => {
    const page = await browser.playground(t.url);
    // Same browser profile, new tab: sessionStorage is per tab, so this one starts empty.
    await expect(page.page.locator('#timeline .entry').count()).resolves.toBe(0);
    const member = page.page.locator('#member-select option').nth(2);
    await page.actAs((await member.getAttribute('value')) ?? '');
    await page.send('help');
    await page.page.reload();
    await page.page.locator('body[data-ready="true"]').waitFor();
    await expect(page.botEntries().count()).resolves.toBeGreaterThan(0);

    await page.toggleLanguage();
    await expect(page.banner().textContent()).resolves.toContain('Playground — for development only');
    await expect(page.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.page.locator('#locale-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.screenshot('playground-en');
    expect(browser.pageErrors).toEqual([]);
  });

  it('lets a member tap Tán thành on a vote card, stores the ballot and re-renders the card per member', async () => {
    const page = await browser.playground(t.url);
    await page.actAs('demo-m01'); // the demo secretary opens the roll call, then a vote
    await page.send('điểm danh');
    await page.send('biểu quyết Thông qua nghị quyết tháng 9');
    const motion = await t.db.prisma.motion.findFirstOrThrow({ where: { status: 'open' } });
    const voteCard = `vote:${motion.id}`;

    await page.actAs('demo-m04');
    await page.send('có mặt'); // only members recorded present vote
    await page.pressCardButton(voteCard, 'Tán thành');
    const ballots = await t.db.prisma.ballot.findMany({ where: { motionId: motion.id } });
    expect(ballots.map((ballot) => [ballot.memberId, ballot.choice])).toEqual([['demo-m04', 'approve']]);
    await expect(page.card(voteCard).innerText()).resolves.toContain('Đồng chí đã biểu quyết');

    // Another member sees the shared card without that personal line.
    await page.actAs('demo-m05');
    await expect(page.card(voteCard).innerText()).resolves.not.toContain('Đồng chí đã biểu quyết');
    await page.screenshot('playground-vote');
    expect(browser.pageErrors).toEqual([]);
  });
});
