/**
 * The signed answer page: driven in headless Chromium as a Zalo PC/Web user
 * would (vote, change the vote, answer the notice), and refused over plain
 * HTTP for an expired link, a link used for another member or another
 * motion, a foreign cell's motion, and a POST without the page's nonce.
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerLink } from '../../src/channels/zalo/render';
import { signLink } from '../../src/web/signed-links';
import { describeWithChromium, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { createCell, createRoster } from '../support/factories';
import { expectOk, playgroundTurn, asPlayground } from '../support/turns';
import { startZaloHarness, type ZaloHarness } from './harness';
import { createMeeting, linkDirectly, seedZaloCell, type ZaloCell } from './setup';

const DAY = 24 * 3_600_000;

async function openVote(h: ZaloHarness, c: ZaloCell): Promise<string> {
  const meetingId = await createMeeting(h, c.secretary);
  expectOk(
    await asPlayground(h.db, h.bot).handle(
      playgroundTurn(c.secretary, { kind: 'message', text: 'thông báo' }, h.clock),
    ),
  );
  h.clock.set(new Date('2025-09-05T07:00:00Z'));
  expectOk(
    await asPlayground(h.db, h.bot).handle(
      playgroundTurn(c.secretary, { kind: 'message', text: 'điểm danh' }, h.clock),
    ),
  );
  for (const m of [c.secretary, c.official1, c.official2])
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
  return (await h.db.prisma.motion.findFirstOrThrow({ where: { meetingId } })).id;
}

function linkFor(h: ZaloHarness, memberId: string, motionId: string): string {
  const link = answerLink(
    { publicBaseUrl: h.url, linkSigningSecret: h.config.linkSigningSecret, clock: h.clock },
    { kind: 'vote', subjectId: motionId },
    memberId,
  );
  if (link === undefined) throw new Error('no link');
  return link;
}

async function postForm(url: string, fields: Record<string, string>): Promise<{ status: number; html: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, html: await response.text() };
}

/** The hidden fields of the page at `url`, as a browser would post them. */
async function formOf(url: string): Promise<Record<string, string>> {
  const html = await (await fetch(url)).text();
  return Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/&#(\d+);/g, (_s, n: string) => String.fromCharCode(Number(n))),
    ]),
  );
}

describe('the signed Zalo answer page over HTTP', () => {
  let h: ZaloHarness;
  let c: ZaloCell;
  let motionId: string;

  beforeAll(async () => {
    h = await startZaloHarness();
    c = await seedZaloCell(h);
    for (const [m, u] of [
      [c.secretary, c.users.secretary],
      [c.official1, c.users.official1],
      [c.official2, c.users.official2],
    ] as const)
      await linkDirectly(h, m, u);
    motionId = await openVote(h, c);
  });
  afterAll(async () => h.close());

  const ballots = () => h.db.prisma.ballot.count({ where: { motionId } });

  it('refuses an expired link with 410 and stores nothing', async () => {
    const url = linkFor(h, c.official1.id, motionId);
    const form = await formOf(url);
    h.clock.advance(4 * DAY);
    expect((await fetch(url)).status).toBe(410);
    expect((await postForm(url, { ...form, choice: 'approve' })).status).toBe(410);
    h.clock.advance(-4 * DAY);
    expect(await ballots()).toBe(0);
  });

  it('refuses a link used for another member or another motion, and a POST without the nonce', async () => {
    const url = linkFor(h, c.official1.id, motionId);
    const form = await formOf(url);
    expect((await postForm(url, { ...form, member: c.official2.id, choice: 'approve' })).status).toBe(403);
    expect((await postForm(url, { ...form, subject: 'another-motion', choice: 'approve' })).status).toBe(403);
    expect((await postForm(url, { ...form, nonce: '1.x', choice: 'approve' })).status).toBe(403);
    const otherToken = linkFor(h, c.official2.id, motionId).split('/').at(-1) ?? '';
    expect((await postForm(url, { ...form, token: otherToken, choice: 'approve' })).status).toBe(403);
    expect(await ballots()).toBe(0);
  });

  it('refuses a motion of another cell and a member with no linked Zalo account', async () => {
    const other = await createCell(h.db, { name: 'Chi bộ Khác' });
    const { secretary: stranger } = await createRoster(h.db, other.id, { official: 1 });
    const forged = signLink(
      h.config.linkSigningSecret,
      { purpose: 'vote', memberId: c.official1.id, subjectId: 'motion-of-another-cell' },
      h.clock.now(),
      DAY,
    );
    expect((await fetch(`${h.url}/links/zalo/${forged}`)).status).toBe(403);
    expect((await fetch(linkFor(h, stranger.id, motionId))).status).toBe(403);
    expect((await fetch(linkFor(h, c.probationary.id, motionId))).status).toBe(403);
    expect((await fetch(`${h.url}/links/zalo/not-a-token`)).status).toBe(403);
  });
});

describeWithChromium('the signed Zalo answer page in Chromium', () => {
  let h: ZaloHarness;
  let c: ZaloCell;
  let browser: BrowserSession;
  let motionId: string;

  beforeAll(async () => {
    h = await startZaloHarness();
    c = await seedZaloCell(h);
    for (const [m, u] of [
      [c.secretary, c.users.secretary],
      [c.official1, c.users.official1],
    ] as const)
      await linkDirectly(h, m, u);
    motionId = await openVote(h, c);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await h.close();
  });

  it('shows the vote as the member sees it, records the vote and a changed vote', async () => {
    const page = await browser.newPage();
    await page.goto(linkFor(h, c.official1.id, motionId));
    await page.getByText(`Trang này dành riêng cho đồng chí ${c.official1.fullName}`).waitFor();
    await page.getByRole('button', { name: 'Không tán thành', exact: true }).click();
    await page.locator('#result.success').waitFor();
    expect(await h.db.prisma.ballot.findFirst({ where: { motionId, memberId: c.official1.id } })).toMatchObject({
      choice: 'reject',
      version: 1,
    });
    await page.getByRole('button', { name: 'Tán thành', exact: true }).click();
    await page.locator('#result.success').getByText('Tán thành').waitFor();
    expect(await h.db.prisma.ballot.findFirst({ where: { motionId, memberId: c.official1.id } })).toMatchObject({
      choice: 'approve',
      version: 2,
    });
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'zalo-vote-page.png'), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });

  it('answers the notice with a reasoned absence', async () => {
    const meeting = await h.db.prisma.meeting.findFirstOrThrow({ where: { cellId: c.cellId } });
    const url = answerLink(
      { publicBaseUrl: h.url, linkSigningSecret: h.config.linkSigningSecret, clock: h.clock },
      { kind: 'rsvp', subjectId: meeting.id },
      c.secretary.id,
    );
    const page = await browser.newPage();
    await page.goto(url ?? '');
    await page.fill('#reason', 'đi công tác');
    await page.getByRole('button', { name: 'Xin vắng', exact: true }).click();
    await page.locator('#result.success').waitFor();
    expect(
      await h.db.prisma.attendance.findFirst({ where: { meetingId: meeting.id, memberId: c.secretary.id } }),
    ).toMatchObject({ rsvp: 'excused', rsvpReason: 'đi công tác' });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'zalo-notice-page.png'), fullPage: true });
  });
});
