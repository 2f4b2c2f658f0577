/**
 * The committee report on both databases, against each cell's own summaries: for every cell of a generated
 * committee (messy years, tests/support/committee-generator.ts) the report's rows hold the figures of
 * loadPeriodSummary for the year and for each month, the excused streaks of core/quality-flags.ts over the
 * same meetings, the targets of the period summed, and the probationers due; cells outside the committee's
 * tree never appear.
 */
import { excusedStreaks } from '../../src/core/quality-flags';
import { isInvited } from '../../src/core/statuses';
import { loadMeetingsFigures } from '../../src/features/attendance/meeting-rows';
import { loadPeriodSummary } from '../../src/features/summaries/period-summary';
import { targetsForPeriod } from '../../src/features/targets/target-queries';
import { computeCommitteeReport } from '../../src/reports/committee-report';
import type { CellReportRow, CommitteeReport } from '../../src/reports/committee-report-types';
import type { Database } from '../../src/store/database';
import { GEN_YEAR, writeCommittee, type GeneratedCommittee } from '../support/committee-generator';
import { describeEachDatabase } from '../support/databases';

const AS_OF = new Date(`${GEN_YEAR + 1}-01-10T03:00:00Z`);
const SEEDS = [20261204, 7];

function rowOf(report: CommitteeReport, cellId: string): CellReportRow {
  const row = report.cells.find((c) => c.cell.id === cellId);
  if (!row) throw new Error(`cell ${cellId} missing from the report`);
  return row;
}

/** The cell's summary of `period`, in the report's shape of figures. */
async function summaryFigures(db: Database, cellId: string, period: string) {
  const s = await loadPeriodSummary(db, cellId, period, 'vi', AS_OF);
  return {
    members: s.members,
    meetings: s.meetings
      .map((m) => ({
        meetingId: m.id,
        presentTotal: m.presentTotal,
        present: m.present,
        expected: m.expected,
        rate: m.rate,
        excused: m.excused,
        unexcused: m.unexcused,
        motions: m.motions,
        passed: m.passed,
      }))
      .sort((a, b) => a.meetingId.localeCompare(b.meetingId)),
    totals: {
      rate: s.totals.averageRate,
      excused: s.totals.excused,
      unexcused: s.totals.unexcused,
      motions: s.totals.motions,
      passed: s.totals.passed,
    },
  };
}

function reportFigures(row: CellReportRow, month?: string) {
  const meetings = row.meetings.filter((m) => month === undefined || m.month === month);
  const sum = (pick: (m: (typeof meetings)[number]) => number): number => meetings.reduce((t, m) => t + pick(m), 0);
  const present = sum((m) => m.present);
  const expected = sum((m) => m.expected);
  return {
    members: row.members.total,
    meetings: meetings
      .map((m) => ({
        meetingId: m.meetingId,
        presentTotal: m.presentTotal,
        present: m.present,
        expected: m.expected,
        rate: m.rate,
        excused: m.excused,
        unexcused: m.unexcused,
        motions: m.motions,
        passed: m.passed,
      }))
      .sort((a, b) => a.meetingId.localeCompare(b.meetingId)),
    totals: {
      rate: expected > 0 ? present / expected : null,
      excused: sum((m) => m.excused),
      unexcused: sum((m) => m.unexcused),
      motions: sum((m) => m.motions),
      passed: sum((m) => m.passed),
    },
  };
}

/** Streaks as the cell's own summary finds them: core's excusedStreaks over its loaded meetings, summoned members only. */
async function ownStreaks(db: Database, cellId: string): Promise<string[]> {
  const cell = await db.prisma.cell.findUniqueOrThrow({ where: { id: cellId } });
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId, status: { in: ['closed', 'in_progress'] }, period: { startsWith: String(GEN_YEAR) } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  const loaded = await loadMeetingsFigures(db, cell, meetings, 'vi');
  const summoned = new Set((loaded[0]?.input.roster ?? []).filter((m) => isInvited(m.status)).map((m) => m.id));
  const history = loaded.map((l) => ({ period: l.meeting.period, records: l.input.records }));
  return [
    ...new Set(
      excusedStreaks(history)
        .filter((s) => summoned.has(s.memberId))
        .map((s) => s.memberId),
    ),
  ].sort();
}

describeEachDatabase('committee report', (getDb) => {
  const generated: GeneratedCommittee[] = [];
  const reports: CommitteeReport[] = [];

  beforeAll(async () => {
    for (const seed of SEEDS) {
      const committee = await writeCommittee(getDb(), seed);
      generated.push(committee);
      reports.push(await computeCommitteeReport(getDb(), committee.rootId, String(GEN_YEAR), 'vi', AS_OF));
    }
  }, 120_000);

  it('holds every cell of the committee and of its sub-committee, and no other', () => {
    generated.forEach((g, i) => {
      const ids = reports[i]?.cells.map((c) => c.cell.id).sort();
      expect(ids).toEqual([...g.cellIds].sort());
      for (const outside of g.outsideCellIds) expect(ids).not.toContain(outside);
    });
  });

  it('gives every cell the figures of its own year summary and month summaries', async () => {
    for (const [i, g] of generated.entries()) {
      const report = reports[i] as CommitteeReport;
      for (const cellId of g.cellIds) {
        const row = rowOf(report, cellId);
        expect(reportFigures(row)).toEqual(await summaryFigures(getDb(), cellId, String(GEN_YEAR)));
        for (const month of ['01', '03', '06', '12']) {
          const period = `${GEN_YEAR}-${month}`;
          const monthly = await computeCommitteeReport(getDb(), g.rootId, period, 'vi', AS_OF);
          expect(reportFigures(rowOf(monthly, cellId))).toEqual(await summaryFigures(getDb(), cellId, period));
        }
      }
    }
  }, 120_000);

  it('finds the excused streaks the cell summary finds, and some exist', async () => {
    let streaks = 0;
    for (const [i, g] of generated.entries()) {
      for (const cellId of g.cellIds) {
        const row = rowOf(reports[i] as CommitteeReport, cellId);
        const own = await ownStreaks(getDb(), cellId);
        expect([...row.excusedStreakMemberIds].sort()).toEqual(own);
        expect(row.attention.includes('absence.excused_streak')).toBe(own.length > 0);
        streaks += own.length;
      }
    }
    expect(streaks).toBeGreaterThan(0);
  });

  it('sums the targets of the period over the cells that set them', async () => {
    const [g, report] = [generated[0] as GeneratedCommittee, reports[0] as CommitteeReport];
    const expected = new Map<string, { goal: number; progress: number; cells: number }>();
    for (const cellId of g.cellIds) {
      for (const t of await targetsForPeriod(getDb(), cellId, String(GEN_YEAR))) {
        const key = `${t.scope}|${t.period}|${t.metric}|${t.unit}`;
        const sum = expected.get(key) ?? { goal: 0, progress: 0, cells: 0 };
        expected.set(key, { goal: sum.goal + t.goal, progress: sum.progress + t.progress, cells: sum.cells + 1 });
      }
    }
    expect(
      new Map(
        report.targets.map((t) => [
          `${t.scope}|${t.period}|${t.metric}|${t.unit}`,
          { goal: t.goal, progress: t.progress, cells: t.cells },
        ]),
      ),
    ).toEqual(expected);
  });

  it('lists the probationers whose 12 months end within the period', async () => {
    const [g, report] = [generated[0] as GeneratedCommittee, reports[0] as CommitteeReport];
    const members = await getDb().prisma.member.findMany({
      where: { cellId: { in: [...g.cellIds] }, status: 'probationary', joinedAt: { not: null } },
    });
    const due = members
      .map((m) => ({
        cellId: m.cellId,
        memberId: m.id,
        endsOn: `${(m.joinedAt as Date).getUTCFullYear() + 1}${(m.joinedAt as Date).toISOString().slice(4, 10)}`,
      }))
      .filter((d) => d.endsOn.startsWith(String(GEN_YEAR)));
    const listed = report.cells.flatMap((c) =>
      c.probationDue.map((p) => ({ cellId: c.cell.id, memberId: p.memberId, endsOn: p.endsOn })),
    );
    const byId = (a: { memberId: string }, b: { memberId: string }): number => a.memberId.localeCompare(b.memberId);
    expect(listed.sort(byId)).toEqual(due.sort(byId));
    expect(report.totals.probationDue).toBe(due.length);
  });

  it('reports a sub-committee alone, and its cells name it', async () => {
    const g = generated[0] as GeneratedCommittee;
    const sub = await computeCommitteeReport(getDb(), g.subId, `${GEN_YEAR}-Q4`, 'vi', AS_OF);
    expect(sub.cells.map((c) => c.cell.id).sort()).toEqual([...g.subCellIds].sort());
    expect(sub.committee.parentName).toContain('Đảng ủy Khối Doanh nghiệp');
    for (const row of sub.cells) {
      expect(row.cell.committeeId).toBe(g.subId);
      expect(row.meetings.every((m) => m.month >= `${GEN_YEAR}-10`)).toBe(true);
    }
  });

  it('puts the cells needing attention first, each with its reasons, and totals that add up', () => {
    for (const report of reports) {
      const needing = report.cells.map((c) => c.attention.length > 0);
      expect(needing).toEqual([...needing].sort((a, b) => Number(b) - Number(a)));
      for (const row of report.cells) {
        expect(row.attention.includes('meeting.missing')).toBe(row.monthsWithoutMeeting.length > 0);
        for (const m of row.meetings) for (const flag of m.flags) expect(row.attention).toContain(flag);
        for (const m of row.meetings) expect(m.flags.includes('minutes.missing')).toBe(!m.minutesSent);
      }
      expect(report.totals.meetings).toBe(report.cells.reduce((t, c) => t + c.meetings.length, 0));
      expect(report.totals.attendance.present).toBe(report.cells.reduce((t, c) => t + c.attendance.present, 0));
      expect(report.totals.cellsNeedingAttention).toBe(needing.filter(Boolean).length);
    }
    // The generated years are messy enough to exercise every count.
    const sum = (pick: (t: CommitteeReport['totals']) => number): number =>
      reports.reduce((total, r) => total + pick(r.totals), 0);
    for (const pick of [
      (t: CommitteeReport['totals']) => t.meetings,
      (t: CommitteeReport['totals']) => t.motions.passed,
      (t: CommitteeReport['totals']) => t.attendance.excused,
      (t: CommitteeReport['totals']) => t.attendance.unexcused,
      (t: CommitteeReport['totals']) => t.onlineWithoutApproval,
      (t: CommitteeReport['totals']) => t.byForm.mixed,
    ]) {
      expect(sum(pick)).toBeGreaterThan(0);
    }
    expect(sum((t) => t.motions.passed)).toBeLessThan(sum((t) => t.motions.total));
    expect(reports.some((r) => r.cells.some((c) => c.meetings.some((m) => !m.minutesSent)))).toBe(true);
  });
});
