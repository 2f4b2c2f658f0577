/**
 * The signed Zalo answer pages on a phone (390×844, 360 and 414 wide): the
 * notice, the roll call and the vote, before and after an answer, must not
 * scroll sideways nor cut a button. Screenshots: test-output/screenshots/phone/zalo-*.png.
 */
import type { Page } from 'playwright-core';
import { answerLink } from '../../src/channels/zalo/render';
import type { Question } from '../../src/channels/zalo/questions';
import { describeWithChromium, launchBrowser, type BrowserSession } from '../support/browser';
import { fontFamilies, phoneFitProblems, phoneScreenshot, PHONE_HEIGHT, PHONE_WIDTHS } from '../support/phone-fit';
import { expectOk, playgroundTurn, asPlayground } from '../support/turns';
import { startZaloHarness, type ZaloHarness } from '../zalo/harness';
import { createMeeting, linkDirectly, seedZaloCell, type ZaloCell } from '../zalo/setup';

describeWithChromium('the Zalo answer pages on a phone', () => {
  let h: ZaloHarness;
  let c: ZaloCell;
  let browser: BrowserSession;
  let meetingId: string;

  beforeAll(async () => {
    h = await startZaloHarness();
    c = await seedZaloCell(h);
    for (const [m, u] of [
      [c.secretary, c.users.secretary],
      [c.official1, c.users.official1],
      [c.probationary, c.users.probationary],
    ] as const)
      await linkDirectly(h, m, u);
    meetingId = await createMeeting(h, c.secretary);
    expectOk(
      await asPlayground(h.db, h.bot).handle(
        playgroundTurn(c.secretary, { kind: 'message', text: 'thông báo' }, h.clock),
      ),
    );
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function openPage(question: Question, memberId: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT });
    await page.goto(
      answerLink(
        { publicBaseUrl: h.url, linkSigningSecret: h.config.linkSigningSecret, clock: h.clock },
        question,
        memberId,
      ) ?? '',
    );
    await page.locator('#card').waitFor();
    return page;
  }

  async function expectFits(page: Page, name: string): Promise<void> {
    await phoneScreenshot(page, `zalo-${name}`);
    expect(await phoneFitProblems(page)).toEqual([]);
  }

  it('fits the notice page, and after an absence with a reason', async () => {
    const page = await openPage({ kind: 'rsvp', subjectId: meetingId }, c.official1.id);
    await expectFits(page, 'notice');
    expect((await fontFamilies(page.locator('textarea, input, button'))).filter((font) => /mono/i.test(font))).toEqual(
      [],
    );
    await page.fill('#reason', 'Đi công tác tại Nhà máy Đà Nẵng theo kế hoạch của công ty');
    await page.getByRole('button', { name: 'Xin vắng', exact: true }).click();
    await page.locator('#result.success').waitFor();
    await expectFits(page, 'notice-answered');
    await page.close();
  });

  it('fits the roll call page and the vote page, for an official and a probationary member', async () => {
    h.clock.set(new Date('2025-09-05T07:00:00Z'));
    expectOk(
      await asPlayground(h.db, h.bot).handle(
        playgroundTurn(c.secretary, { kind: 'message', text: 'điểm danh' }, h.clock),
      ),
    );
    const rollcall = await openPage({ kind: 'rollcall', subjectId: meetingId }, c.official1.id);
    await expectFits(rollcall, 'rollcall');
    await rollcall.getByRole('button', { name: 'Có mặt', exact: true }).click();
    await rollcall.locator('#result.success').waitFor();
    await rollcall.close();
    for (const m of [c.secretary, c.probationary])
      expectOk(
        await asPlayground(h.db, h.bot).handle(
          playgroundTurn(m, { kind: 'card.action', verb: 'rollcall.checkin', data: { meetingId } }, h.clock),
        ),
      );

    expectOk(
      await asPlayground(h.db, h.bot).handle(
        playgroundTurn(c.secretary, { kind: 'message', text: 'biểu quyết Nghị quyết Chi bộ tháng 9/2025' }, h.clock),
      ),
    );
    const motionId = (await h.db.prisma.motion.findFirstOrThrow({ where: { meetingId } })).id;
    const vote = await openPage({ kind: 'vote', subjectId: motionId }, c.official1.id);
    await expectFits(vote, 'vote');
    await vote.getByRole('button', { name: 'Không tán thành', exact: true }).click();
    await vote.locator('#result.success').waitFor();
    await expectFits(vote, 'vote-answered');
    await vote.close();
    const opinion = await openPage({ kind: 'vote', subjectId: motionId }, c.probationary.id);
    await expectFits(opinion, 'vote-probationary');
    await expect(
      opinion.locator('#card p', { hasText: /^Đảng viên dự bị tham gia ý kiến, không biểu quyết\.$/ }).count(),
    ).resolves.toBe(1);
    await opinion.close();
    expect(browser.pageErrors).toEqual([]);
  });
});
