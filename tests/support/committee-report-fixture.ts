/**
 * A realistic committee report for the renderers' tests (issue 15): a party
 * committee of seven cells with Vietnamese names over a quarter, some needing
 * attention (no meeting, no thematic meeting, minutes not sent, an unapproved
 * online meeting, unexcused absences, a probation due), targets summed.
 * Figures are derived from the meetings so that the totals agree.
 */
import type {
  AttentionCode,
  CellMeetingRow,
  CellReportRow,
  CommitteeReport,
  MeetingForm,
  MeetingKind,
  ReportPeriod,
  TargetTotal,
} from '../../src/reports/committee-report-types';
import { ATTENTION_ORDER } from '../../src/reports/committee-report-rows';

export interface MeetingSpec {
  readonly month: string;
  readonly kind?: MeetingKind;
  readonly form?: MeetingForm;
  readonly day?: number;
  readonly minutes?: number | null;
  readonly expected: number;
  readonly excused?: number;
  readonly unexcused?: number;
  readonly motions?: number;
  readonly passed?: number;
  readonly onlineWithoutApproval?: boolean;
  readonly minutesSent?: boolean;
  readonly documentsLate?: boolean;
}

export interface CellSpec {
  readonly id: string;
  readonly name: string;
  readonly official: number;
  readonly probationary: number;
  readonly meetings: readonly MeetingSpec[];
  readonly excusedStreakMemberIds?: readonly string[];
  readonly probationDue?: CellReportRow['probationDue'];
}

function meetingFlags(m: MeetingSpec, rate: number | null, minutes: number | null): AttentionCode[] {
  const flags: AttentionCode[] = [];
  if (m.minutesSent === false) flags.push('minutes.missing');
  if (m.onlineWithoutApproval) flags.push('online.unapproved');
  if ((m.unexcused ?? 0) > 0) flags.push('absence.unexcused');
  if (rate !== null && rate <= 0.85) flags.push('attendance.low');
  if (minutes !== null && minutes < ((m.kind ?? 'regular') === 'thematic' ? 120 : 90)) flags.push('meeting.short');
  if (m.documentsLate) flags.push('documents.late');
  return flags;
}

function meetingRow(cellId: string, m: MeetingSpec, index: number): CellMeetingRow {
  const day = m.day ?? 5;
  const start = new Date(`${m.month}-${String(day).padStart(2, '0')}T07:00:00.000Z`);
  const minutes = m.minutes === undefined ? 110 : m.minutes;
  const end = minutes === null ? null : new Date(start.getTime() + minutes * 60_000);
  const excused = m.excused ?? 0;
  const unexcused = m.unexcused ?? 0;
  const present = m.expected - excused - unexcused;
  const rate = m.expected === 0 ? null : present / m.expected;
  return {
    meetingId: `${cellId}-m${index + 1}`,
    month: m.month,
    kind: m.kind ?? 'regular',
    form: m.form ?? 'in_person',
    startedAt: start.toISOString(),
    endedAt: end?.toISOString() ?? null,
    durationMinutes: minutes,
    presentTotal: present,
    present,
    expected: m.expected,
    rate,
    excused,
    unexcused,
    motions: m.motions ?? 1,
    passed: m.passed ?? m.motions ?? 1,
    onlineWithoutApproval: m.onlineWithoutApproval ?? false,
    minutesSent: m.minutesSent ?? true,
    flags: meetingFlags(m, rate, minutes),
  };
}

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
}

function sumBy<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

/** One cell's row, every figure computed from its meetings. */
export function cellRow(spec: CellSpec, period: ReportPeriod, committee: { id: string; name: string }): CellReportRow {
  const meetings = spec.meetings.map((m, i) => meetingRow(spec.id, m, i));
  const regularMonths = new Set(meetings.filter((m) => m.kind === 'regular').map((m) => m.month));
  const thematicQuarters = new Set(meetings.filter((m) => m.kind === 'thematic').map((m) => quarterOf(m.month)));
  const monthsWithoutMeeting = period.months.filter((month) => !regularMonths.has(month));
  const quartersWithoutThematic = [...new Set(period.months.map(quarterOf))].filter((q) => !thematicQuarters.has(q));
  const present = sumBy(meetings, (m) => m.present);
  const expected = sumBy(meetings, (m) => m.expected);
  const codes = new Set<AttentionCode>(meetings.flatMap((m) => m.flags));
  if (monthsWithoutMeeting.length > 0) codes.add('meeting.missing');
  if (quartersWithoutThematic.length > 0) codes.add('thematic.missing');
  if ((spec.excusedStreakMemberIds ?? []).length > 0) codes.add('absence.excused_streak');
  if ((spec.probationDue ?? []).length > 0) codes.add('probation.due');
  const byForm = { in_person: 0, online: 0, mixed: 0 };
  for (const m of meetings) byForm[m.form] += 1;
  return {
    cell: { id: spec.id, name: spec.name, committeeId: committee.id, committeeName: committee.name },
    members: { total: spec.official + spec.probationary, official: spec.official, probationary: spec.probationary },
    meetings,
    regularHeld: meetings.filter((m) => m.kind === 'regular').length,
    thematicHeld: meetings.filter((m) => m.kind === 'thematic').length,
    monthsWithoutMeeting,
    quartersWithoutThematic,
    byForm,
    attendance: {
      present,
      expected,
      rate: expected === 0 ? null : present / expected,
      excused: sumBy(meetings, (m) => m.excused),
      unexcused: sumBy(meetings, (m) => m.unexcused),
    },
    motions: { total: sumBy(meetings, (m) => m.motions), passed: sumBy(meetings, (m) => m.passed) },
    excusedStreakMemberIds: spec.excusedStreakMemberIds ?? [],
    probationDue: spec.probationDue ?? [],
    attention: ATTENTION_ORDER.filter((code) => codes.has(code)),
  };
}

export const QUARTER_PERIOD: ReportPeriod = {
  kind: 'quarter',
  key: '2026-Q4',
  fromMonth: '2026-10',
  toMonth: '2026-12',
  months: ['2026-10', '2026-11', '2026-12'],
  label: 'quý IV/2026',
};

const Q4 = ['2026-10', '2026-11', '2026-12'] as const;
const regularEach = (expected: number, extra: Partial<MeetingSpec> = {}): MeetingSpec[] =>
  Q4.map((month) => ({ month, expected, ...extra }));

/** Seven cells of a district enterprise committee over the fourth quarter of 2026. */
export const COMMITTEE_CELLS: readonly CellSpec[] = [
  {
    id: 'cb-kythuat',
    name: 'Chi bộ Phòng Kỹ thuật',
    official: 18,
    probationary: 2,
    meetings: [...regularEach(20), { month: '2026-11', kind: 'thematic', day: 20, minutes: 150, expected: 20 }],
  },
  {
    id: 'cb-taichinh',
    name: 'Chi bộ Phòng Tài chính – Kế toán',
    official: 9,
    probationary: 1,
    meetings: [
      ...regularEach(10, { excused: 1 }),
      { month: '2026-10', kind: 'thematic', day: 22, minutes: 125, expected: 10 },
    ],
  },
  {
    id: 'cb-kinhdoanh',
    name: 'Chi bộ Phòng Kinh doanh',
    official: 12,
    probationary: 3,
    meetings: [
      { month: '2026-10', expected: 15, excused: 2, unexcused: 1 },
      { month: '2026-12', expected: 15, form: 'online', onlineWithoutApproval: true, minutes: 75 },
    ],
    excusedStreakMemberIds: ['kd-07'],
  },
  {
    id: 'cb-xuong1',
    name: 'Chi bộ Xưởng Sản xuất số 1',
    official: 30,
    probationary: 4,
    meetings: [
      ...regularEach(34, { excused: 3, form: 'mixed' }),
      { month: '2026-12', kind: 'thematic', day: 18, minutes: 130, expected: 34, excused: 2 },
    ],
    probationDue: [
      { memberId: 'x1-31', fullName: 'Lê Thị Ánh Tuyết', endsOn: '2026-11-14' },
      { memberId: 'x1-32', fullName: 'Phạm Quốc Đạt', endsOn: '2026-12-02' },
    ],
  },
  {
    id: 'cb-hanhchinh',
    name: 'Chi bộ Văn phòng – Hành chính',
    official: 8,
    probationary: 0,
    meetings: [
      ...regularEach(8, { minutesSent: true }).slice(0, 2),
      { month: '2026-12', expected: 8, minutesSent: false, documentsLate: true },
      { month: '2026-11', kind: 'thematic', day: 25, minutes: 120, expected: 8 },
    ],
  },
  {
    id: 'cb-vantai',
    name: 'Chi bộ Đội Vận tải',
    official: 14,
    probationary: 1,
    meetings: [
      ...regularEach(15, { excused: 1, form: 'online' }),
      { month: '2026-10', kind: 'thematic', form: 'online', day: 28, minutes: 140, expected: 15 },
    ],
  },
  {
    id: 'cb-dichvu',
    name: 'Chi bộ Trung tâm Dịch vụ khách hàng',
    official: 11,
    probationary: 2,
    meetings: regularEach(13, { excused: 2 }),
  },
];

const TARGETS: readonly TargetTotal[] = [
  { metric: 'Kết nạp đảng viên mới', scope: 'year', period: '2026', unit: 'đồng chí', goal: 7, progress: 5, cells: 4 },
  {
    metric: 'Đảng viên hoàn thành tốt nhiệm vụ trở lên',
    scope: 'year',
    period: '2026',
    unit: 'đồng chí',
    goal: 118,
    progress: 104,
    cells: 7,
  },
  {
    metric: 'Bồi dưỡng quần chúng ưu tú',
    scope: 'month',
    period: '2026-12',
    unit: 'người',
    goal: 12,
    progress: 9,
    cells: 3,
  },
];

export interface CommitteeReportOptions {
  readonly cells?: readonly CellSpec[];
  readonly period?: ReportPeriod;
  readonly targets?: readonly TargetTotal[];
  readonly committee?: CommitteeReport['committee'];
}

/** The whole report, sorted as the computation sorts it: cells needing attention first, then by name. */
export function committeeReportFixture(options: CommitteeReportOptions = {}): CommitteeReport {
  const committee = options.committee ?? {
    id: 'du-khoi-dn',
    name: 'Đảng bộ Khối Doanh nghiệp quận Long Biên',
    parentName: 'Đảng bộ quận Long Biên',
    locality: 'Long Biên',
  };
  const period = options.period ?? QUARTER_PERIOD;
  const collator = new Intl.Collator('vi');
  const rows = (options.cells ?? COMMITTEE_CELLS)
    .map((spec) => cellRow(spec, period, committee))
    .sort(
      (a, b) =>
        Number(b.attention.length > 0) - Number(a.attention.length > 0) || collator.compare(a.cell.name, b.cell.name),
    );
  const meetings = rows.flatMap((r) => r.meetings);
  const present = sumBy(rows, (r) => r.attendance.present);
  const expected = sumBy(rows, (r) => r.attendance.expected);
  const byForm = { in_person: 0, online: 0, mixed: 0 };
  for (const m of meetings) byForm[m.form] += 1;
  return {
    committee,
    period,
    generatedAt: '2027-01-04T02:30:00.000Z',
    cells: rows,
    totals: {
      cells: rows.length,
      cellsHeldAll: rows.filter((r) => r.monthsWithoutMeeting.length === 0).length,
      cellsNeedingAttention: rows.filter((r) => r.attention.length > 0).length,
      meetings: meetings.length,
      byForm,
      attendance: {
        present,
        expected,
        rate: expected === 0 ? null : present / expected,
        excused: sumBy(rows, (r) => r.attendance.excused),
        unexcused: sumBy(rows, (r) => r.attendance.unexcused),
      },
      motions: { total: sumBy(rows, (r) => r.motions.total), passed: sumBy(rows, (r) => r.motions.passed) },
      onlineWithoutApproval: meetings.filter((m) => m.onlineWithoutApproval).length,
      probationDue: sumBy(rows, (r) => r.probationDue.length),
    },
    targets: options.targets ?? TARGETS,
  };
}
