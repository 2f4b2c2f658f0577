/**
 * A whole month in the playground on a phone (390×844, and 360 and 414 wide,
 * and the 1280 px desktop): after every step the page must not scroll sideways
 * and no button title or text may be cut. Screenshots: test-output/screenshots/phone/playground-*.png.
 */
import type { Locator } from 'playwright-core';
import { describeWithChromium, launchBrowser, type BrowserSession, type PlaygroundPage } from '../support/browser';
import { startTestApp, type TestApp } from '../support/app';
import { createCommittee } from '../../src/features/committees/manage-committees';
import {
  DESKTOP_WIDTH,
  elementScreenshot,
  fontFamilies,
  liftTimelineCap,
  phoneFitProblems,
  phoneScreenshot,
  PHONE_HEIGHT,
  PHONE_WIDTHS,
} from '../support/phone-fit';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS shared with npm run web:build
const { buildWeb, selectTargets } = require('../../scripts/build-web.js') as {
  buildWeb(targets: unknown): Promise<string[]>;
  selectTargets(names: string[]): unknown;
};

const SECRETARY = 'demo-m01';
const OFFICIALS = ['demo-m04', 'demo-m05', 'demo-m06', 'demo-m07', 'demo-m09', 'demo-m10'];
const PROBATIONARY = 'demo-m12';
const NOT_CHECKED_IN = 'demo-m02'; // the deputy secretary, who has not answered the roll call

describeWithChromium('the playground on a phone', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let page: PlaygroundPage;

  beforeAll(async () => {
    await buildWeb(selectTargets(['playground', 'tab']));
    t = await startTestApp({ seedDemo: true });
    browser = await launchBrowser();
    page = await browser.playground(t.url);
    await page.page.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const lastEntry = (): Locator => page.page.locator('#timeline .entry').last();

  /** The latest card whole (the timeline's scroll lifted for the shot), then the phone's view; then the fit at every width. */
  async function expectFits(step: string, entry: Locator = lastEntry()): Promise<void> {
    await liftTimelineCap(page.page, true);
    await elementScreenshot(entry, `playground-${step}-card`);
    await liftTimelineCap(page.page, false);
    await entry.scrollIntoViewIfNeeded();
    await phoneScreenshot(page.page, `playground-${step}`);
    expect(await phoneFitProblems(page.page, undefined, [...PHONE_WIDTHS, DESKTOP_WIDTH])).toEqual([]);
  }

  async function openShowCard(card: Locator, title: string): Promise<void> {
    await card.getByRole('button', { name: title, exact: true }).click();
  }

  it('fits the help card, and the help lists the commands in one readable font', async () => {
    await page.actAs(SECRETARY);
    await page.send('trợ giúp');
    const help = lastEntry();
    await expect(help.innerText()).resolves.toContain('bế mạc');
    const fonts = await fontFamilies(help.locator('.ac-richTextBlock span'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => /mono/i.test(font))).toEqual([]);
    await expectFits('help');
  });

  it('fits the new-meeting form the secretary fills in', async () => {
    await page.send('họp mới');
    await expect(lastEntry().locator('input, textarea, select').count()).resolves.toBeGreaterThan(3);
    await expectFits('meeting-form');
  });

  it('fits the settings card, whose committee choice shows long committee names whole', async () => {
    await createCommittee(t.db, { name: 'Đảng bộ Khối Doanh nghiệp và Sự nghiệp quận Long Biên, thành phố Hà Nội' });
    await createCommittee(t.db, { name: 'Đảng bộ phường An Dương' });
    await page.send('cài đặt');
    const form = lastEntry();
    await expect(form.innerText()).resolves.toContain(
      'Đảng bộ Khối Doanh nghiệp và Sự nghiệp quận Long Biên, thành phố Hà Nội',
    );
    await expectFits('settings');
  });

  it('fits the notice card and its answers (attend, online at a venue, excused with a reason)', async () => {
    await page.send('thông báo');
    const notice = page.card('notice:demo-meeting-next');
    await expect(notice.innerText()).resolves.toContain('THÔNG BÁO');
    await expectFits('notice', notice);

    await page.actAs(OFFICIALS[0]!);
    await page.pressCardButton('notice:demo-meeting-next', 'Tham dự');
    await page.actAs(OFFICIALS[1]!);
    await openShowCard(page.card('notice:demo-meeting-next'), 'Tham dự trực tuyến');
    await expectFits('notice-online', page.card('notice:demo-meeting-next'));
    await page.card('notice:demo-meeting-next').getByRole('radio').last().check();
    await page.pressCardButton('notice:demo-meeting-next', 'Xác nhận');
    await page.actAs(OFFICIALS[2]!);
    await openShowCard(page.card('notice:demo-meeting-next'), 'Xin vắng');
    await page
      .card('notice:demo-meeting-next')
      .locator('textarea')
      .fill('Đi công tác tại Nhà máy Đà Nẵng theo kế hoạch của công ty');
    await expectFits('notice-excused', page.card('notice:demo-meeting-next'));
    await page.pressCardButton('notice:demo-meeting-next', 'Gửi lý do');
    await expect(page.card('notice:demo-meeting-next').innerText()).resolves.toContain('Xin vắng');
    await expectFits('notice-answered', page.card('notice:demo-meeting-next'));
  });

  it('fits the roll call card, before and after members check in', async () => {
    await page.actAs(SECRETARY);
    await page.send('điểm danh');
    await expectFits('rollcall');
    for (const member of [SECRETARY, ...OFFICIALS, PROBATIONARY]) {
      await page.actAs(member);
      await page.send('có mặt');
    }
    await expectFits('rollcall-checked-in', page.page.locator('#timeline .entry[data-card-key^="rollcall:"]').last());
  });

  it('fits the vote card for an official, a probationary member and the chair, then the results', async () => {
    await page.actAs(SECRETARY);
    await page.send('biểu quyết Thông qua nghị quyết tháng 9');
    const motion = await t.db.prisma.motion.findFirstOrThrow({ where: { status: 'open' } });
    const voteCard = `vote:${motion.id}`;
    await expectFits('vote-chair', page.card(voteCard));

    await page.actAs(OFFICIALS[0]!);
    await page.pressCardButton(voteCard, 'Tán thành');
    await page.actAs(OFFICIALS[1]!);
    await page.pressCardButton(voteCard, 'Không tán thành');
    await page.actAs(OFFICIALS[2]!);
    await openShowCard(page.card(voteCard), 'Ý kiến khác');
    await expectFits('vote-other', page.card(voteCard));
    await page.actAs(PROBATIONARY);
    await expectFits('vote-probationary', page.card(voteCard));
    await page.actAs(NOT_CHECKED_IN);
    await expect(page.card(voteCard).getByRole('button', { name: 'Có mặt', exact: true }).count()).resolves.toBe(1);
    await expectFits('vote-not-checked-in', page.card(voteCard));

    await page.actAs(SECRETARY);
    await page.send('kết thúc biểu quyết');
    await expect(lastEntry().innerText()).resolves.toContain('Kết quả biểu quyết');
    await expectFits('vote-results');
    await expectFits('vote-closed', page.card(voteCard));
  });

  it('fits the summary and the document buttons', async () => {
    await page.send('bế mạc');
    await expect(lastEntry().innerText()).resolves.toContain('TÓM TẮT');
    await expectFits('summary');
    await page.send('biên bản');
    await expect(lastEntry().getByRole('link', { name: 'Tải biên bản (.docx)' }).count()).resolves.toBe(1);
    await expectFits('documents');
    await page.page.setViewportSize({ width: DESKTOP_WIDTH, height: 800 });
    await phoneScreenshot(page.page, 'playground-documents-1280');
    await page.page.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT });
  });

  it('fits the dashboard the secretary opens from the playground', async () => {
    await page.send('bảng điều khiển');
    await expectFits('dashboard-link');
    const opened = browser.context.waitForEvent('page');
    await lastEntry().getByRole('link', { name: 'Mở bảng theo dõi' }).click();
    const dashboard = await opened;
    await dashboard.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT });
    await dashboard.locator('body[data-ready="true"]').waitFor();
    expect(await dashboard.getAttribute('body', 'data-state')).toBe('ok');
    await phoneScreenshot(dashboard, 'dashboard');
    expect(await phoneFitProblems(dashboard)).toEqual([]);
    await dashboard.close();
    expect(browser.pageErrors).toEqual([]);
  });

  it('fits the whole month in English too', async () => {
    await page.toggleLanguage();
    await expect(page.page.locator('#timeline').innerText()).resolves.toContain('Approve');
    await phoneScreenshot(page.page, 'playground-english');
    expect(await phoneFitProblems(page.page, undefined, [...PHONE_WIDTHS, DESKTOP_WIDTH])).toEqual([]);
    await page.toggleLanguage();
  });
});
