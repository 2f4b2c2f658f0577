/**
 * "báo cáo đảng ủy [kỳ]" in chat: a member of the committee gets the report of
 * its cells (the same figures as computeCommitteeReport) with signed links for
 * them alone; a cell's secretary or a stranger is refused. Both databases.
 */
import { renderCard } from '../../src/cards/render';
import { parseCommand } from '../../src/core/commands';
import { parseReportPeriodText } from '../../src/core/report-period-text';
import { createBot } from '../../src/features/bot';
import { addCommitteeMember } from '../../src/features/committees/manage-committees';
import { lastEndedMonth } from '../../src/features/committees/show-committee-report';
import type { Turn, TurnResult } from '../../src/features/turn';
import { viewText } from '../../src/channels/zalo/view-text';
import { computeCommitteeReport } from '../../src/reports/committee-report';
import { verifyLink } from '../../src/web/signed-links';
import { createCommitteeReportLinks } from '../../src/web/dashboard/committee-links';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import { parserIssues, schemaErrors } from '../support/card-checks';
import { GEN_YEAR, writeCommittee, type GeneratedCommittee } from '../support/committee-generator';
import { describeEachDatabase } from '../support/databases';
import { ManualClock, silentLogger } from '../support/turns';

const SECRET = 's'.repeat(64);

describe('the committee report command', () => {
  it('reads a month, a quarter or a year as members type them', () => {
    expect(parseCommand('báo cáo đảng ủy quý 4/2025')).toEqual({ name: 'committee.report', period: '2025-Q4' });
    expect(parseCommand('bao cao dang uy quy IV/2025')).toEqual({ name: 'committee.report', period: '2025-Q4' });
    expect(parseCommand('@chibo báo cáo đảng ủy tháng 11/2025')).toEqual({
      name: 'committee.report',
      period: '2025-11',
    });
    expect(parseCommand('committee report 2025')).toEqual({ name: 'committee.report', period: '2025' });
    expect(parseCommand('báo cáo cấp ủy')).toEqual({ name: 'committee.report' });
    expect(parseReportPeriodText('năm 2025')).toBe('2025');
    expect(parseReportPeriodText('Q2 2026')).toBe('2026-Q2');
    expect(parseReportPeriodText('quý 5/2025')).toBeNull();
    expect(parseCommand('báo cáo đảng ủy hôm qua')).toMatchObject({ name: 'unknown' });
  });

  it('defaults to the last month that has ended in Viet Nam time', () => {
    expect(lastEndedMonth(new Date('2026-01-01T01:00:00Z'))).toBe('2025-12');
    expect(lastEndedMonth(new Date('2025-12-31T16:30:00Z'))).toBe('2025-11'); // 23:30 on 31 December in Viet Nam
    expect(lastEndedMonth(new Date('2025-12-31T17:30:00Z'))).toBe('2025-12'); // 00:30 on 1 January
  });
});

describeEachDatabase('the committee report in chat', (getDb) => {
  const clock = new ManualClock(new Date(`${GEN_YEAR + 1}-01-10T03:00:00Z`));
  let committee: GeneratedCommittee;
  const ask = (platformUserId: string, text: string, locale: 'vi' | 'en' = 'vi'): Promise<TurnResult> => {
    const db = getDb();
    const settings = { secret: SECRET, baseUrl: () => 'https://chibo.example.org', clock };
    const bot = createBot({
      db,
      clock,
      logger: silentLogger,
      links: createDocumentLinks(settings),
      committeeLinks: createCommitteeReportLinks(settings),
    });
    const turn: Turn = {
      event: { kind: 'message', text },
      actor: { platform: 'teams', platformUserId },
      conversation: { platform: 'teams', conversationId: `a:personal-${platformUserId}`, personal: true },
      locale,
      receivedAt: clock.now(),
      requestId: `test-${platformUserId}`,
    };
    return bot.handle(turn);
  };

  beforeAll(async () => {
    const db = getDb();
    committee = await writeCommittee(db, 7);
    await addCommitteeMember(db, {
      committeeId: committee.rootId,
      fullName: 'Trần Văn Bình',
      role: 'secretary',
      accounts: [{ platform: 'teams', platformUserId: 'aad-root' }],
    });
    const cellSecretary = await db.prisma.member.findFirstOrThrow({ where: { cellId: committee.cellIds[0] ?? '' } });
    await db.prisma.channelAccount.create({
      data: { platform: 'teams', platformUserId: 'aad-cell', memberId: cellSecretary.id },
    });
  });

  it('answers a committee member with the report of the period asked, links signed for them', async () => {
    const result = await ask('aad-root', `báo cáo đảng ủy quý 4/${GEN_YEAR}`);
    expect(result.error).toBeUndefined();
    const [reply] = result.replies;
    if (reply?.kind !== 'card' || reply.view.type !== 'committee.report')
      throw new Error(`no report card: ${JSON.stringify(result.replies)}`);
    const expected = await computeCommitteeReport(getDb(), committee.rootId, `${GEN_YEAR}-Q4`, 'vi', clock.now());
    expect({ ...reply.view.report, generatedAt: '' }).toEqual({ ...expected, generatedAt: '' });
    expect(reply.view.report.cells.map((c) => c.cell.id).sort()).toEqual([...committee.cellIds].sort());
    const token = decodeURIComponent(new URL(reply.view.links.xlsx).pathname.split('/').pop() ?? '');
    const claims = verifyLink(SECRET, token, clock.now(), 'committee_report');
    expect(claims).toMatchObject({ ok: true, claims: { memberId: 'teams:aad-root' } });
    const card = renderCard(reply.view);
    expect(schemaErrors(card)).toEqual([]);
    expect(parserIssues(card)).toEqual([]);
    const text = viewText(reply.view);
    expect(text.title).toContain('quý IV/2025');
    expect(text.paragraphs.join('\n')).toContain(reply.view.links.docx);
  });

  it("takes last month when no period is given, in the member's language", async () => {
    const result = await ask('aad-root', 'committee report', 'en');
    const [reply] = result.replies;
    if (reply?.kind !== 'card' || reply.view.type !== 'committee.report') throw new Error('no report card');
    expect(reply.view.report.period.key).toBe(`${GEN_YEAR}-12`);
  });

  it('refuses a cell secretary and a stranger, naming why', async () => {
    for (const who of ['aad-cell', 'aad-nobody']) {
      const result = await ask(who, 'báo cáo đảng ủy');
      expect(result.error?.code).toBe('committee.forbidden');
      expect(result.replies.some((r) => r.kind === 'card' && r.view.type === 'committee.report')).toBe(false);
    }
  });
});
