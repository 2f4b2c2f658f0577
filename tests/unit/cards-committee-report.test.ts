/** The committee report's chat card: valid Adaptive Card 1.5, cells needing attention first, totals, download links, both languages. */
import { committeeReportCard, CARD_CELLS_SHOWN } from '../../src/cards/committee-report-card';
import { reportDownloadLinks } from '../../src/reports/committee-report-chat';
import { decodeReader, type ReportDownloadLinks } from '../../src/reports/committee-report-links';
import { createCommitteeReportLinks } from '../../src/web/dashboard/committee-links';
import { verifyLink } from '../../src/web/signed-links';
import { cardBytes, objectsOf, ofType, parserIssues, schemaErrors, visibleText } from '../support/card-checks';
import { COMMITTEE_CELLS, committeeReportFixture, type CellSpec } from '../support/committee-report-fixture';

const LINKS: ReportDownloadLinks = {
  xlsx: 'https://chibo.example.vn/links/committee-report/abc?format=xlsx',
  docx: 'https://chibo.example.vn/links/committee-report/abc?format=docx',
  dashboard: 'https://chibo.example.vn/tab/committee?committee=du-1&token=abc',
};

/** Many cells, every one missing a month: the card must cut its list and stay small. */
function manyCells(n: number): CellSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `cb-${i}`,
    name: `Chi bộ Tổ dân phố số ${i + 1} phường Phúc Đồng`,
    official: 40,
    probationary: 2,
    meetings: [{ month: '2026-10', expected: 42, unexcused: 3, minutesSent: false }],
  }));
}

describe('committeeReportCard', () => {
  const report = committeeReportFixture();

  it.each(['vi', 'en'] as const)('is a valid Adaptive Card 1.5 (%s)', (locale) => {
    const card = committeeReportCard(report, locale, LINKS);
    expect(schemaErrors(card)).toEqual([]);
    expect(parserIssues(card)).toEqual([]);
  });

  it('puts the cells needing attention first, in the report order, with their reasons, before the totals', () => {
    const card = committeeReportCard(report, 'vi', LINKS);
    const text = visibleText(card);
    const needing = report.cells.filter((c) => c.attention.length > 0);
    expect(text).toContain(`Chi bộ cần lưu ý (${needing.length}/${report.cells.length})`);
    const positions = needing.map((c) => text.indexOf(c.cell.name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(Math.max(...positions)).toBeLessThan(text.indexOf('Tổng hợp'));
    expect(text).toContain('– Không tổ chức sinh hoạt định kỳ: tháng 11/2026');
    for (const c of report.cells.filter((row) => row.attention.length === 0)) expect(text).not.toContain(c.cell.name);
  });

  it('shows the totals as facts of fixed words and numbers only', () => {
    const card = committeeReportCard(report, 'vi', LINKS);
    const facts = ofType(card, 'FactSet').flatMap((f) => f['facts'] as { title: string; value: string }[]);
    expect(facts).toEqual(
      expect.arrayContaining([
        { title: 'Chi bộ trực thuộc', value: String(report.totals.cells) },
        { title: 'Số kỳ sinh hoạt', value: String(report.totals.meetings) },
      ]),
    );
    for (const fact of facts) expect(fact.value).toMatch(/^[\d\s/,.%()–]+$/);
  });

  it('links to the .xlsx, the .docx and the dashboard with short titles, and nothing else acts', () => {
    const card = committeeReportCard(report, 'vi', LINKS);
    const buttons = ofType(card, 'Action.OpenUrl').map((a) => [a['title'], a['url']]);
    expect(buttons).toEqual([
      ['Tải .xlsx', LINKS.xlsx],
      ['Tải .docx', LINKS.docx],
      ['Bảng theo dõi', LINKS.dashboard],
    ]);
    for (const [title] of buttons) expect(String(title).length).toBeLessThanOrEqual(14);
    expect(
      objectsOf(card).filter(
        (o) => typeof o['type'] === 'string' && /^(Action\.(Execute|Submit)|Input\.)/.test(String(o['type'])),
      ),
    ).toEqual([]);
    expect(ofType(committeeReportCard(report, 'vi', { ...LINKS, dashboard: null }), 'Action.OpenUrl')).toHaveLength(2);
  });

  it('wraps every text so it reads at 390 px, and keeps names out of markdown', () => {
    const tricky = committeeReportFixture({
      cells: [{ ...COMMITTEE_CELLS[2]!, name: '**Chi bộ** [bấm](https://evil.example/) ${x}' }],
    });
    const card = committeeReportCard(tricky, 'vi', LINKS);
    for (const block of ofType(card, 'TextBlock')) expect(block['wrap']).toBe(true);
    const runs = ofType(card, 'TextRun').map((r) => r['text']);
    expect(runs).toContain('**Chi bộ** [bấm](https://evil.example/) ${x}');
    expect(
      ofType(card, 'TextBlock')
        .map((b) => String(b['text']))
        .join('\n'),
    ).not.toContain('evil');
    expect(ofType(card, 'Action.OpenUrl')).toHaveLength(3);
  });

  it('cuts a long list and stays under 28 KB with a thousand cells', () => {
    const big = committeeReportFixture({ cells: manyCells(1000) });
    const card = committeeReportCard(big, 'vi', LINKS);
    expect(schemaErrors(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(28_000);
    expect(visibleText(card)).toContain(`Và ${1000 - CARD_CELLS_SHOWN} chi bộ khác cần lưu ý`);
  });

  it('says so when all is well, and speaks English when asked', () => {
    const good = committeeReportFixture({
      cells: COMMITTEE_CELLS.filter((c) => ['cb-kythuat', 'cb-taichinh'].includes(c.id)),
    });
    expect(visibleText(committeeReportCard(good, 'vi', LINKS))).toContain(
      'Các chi bộ thực hiện đầy đủ các tiêu chí sinh hoạt.',
    );
    const en = visibleText(committeeReportCard(report, 'en', LINKS));
    expect(en).toContain('Cell meetings report, Q4 2026');
    expect(en).toContain('Cells needing attention (4 of 7)');
    expect(en).not.toMatch(/Tổng hợp|Tải|lưu ý|tháng/);
    for (const text of [en, visibleText(committeeReportCard(report, 'vi', LINKS))]) {
      expect(text).not.toMatch(/\bbạn\b/i);
      expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });
});

describe('reportDownloadLinks', () => {
  it('mints links for the reader that open this committee and period', () => {
    const secret = 'test-secret-for-committee-card-0123456789';
    const clock = { now: () => new Date('2027-01-04T02:00:00Z') };
    const links = createCommitteeReportLinks({ secret, baseUrl: () => 'https://chibo.example.vn', clock });
    const reader = { platform: 'teams', platformUserId: '29:1committee-secretary' };
    const report = committeeReportFixture();
    const card = committeeReportCard(
      report,
      'vi',
      reportDownloadLinks(reader, report.committee.id, report.period.key, links),
    );
    const urls = ofType(card, 'Action.OpenUrl').map((a) => new URL(String(a['url'])));
    expect(urls.map((u) => u.searchParams.get('format') ?? u.pathname)).toEqual(['xlsx', 'docx', '/tab/committee']);
    for (const url of urls.slice(0, 2)) {
      const check = verifyLink(
        secret,
        decodeURIComponent(url.pathname.split('/').pop() ?? ''),
        clock.now(),
        'committee_report',
      );
      expect(check.ok && check.claims.subjectId).toBe(`${report.committee.id}|2026-Q4`);
      expect(check.ok && decodeReader(check.claims.memberId)).toEqual(reader);
    }
    expect(urls[2]?.searchParams.get('period')).toBe('2026-Q4');
    expect(verifyLink(secret, urls[2]?.searchParams.get('token') ?? '', clock.now(), 'committee_dashboard').ok).toBe(
      true,
    );
  });
});
