/**
 * The committee report's chat card rendered by the adaptivecards renderer in
 * Chromium, in a 390 px wide column (a phone's Teams chat): nothing wider than
 * the column, every button title shown whole. Screenshot in test-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { committeeReportCard } from '../../src/cards/committee-report-card';
import { describeWithChromium, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { committeeReportFixture } from '../support/committee-report-fixture';

const RENDERER = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');
const LINKS = {
  xlsx: 'https://chibo.example.vn/x.xlsx',
  docx: 'https://chibo.example.vn/x.docx',
  dashboard: 'https://chibo.example.vn/tab/committee',
};

interface Measured {
  readonly column: number;
  readonly widest: number;
  readonly clippedButtons: string[];
}

describeWithChromium('committee report card at 390 px', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => browser?.close());

  it.each(['vi', 'en'] as const)('fits a 390 px column (%s)', async (locale) => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    const card = committeeReportCard(committeeReportFixture(), locale, LINKS);
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0;font-family:sans-serif"><div id="host" style="width:390px"></div><script>${RENDERER}</script></body>`,
    );
    const measured = await page.evaluate(
      (json): Measured => {
        // Runs in the page: the UMD bundle defined `AdaptiveCards`; typed structurally (the test's lib has no DOM).
        type Box = {
          scrollWidth: number;
          clientWidth: number;
          textContent: string | null;
          getBoundingClientRect(): { right: number };
        };
        const g = globalThis as unknown as {
          AdaptiveCards: {
            AdaptiveCard: new () => { hostConfig: unknown; parse(j: unknown): void; render(): unknown };
            HostConfig: new (o: object) => unknown;
          };
          document: {
            getElementById(id: string): { appendChild(n: unknown): void; getBoundingClientRect(): { right: number } };
            querySelectorAll(s: string): Iterable<Box>;
          };
        };
        const c = new g.AdaptiveCards.AdaptiveCard();
        c.hostConfig = new g.AdaptiveCards.HostConfig({
          fontFamily: 'sans-serif',
          actions: { maxActions: 6, actionsOrientation: 'horizontal', buttonSpacing: 8 },
        });
        c.parse(json);
        const host = g.document.getElementById('host');
        host.appendChild(c.render());
        const column = host.getBoundingClientRect().right;
        const widest = Math.max(
          ...[...g.document.querySelectorAll('#host *')].map((n) => n.getBoundingClientRect().right),
        );
        const clippedButtons = [...g.document.querySelectorAll('#host button')]
          .filter((b) => b.scrollWidth > b.clientWidth + 1)
          .map((b) => b.textContent ?? '');
        return { column, widest, clippedButtons };
      },
      card as unknown as Record<string, unknown>,
    );
    expect(measured.widest).toBeLessThanOrEqual(measured.column + 0.5);
    expect(measured.clippedButtons).toEqual([]);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `committee-card-390-${locale}.png`), fullPage: true });
    await page.close();
  });
});
