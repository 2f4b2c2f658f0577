/**
 * Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) and
 * page helpers for the playground, so a browser test reads as the story:
 *
 *   const page = await session.playground(t.url);
 *   await page.actAs(memberId);
 *   await page.send('trợ giúp');
 *   await page.pressCardButton('vote:…', 'Tán thành');
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { recordSkipNotice } from './skip-notices';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-output');

/**
 * `describe` when Chromium is installed. Without it: on CI (env CI set) the
 * block fails; elsewhere it is skipped and the run summary says so loudly.
 */
export function describeWithChromium(title: string, fn: () => void): void {
  if (fs.existsSync(CHROMIUM_PATH)) {
    describe(title, fn);
  } else if (process.env.CI) {
    describe(title, () => {
      it('needs Chromium', () => {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}; CI is set, so browser tests must run (.ci/run installs it).`,
        );
      });
    });
  } else {
    recordSkipNotice('Chromium not found: browser tests did NOT run; .ci/run installs it');
    describe.skip(title, fn);
  }
}

export interface BrowserSession {
  readonly context: BrowserContext;
  /** Uncaught page errors and console errors seen so far (a test should end with none). */
  readonly pageErrors: string[];
  newPage(): Promise<Page>;
  playground(baseUrl: string): Promise<PlaygroundPage>;
  close(): Promise<void>;
}

/** Starts Chromium with a throwaway profile. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const pageErrors: string[] = [];
  const watch = (page: Page): Page => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400)
        pageErrors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    return page;
  };
  const newPage = async (): Promise<Page> => watch(await context.newPage());
  return {
    context,
    pageErrors,
    newPage,
    playground: async (baseUrl) => PlaygroundPage.open(await newPage(), baseUrl),
    close: async () => {
      await context.close();
      await fs.promises.rm(profile, { recursive: true, force: true });
    },
  };
}

/** The playground page, by what a member sees and does. */
export class PlaygroundPage {
  private constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<PlaygroundPage> {
    await page.goto(`${baseUrl}/playground`);
    await page.locator('body[data-ready="true"]').waitFor();
    return new PlaygroundPage(page);
  }

  banner(): Locator {
    return this.page.locator('#dev-banner');
  }

  /** Picks the cell; resolves when its roster is in the "Tôi là" list. */
  async chooseCell(cellId: string): Promise<void> {
    const roster = this.page.waitForResponse((response) =>
      response.url().includes(`/playground/api/cells/${encodeURIComponent(cellId)}/members`),
    );
    await this.page.selectOption('#cell-select', cellId);
    await roster;
  }

  /** Picks "Tôi là": who the page acts as. */
  async actAs(memberId: string): Promise<void> {
    await this.page.locator(`#member-select option[value="${memberId}"]`).waitFor({ state: 'attached' });
    await this.page.selectOption('#member-select', memberId);
    await this.settled();
  }

  /** Waits until no turn is in flight and shared cards have been re-fetched. */
  async settled(): Promise<void> {
    await this.page.locator('#timeline[aria-busy="true"], #timeline[data-refreshing]').waitFor({ state: 'detached' });
  }

  /** Types a message and sends it; resolves when the answer (or the refusal) is in the timeline. */
  async send(text: string): Promise<void> {
    const answered = this.waitForTurn();
    await this.page.fill('#message', text);
    await this.page.click('#send');
    await answered;
    await this.settled();
  }

  botEntries(): Locator {
    return this.page.locator('#timeline .entry--bot');
  }

  /** The timeline entry showing the shared card with this key (the latest one). */
  card(cardKey: string): Locator {
    return this.page.locator(`#timeline .entry[data-card-key="${cardKey}"]`).last();
  }

  /** Presses a button on a rendered Adaptive Card; resolves when the page is idle again. */
  async pressCardButton(cardKey: string, title: string): Promise<void> {
    const answered = this.waitForTurn();
    await this.card(cardKey).getByRole('button', { name: title, exact: true }).click();
    await answered;
    await this.settled();
  }

  /** Resolves when the next POST /playground/api/turn has been answered. */
  waitForTurn(): Promise<unknown> {
    return this.page.waitForResponse(
      (response) => response.url().endsWith('/playground/api/turn') && response.request().method() === 'POST',
    );
  }

  async toggleLanguage(): Promise<void> {
    await this.page.click('#locale-toggle');
    await this.settled();
  }

  /** Saves a full-page screenshot as test-output/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
