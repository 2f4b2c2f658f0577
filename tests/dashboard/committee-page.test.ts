/**
 * The committee page in headless Chromium at a phone's 390 px and a desktop's
 * 1280 px: one row per cell, cells needing attention first, the month-by-month
 * chart in each row, no horizontal overflow; an outsider sees a refusal and no
 * data. Screenshots go to test-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithChromium, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import {
  COMMITTEE_ID,
  OUTSIDER,
  READER,
  startCommitteeServer,
  type CommitteeServer,
} from '../support/committee-server';
import { createTeamsHostRoutes, encodeContext } from './teams-host';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS shared with npm run web:build
const { buildWeb, selectTargets } = require('../../scripts/build-web.js') as {
  buildWeb(targets: unknown): Promise<string[]>;
  selectTargets(names: string[]): unknown;
};

describeWithChromium('committee page', () => {
  let s: CommitteeServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    await buildWeb(selectTargets(['committee']));
    s = await startCommitteeServer([createTeamsHostRoutes('/tab/committee')]);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function open(width: number, url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor();
    return page;
  }

  // Runs in the page; written against a structural type because the test's lib has no DOM.
  const overflow = (page: Page): Promise<number> =>
    page.evaluate(() => {
      const root = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });

  it.each([390, 1280])(
    'shows one row per cell with its chart, attention first, without horizontal overflow at %i px',
    async (width) => {
      const page = await open(width, `${s.links.dashboard(READER, COMMITTEE_ID).url}&period=2026-Q4`);
      expect(await page.getAttribute('body', 'data-state')).toBe('ok');
      await expect(page.locator('#title').textContent()).resolves.toContain('quý IV/2026');
      const rows = page.locator('.cell-row');
      expect(await rows.count()).toBe(7);
      const attention = await rows.evaluateAll((nodes) =>
        nodes.map((n) => (n as unknown as { dataset: Record<string, string> }).dataset['attention']),
      );
      expect(attention).toEqual(['true', 'true', 'true', 'true', 'false', 'false', 'false']);
      expect(await rows.first().locator('rect.bar').count()).toBe(3);
      await expect(rows.first().locator('.reasons').textContent()).resolves.toContain(
        'Không tổ chức sinh hoạt định kỳ',
      );
      expect(await page.locator('#chart rect.bar').count()).toBe(3);
      expect(await page.locator('#downloads a').count()).toBe(2);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `committee-page-${width}.png`), fullPage: true });
      await page.close();
    },
  );

  it('switches to the year: twelve months per row, still no overflow on a phone', async () => {
    const page = await open(390, s.links.dashboard(READER, COMMITTEE_ID).url);
    await expect(page.locator('#title').textContent()).resolves.toContain('năm 2026');
    expect(await page.locator('.cell-row').first().locator('rect.bar').count()).toBe(12);
    await page.locator('#periods a', { hasText: 'Quý IV' }).click();
    await page.locator('body[data-ready="true"]').waitFor();
    await expect(page.locator('#title').textContent()).resolves.toContain('quý IV/2026');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('opens inside a Teams host from the deep link ("committeeId|token" in subPageId)', async () => {
    const token = new URL(s.links.dashboard(READER, COMMITTEE_ID).url).searchParams.get('token') ?? '';
    const ctx = encodeContext({
      theme: 'dark',
      userObjectId: '00000000-0000-0000-0000-000000000009',
      userPrincipalName: 'bithu@longbien.vn',
      chatId: '19:committee@thread.v2',
      entityId: 'committee',
      subEntityId: `${COMMITTEE_ID}|${token}`,
      locale: 'vi-VN',
    });
    const page = await browser.newPage();
    await page.goto(`${s.url}/test-teams-host?ctx=${ctx}`);
    const frame = page.frameLocator('#tab');
    await frame.locator('body[data-ready="true"]').waitFor();
    await expect(frame.locator('body').getAttribute('data-host')).resolves.toBe('teams');
    await expect(frame.locator('body').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(frame.locator('body').getAttribute('data-state')).resolves.toBe('ok');
    expect(await frame.locator('.cell-row').count()).toBe(7);
    await page.close();
  });

  it('refuses an outsider with a message and no data', async () => {
    // Judge this page alone (the Teams stand-in page above has no favicon, a harmless 404).
    browser.pageErrors.splice(0);
    const page = await open(390, s.links.dashboard(OUTSIDER, COMMITTEE_ID).url);
    expect(await page.getAttribute('body', 'data-state')).toBe('denied');
    await expect(page.locator('#notice').textContent()).resolves.toContain('Không được phép');
    expect(await page.locator('.cell-row').count()).toBe(0);
    await page.close();
    // The page's own 403 is expected here, and teams-js outside Teams asks its CDN for valid domains (blocked by the
    // tab's CSP, as on the cell page); nothing else went wrong.
    expect(browser.pageErrors.filter((e) => !e.includes('403') && !e.includes('teams-js/validDomains'))).toEqual([]);
  });
});
