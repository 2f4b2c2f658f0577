/**
 * The dashboard tab in headless Chromium: outside Teams through the signed
 * link, inside a stand-in Teams host (teams-js context simulated), and a
 * member's link refused with no data. Screenshots go to test-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { signLink } from '../../src/web/signed-links';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import type { DocumentLinks } from '../../src/features/minutes/document-links';
import { startTestApp, createTestClock, type TestApp } from '../support/app';
import { describeWithChromium, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { holdSeedMeeting, type SeedMeeting } from '../exports/seed-meeting';
import { createTeamsHostRoutes, encodeContext } from './teams-host';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS shared with npm run web:build
const { buildWeb, selectTargets } = require('../../scripts/build-web.js') as {
  buildWeb(targets: unknown): Promise<string[]>;
  selectTargets(names: string[]): unknown;
};

describeWithChromium('dashboard tab', () => {
  let t: TestApp;
  let seed: SeedMeeting;
  let links: DocumentLinks;
  let browser: BrowserSession;

  beforeAll(async () => {
    await buildWeb(selectTargets(['tab']));
    const clock = createTestClock('2023-12-10T03:00:00Z');
    const secret = 'test-secret-for-dashboard-links-0123456789';
    t = await startTestApp({ clock, env: { LINK_SIGNING_SECRET: secret }, routes: [createTeamsHostRoutes()] });
    // The app serves the dashboard with its own routes; the test signs links with the same secret.
    links = createDocumentLinks({ secret, baseUrl: () => t.url, clock });
    seed = await holdSeedMeeting(t.db);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const shot = async (page: import('playwright-core').Page, name: string): Promise<void> => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };

  it('shows the secretary the meetings, the chart, the cards and the downloads through the signed link', async () => {
    const page = await browser.newPage();
    await page.goto(links.dashboard(seed.secretary.id, seed.cellId).url);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.getAttribute('body', 'data-state')).toBe('ok');
    expect(await page.getAttribute('body', 'data-host')).toBe('browser');
    await expect(page.locator('#title').textContent()).resolves.toContain(
      'Chi bộ Công đoàn Công ty Cổ phần May Hưng Long',
    );
    expect(await page.locator('#chart rect.bar').count()).toBe(2);
    expect(await page.locator('#cards .ac-adaptiveCard').count()).toBe(2);
    await expect(page.locator('#cards').textContent()).resolves.toContain('49/49');
    expect(await page.locator('#meetings tbody tr').count()).toBe(2);
    await expect(page.locator('#downloads a').first().textContent()).resolves.toContain('năm 2023');
    await shot(page, 'dashboard-signed-link');
    const minutesUrl = await page.locator('#meetings tbody tr a').first().getAttribute('href');
    const download = await fetch(minutesUrl ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('bien-ban-2023-12.docx');
    await page.close();
  });

  it('reads the Teams context (theme, user, conversation) inside a Teams host and uses the deep link token', async () => {
    const token = new URL(links.dashboard(seed.secretary.id, seed.cellId).url).searchParams.get('token') ?? '';
    const ctx = encodeContext({
      theme: 'dark',
      userObjectId: '00000000-0000-0000-0000-000000000001',
      userPrincipalName: 'ha.nguyen@hunglong.vn',
      chatId: '19:chibo-hunglong@thread.v2',
      entityId: 'dashboard',
      subEntityId: token,
      locale: 'vi-VN',
    });
    const page = await browser.newPage();
    await page.goto(`${t.url}/test-teams-host?ctx=${ctx}`);
    const frame = page.frameLocator('#tab');
    await frame.locator('body[data-ready="true"]').waitFor();
    await expect(frame.locator('body').getAttribute('data-host')).resolves.toBe('teams');
    await expect(frame.locator('body').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(frame.locator('body').getAttribute('data-state')).resolves.toBe('ok');
    await expect(frame.locator('#host').textContent()).resolves.toContain('19:chibo-hunglong@thread.v2');
    expect(await page.evaluate(() => (globalThis as unknown as { hostLog: string[] }).hostLog)).toEqual(
      expect.arrayContaining(['initialize', 'getContext']),
    );
    await shot(page, 'dashboard-in-teams');
    await page.close();
  });

  it('asks for the bot’s link inside Teams when the context carries no token (the context is not proof of identity)', async () => {
    const ctx = encodeContext({
      theme: 'default',
      userObjectId: 'x',
      userPrincipalName: 'a@b.vn',
      chatId: '19:c',
      entityId: 'dashboard',
      locale: 'vi-VN',
    });
    const page = await browser.newPage();
    await page.goto(`${t.url}/test-teams-host?ctx=${ctx}`);
    const frame = page.frameLocator('#tab');
    await frame.locator('body[data-ready="true"]').waitFor();
    await expect(frame.locator('body').getAttribute('data-state')).resolves.toBe('no-token');
    await expect(frame.locator('#notice').textContent()).resolves.toContain('bảng điều khiển');
    await page.close();
  });

  it('refuses a member’s link: 403 and no data, on the page and on the downloads', async () => {
    const member = seed.members[20]!;
    const token = signLink(
      t.config.linkSigningSecret,
      { purpose: 'dashboard', memberId: member.id, subjectId: seed.cellId },
      t.clock.now(),
      3600_000,
    );
    const api = await fetch(`${t.url}/tab/api/dashboard`, { headers: { Authorization: `Bearer ${token}` } });
    expect(api.status).toBe(403);
    const body = (await api.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['error']);
    expect(JSON.stringify(body)).not.toContain('Hưng Long');
    const minutes = signLink(
      t.config.linkSigningSecret,
      { purpose: 'minutes', memberId: member.id, subjectId: seed.meetingId },
      t.clock.now(),
      3600_000,
    );
    expect((await fetch(`${t.url}/links/minutes/${minutes}`)).status).toBe(403);
    const page = await browser.newPage();
    await page.goto(`${t.url}/tab?token=${encodeURIComponent(token)}`);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.getAttribute('body', 'data-state')).toBe('denied');
    await expect(page.locator('#notice').textContent()).resolves.toContain('Không được phép');
    expect(await page.locator('#content').isHidden()).toBe(true);
    await shot(page, 'dashboard-member-refused');
    await page.close();
    browser.pageErrors.splice(0);
  });

  it('refuses forged, expired and wrong-purpose links', async () => {
    const good = signLink(
      t.config.linkSigningSecret,
      { purpose: 'dashboard', memberId: seed.secretary.id, subjectId: seed.cellId },
      t.clock.now(),
      60_000,
    );
    const expired = signLink(
      t.config.linkSigningSecret,
      { purpose: 'dashboard', memberId: seed.secretary.id, subjectId: seed.cellId },
      new Date('2023-01-01T00:00:00Z'),
      60_000,
    );
    const call = (token: string) =>
      fetch(`${t.url}/tab/api/dashboard?token=${encodeURIComponent(token)}`).then((r) => r.status);
    expect(await call(good)).toBe(200);
    expect(await call(`${good.slice(0, -2)}xx`)).toBe(401);
    expect(await call(expired)).toBe(410);
    expect((await fetch(`${t.url}/links/export/${good}`)).status).toBe(401);
    expect((await fetch(`${t.url}/tab/api/dashboard`)).status).toBe(401);
  });
});
