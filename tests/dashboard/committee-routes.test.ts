/** The committee report over real HTTP: signed downloads (.xlsx, .docx) and the dashboard JSON, for readers only. */
import ExcelJS from 'exceljs';
import { signLink } from '../../src/web/signed-links';
import { encodeReader } from '../../src/reports/committee-report-links';
import { docxText } from '../exports/docx-text';
import {
  COMMITTEE_ID,
  OUTSIDER,
  READER,
  SECRET,
  startCommitteeServer,
  type CommitteeServer,
} from '../support/committee-server';

describe('committee report routes', () => {
  let s: CommitteeServer;
  beforeAll(async () => {
    s = await startCommitteeServer();
  });
  afterAll(async () => s?.close());

  it('sends the reader the report as .xlsx and as .docx', async () => {
    const xlsx = await fetch(s.links.report(READER, COMMITTEE_ID, '2026-Q4', 'xlsx').url);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain('bao-cao-sinh-hoat-chi-bo-2026-Q4.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets[0]?.name).toBe('Tổng hợp');
    const docx = await fetch(s.links.report(READER, COMMITTEE_ID, '2026-Q4', 'docx').url);
    expect(docx.status).toBe(200);
    const text = await docxText(Buffer.from(await docx.arrayBuffer()));
    expect(text).toContain('Tình hình sinh hoạt chi bộ quý IV/2026');
    expect(text).toContain('T/M ĐẢNG ỦY');
    expect(text).toContain('Trần Văn Bình');
    expect(s.computed).toContain(`${COMMITTEE_ID}|2026-Q4`);
  });

  it('refuses anyone the access check does not let in, and bad or old links, with no data', async () => {
    const before = s.computed.length;
    const outsider = await fetch(s.links.report(OUTSIDER, COMMITTEE_ID, '2026-Q4', 'xlsx').url);
    expect(outsider.status).toBe(403);
    expect(((await outsider.json()) as { error: { message: string } }).error.message).toContain('Không được phép');
    const wrongPurpose = signLink(
      SECRET,
      { purpose: 'committee_dashboard', memberId: encodeReader(READER), subjectId: `${COMMITTEE_ID}|2026-Q4` },
      s.clock.now(),
      60_000,
    );
    expect((await fetch(`${s.url}/links/committee-report/${wrongPurpose}`)).status).toBe(401);
    const badSubject = signLink(
      SECRET,
      { purpose: 'committee_report', memberId: encodeReader(READER), subjectId: `${COMMITTEE_ID}|next year` },
      s.clock.now(),
      60_000,
    );
    expect((await fetch(`${s.url}/links/committee-report/${badSubject}`)).status).toBe(401);
    const expired = signLink(
      SECRET,
      { purpose: 'committee_report', memberId: encodeReader(READER), subjectId: `${COMMITTEE_ID}|2026` },
      new Date(s.clock.now().getTime() - 3_600_000),
      60_000,
    );
    expect((await fetch(`${s.url}/links/committee-report/${expired}`)).status).toBe(410);
    expect(s.computed.length).toBe(before);
  });

  it('gives the dashboard one row per cell, month by month, with signed downloads for the same reader', async () => {
    const token = new URL(s.links.dashboard(READER, COMMITTEE_ID).url).searchParams.get('token') ?? '';
    const res = await fetch(`${s.url}/tab/api/committee/${COMMITTEE_ID}?period=2026-Q4`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      period: { label: string };
      cells: { name: string; needsAttention: boolean; chart: { label: string }[] }[];
      downloads: { url: string }[];
    };
    expect(body.period.label).toBe('quý IV/2026');
    expect(body.cells).toHaveLength(7);
    expect(body.cells[0]?.needsAttention).toBe(true);
    expect(body.cells[0]?.chart.map((p) => p.label)).toEqual(['10/2026', '11/2026', '12/2026']);
    for (const d of body.downloads) expect((await fetch(d.url)).status).toBe(200);
    const year = (await (
      await fetch(`${s.url}/tab/api/committee/${COMMITTEE_ID}`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { cells: { chart: unknown[] }[] };
    expect(year.cells[0]?.chart).toHaveLength(12);
  });

  it('answers 400 for a bad period, 403 for another committee or an outsider, 401 without a token', async () => {
    const token = new URL(s.links.dashboard(READER, COMMITTEE_ID).url).searchParams.get('token') ?? '';
    const auth = { headers: { Authorization: `Bearer ${token}` } };
    expect((await fetch(`${s.url}/tab/api/committee/${COMMITTEE_ID}?period=2026-13`, auth)).status).toBe(400);
    expect((await fetch(`${s.url}/tab/api/committee/other-committee`, auth)).status).toBe(403);
    const outsider = new URL(s.links.dashboard(OUTSIDER, COMMITTEE_ID).url).searchParams.get('token') ?? '';
    expect(
      (await fetch(`${s.url}/tab/api/committee/${COMMITTEE_ID}`, { headers: { Authorization: `Bearer ${outsider}` } }))
        .status,
    ).toBe(403);
    expect((await fetch(`${s.url}/tab/api/committee/${COMMITTEE_ID}`)).status).toBe(401);
  });
});
