/**
 * Invariants over generated messy months, on both databases: every output of
 * a meeting (summary view and text, minutes, resolution, .xlsx, dashboard
 * JSON, CLI JSON) shows the figures worked out independently from the
 * generated rows, so no two outputs can disagree; voters ≤ present;
 * present = Σ statuses = Σ venues; an absent member never shows a vote; the
 * month and the year count overdue tasks alike.
 */
import fc from 'fast-check';
import { approvalsNeeded } from '../../src/core/threshold';
import { periodLabel } from '../../src/core/format';
import type { MeetingSummary } from '../../src/features/summaries/load-summary';
import type { PeriodSummary } from '../../src/features/summaries/period-summary';
import { openDatabase, type Database } from '../../src/store/database';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { expectedMeeting, expectedOverdue, type ExpectedMeeting } from './month-oracle';
import { monthArb, writeMonth, YEAR, type GenMonth, type SnapshotOf, type WrittenMonth } from './month-generator';
import {
  cardText,
  cellsAfter,
  dashboardJson,
  meetingOutputs,
  runCli,
  sumOfParts,
  workbookRows,
  type MeetingOutputs,
  type SheetRows,
} from './month-outputs';

const NOW = new Date(`${YEAR}-12-20T03:00:00Z`); // 10 giờ 00, ngày 20/12 in Hà Nội: the report date
const NOW_DAY = `${YEAR}-12-20`;
const RUNS = { numRuns: 5, seed: 20261203, endOnFailure: true };
const BALLOT_WORDS = new Set(['Tán thành', 'Không tán thành', 'Ý kiến khác']);

/** The snapshot a close would have written: the electorate and the count of members present. */
function snapshots(gen: GenMonth): SnapshotOf {
  return (meeting, motion, ids) => {
    const expected = expectedMeeting(gen, meeting).motions[motion];
    const kind = gen.meetings[meeting]?.motions[motion]?.kind ?? 'resolution';
    if (!expected) throw new Error('no motion');
    const needed = approvalsNeeded(kind, expected.denominator);
    const { approve, reject, other, denominator, presentVoters } = expected;
    return JSON.stringify({
      denominator,
      electorate: expected.electorate.map((i) => (i < 0 ? ids.secretaryId : (ids.memberIds[i] ?? ''))),
      approve,
      reject,
      other,
      presentVoters,
      presentApprove: approve,
      presentReject: reject,
      presentOther: other,
      approvalsNeeded: needed,
      approvePercent: denominator > 0 ? (approve / denominator) * 100 : 0,
      passed: denominator > 0 && approve >= needed,
    });
  };
}

function checkSummary(s: MeetingSummary, exp: ExpectedMeeting, venues: number): void {
  const a = s.attendance;
  expect(a.present).toBe(exp.presentTotal);
  expect(a.presentByStatus).toEqual(exp.presentByStatus);
  expect(Object.values(a.presentByStatus).reduce((x, y) => x + y, 0)).toBe(a.present);
  expect(a.byVenue.length > 0).toBe(venues > 0);
  if (venues > 0) {
    expect(a.byVenue.reduce((sum, v) => sum + v.present, 0)).toBe(a.present);
    expect(a.byVenue.find((v) => v.name === null)?.present ?? 0).toBe(exp.byVenue.get(null) ?? 0);
  }
  expect([a.excused.length, a.unexcused.length, a.ratePresent, a.expected]).toEqual([
    exp.excused,
    exp.unexcused,
    exp.ratePresent,
    exp.expected,
  ]);
  s.motions.forEach((m, i) => {
    const e = exp.motions[i];
    const { approve, reject, other, voters, presentVoters, denominator } = m.outcome;
    expect({ approve, reject, other, voters, presentVoters, denominator }).toEqual({
      approve: e?.approve,
      reject: e?.reject,
      other: e?.other,
      voters: e?.voters,
      presentVoters: e?.presentVoters,
      denominator: e?.denominator,
    });
    expect(voters).toBeLessThanOrEqual(presentVoters);
    expect(presentVoters).toBeLessThanOrEqual(a.present);
  });
}

function checkTexts(o: MeetingOutputs): void {
  const s = o.summary;
  const a = s.attendance;
  const attendanceLines = o.view.sections[0]?.lines ?? [];
  expect(attendanceLines[0]).toContain(`Có mặt: ${a.presentText}.`);
  expect(attendanceLines.join('\n')).toContain(`${a.ratePresent}/${a.expected} (${a.rateText}`);
  expect(o.text).toContain(`Có mặt: ${a.presentText}.`);
  // The roll call's "Vắng" is the same people as the lists of absentees.
  expect(a.rollCallLine).toContain(`Vắng: ${a.excused.length + a.unexcused.length} (có lý do: ${a.excused.length}`);
  // The minutes: present, split by status and by venue, both adding up.
  const presentLine = o.minutes.split('\n').find((l) => l.startsWith('Có mặt: ')) ?? '';
  const [, total, statuses, venues] =
    /^Có mặt: (\d+) đồng chí \(([^)]*)\)(?:\. Theo điểm cầu: (.*))?$/.exec(presentLine) ?? [];
  expect(Number(total)).toBe(a.present);
  expect(sumOfParts(statuses ?? '')).toBe(a.present);
  if (a.byVenue.length > 0) expect(sumOfParts(venues ?? '')).toBe(a.present);
  expect(o.minutes).toContain(`Tỷ lệ đảng viên dự sinh hoạt: ${a.ratePresent}/${a.expected} (${a.rateText}`);
  // The vote tables and result lines, motion by motion.
  expect(cellsAfter(o.minutes, 'Số đồng chí tham gia biểu quyết')).toEqual(
    s.motions.map((m) => String(m.outcome.voters)),
  );
  expect(cellsAfter(o.minutes, 'Số đồng chí có mặt được biểu quyết')).toEqual(
    s.motions.map((m) => String(m.outcome.presentVoters)),
  );
  expect(cellsAfter(o.minutes, 'Tán thành')).toEqual(s.motions.map((m) => String(m.outcome.approve)));
  expect(cellsAfter(o.minutes, 'Không tán thành')).toEqual(s.motions.map((m) => String(m.outcome.reject)));
  for (const [i, m] of s.motions.entries()) {
    // An open vote gives the count so far, never a conclusion.
    const line = `${m.status === 'open' ? 'Đang biểu quyết' : 'Kết quả biểu quyết'}: ${m.outcome.approve}/${m.outcome.denominator} đồng chí`;
    expect(o.minutes).toContain(line);
    expect(o.view.motions[i]?.lines[0]).toContain(line);
  }
  const closed = s.motions.filter((m) => m.status === 'closed');
  const adopted = [...closed].reverse().find((m) => m.kind === 'resolution') ?? closed[closed.length - 1];
  if (adopted) {
    const { approve, denominator, passed } = adopted.outcome;
    // The resolution says it was adopted only when the vote adopted it.
    expect(o.resolution).toContain(
      passed
        ? `thông qua tại kỳ sinh hoạt chi bộ ${s.details.date} với ${approve}/${denominator} đồng chí tán thành`
        : `: ${approve}/${denominator} đồng chí tán thành`,
    );
    expect(o.resolution.includes('Nghị quyết chưa được thông qua')).toBe(!passed);
  }
  // The CLI's JSON is the same summary.
  expect(o.cliJson.attendance).toEqual(s.attendance);
  expect(o.cliJson.motions.map((m) => m.outcome)).toEqual(
    s.motions.map((m) => ({ ...m.outcome, electorate: [...m.outcome.electorate] })),
  );
}

const dataRows = (rows: SheetRows): SheetRows => rows.slice(rows.findIndex((r) => r[0] === 'STT') + 1);

/** The spreadsheet: each meeting's presence and every motion's ballots agree with the summary, member by member. */
function checkWorkbook(sheets: Map<string, SheetRows>, summaries: readonly MeetingSummary[]): void {
  const attendance = dataRows(sheets.get('Điểm danh') ?? []);
  const motionSheets = [...sheets.entries()].filter(([name]) => name !== 'Điểm danh').map(([, rows]) => rows);
  let sheet = 0;
  for (const s of summaries) {
    const mine = attendance.filter((r) => r[1] === periodLabel(s.meeting.period, 'vi'));
    const presence = new Map(mine.map((r) => [r[3], r[6]]));
    expect(mine.filter((r) => r[6] === 'Có mặt')).toHaveLength(s.attendance.present);
    expect(mine.filter((r) => r[6] === 'Vắng có lý do')).toHaveLength(s.attendance.excused.length);
    expect(mine.filter((r) => r[6] === 'Vắng không lý do')).toHaveLength(s.attendance.unexcused.length);
    for (const m of s.motions) {
      const rows = dataRows(motionSheets[sheet] ?? []);
      sheet += 1;
      expect(rows.filter((r) => r[3] === 'Tán thành')).toHaveLength(m.outcome.approve);
      expect(rows.filter((r) => r[3] === 'Không tán thành')).toHaveLength(m.outcome.reject);
      expect(rows.filter((r) => r[3] === 'Ý kiến khác')).toHaveLength(m.outcome.other);
      for (const r of rows) if (BALLOT_WORDS.has(r[3] ?? '')) expect(presence.get(r[1])).toBe('Có mặt');
    }
  }
  expect(sheet).toBe(motionSheets.length);
}

async function checkDashboard(
  db: Database,
  written: WrittenMonth,
  summaries: readonly MeetingSummary[],
): Promise<void> {
  const dashboard = await dashboardJson(db, NOW, written.secretaryId);
  for (const s of summaries) {
    const point = dashboard.chart.find((c) => c.period === s.meeting.period);
    expect(point?.rateText).toBe(s.attendance.rateText);
  }
  const current = summaries.find((s) => s.meeting.id === dashboard.current?.meetingId);
  if (!current) throw new Error('the dashboard shows no meeting of the month');
  const [rollCall, ...votes] = dashboard.current?.cards ?? [];
  expect(cardText(rollCall)).toContain(`Có mặt: ${current.attendance.presentText}.`);
  current.motions.forEach((m, i) => {
    // A closed motion's card shows its frozen result; an open one's live count is the votes feature's.
    if (m.status === 'closed') expect(cardText(votes[i])).toContain(`${m.outcome.approve}/${m.outcome.denominator}`);
  });
}

async function checkPeriods(
  url: string,
  gen: GenMonth,
  written: WrittenMonth,
  summaries: readonly MeetingSummary[],
): Promise<void> {
  const period = async (...args: string[]) =>
    JSON.parse(await runCli(url, NOW, 'summary', '--cell', written.cellId, ...args, '--json')) as PeriodSummary;
  const year = await period('--year', String(YEAR));
  const months = await Promise.all(summaries.map((s) => period('--period', s.meeting.period)));
  expect(year.tasks.overdue).toBe(
    expectedOverdue(
      gen,
      gen.meetings.map((_, i) => i),
      NOW_DAY,
    ),
  );
  expect(months.reduce((sum, m) => sum + m.tasks.overdue, 0)).toBe(year.tasks.overdue);
  summaries.forEach((s, i) => {
    expect(months[i]?.tasks.overdue).toBe(expectedOverdue(gen, [i], NOW_DAY));
    expect(year.meetings[i]).toMatchObject({
      presentTotal: s.attendance.present,
      present: s.attendance.ratePresent,
      expected: s.attendance.expected,
      rate: s.attendance.rate,
    });
    expect(year.meetings[i]?.passed).toBe(s.motions.filter((m) => m.status === 'closed' && m.outcome.passed).length);
  });
}

describeEachDatabaseKind('every output of a generated month', (name) => {
  let scratch: ScratchDatabase;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(name);
    db = await openDatabase(scratch.url);
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.dispose();
  });

  it('shows the same figures everywhere, and the figures add up', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(monthArb, async (gen) => {
        run += 1;
        const written = await writeMonth(db, gen, run, snapshots(gen));
        const summaries: MeetingSummary[] = [];
        for (const [i, meetingId] of written.meetingIds.entries()) {
          const outputs = await meetingOutputs(db, scratch.url, NOW, meetingId);
          checkSummary(outputs.summary, expectedMeeting(gen, i), gen.meetings[i]?.venues ?? 0);
          checkTexts(outputs);
          summaries.push(outputs.summary);
        }
        checkWorkbook(await workbookRows(db, written.cellId, String(YEAR)), summaries);
        await checkDashboard(db, written, summaries);
        await checkPeriods(scratch.url, gen, written, summaries);
      }),
      RUNS,
    );
  }, 240_000);
});
