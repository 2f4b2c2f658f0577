/**
 * What the spreadsheet holds for a month or a year: every held meeting with
 * each member's presence, and every motion with each member's ballot, as
 * plain rows. Loaded once per meeting; the rules come from the core.
 */
import { formatShortDate, periodLabel } from '../core/format';
import { statusLabel } from '../core/statuses';
import type { Presence } from '../core/types';
import type { Database } from '../store/database';
import { toMemberStatus } from '../store/mappers';
import { loadMeetingAttendance } from '../features/attendance/attendance-data';
import { findMotion } from '../features/votes/motion-queries';
import { outcomeOf, resultLinesOf } from '../features/votes/vote-view';
import { parseScope } from '../features/summaries/period-summary';
import { DomainError } from '../core/errors';

export interface AttendanceRow {
  readonly period: string;
  readonly date: string;
  readonly name: string;
  readonly status: string;
  readonly group: string;
  readonly presence: string;
  readonly venue: string;
  readonly reason: string;
}

export interface MotionSheet {
  readonly period: string;
  readonly title: string;
  readonly resultLines: readonly string[];
  readonly denominator: number;
  readonly rows: readonly { name: string; status: string; ballot: string; comment: string }[];
}

export interface ExportData {
  readonly cellName: string;
  readonly label: string;
  readonly attendance: AttendanceRow[];
  readonly motions: MotionSheet[];
}

const PRESENCE_LABELS: Readonly<Record<Presence, string>> = { present: 'Có mặt', excused: 'Vắng có lý do', unexcused: 'Vắng không lý do' };
const BALLOT_LABELS: Readonly<Record<string, string>> = { approve: 'Tán thành', reject: 'Không tán thành', other: 'Ý kiến khác' };

async function motionSheets(db: Database, meetingId: string, period: string): Promise<MotionSheet[]> {
  const ids = await db.prisma.motion.findMany({ where: { meetingId }, orderBy: { openedAt: 'asc' }, select: { id: true } });
  const sheets: MotionSheet[] = [];
  for (const { id } of ids) {
    const motion = await findMotion(db, id);
    if (!motion) continue;
    const outcome = await outcomeOf(db, motion);
    const electorate = new Set(outcome.electorate);
    const members = await db.prisma.member.findMany({ where: { cellId: motion.meeting.cellId }, orderBy: { fullName: 'asc' } });
    const ballots = new Map(motion.ballots.map((b) => [b.memberId, b]));
    const opinions = new Map(motion.opinions.map((o) => [o.memberId, o.text]));
    const rows = members.map((m) => {
      const ballot = electorate.has(m.id) ? ballots.get(m.id) : undefined;
      const verdict = electorate.has(m.id) ? (ballot ? (BALLOT_LABELS[ballot.choice] ?? ballot.choice) : 'Không biểu quyết') : 'Không thuộc diện biểu quyết';
      return { name: m.fullName, status: statusLabel(toMemberStatus(m.status), 'vi'), ballot: verdict, comment: ballot?.comment ?? opinions.get(m.id) ?? '' };
    });
    sheets.push({ period, title: motion.title, resultLines: resultLinesOf(motion, outcome, 'vi'), denominator: outcome.denominator, rows });
  }
  return sheets;
}

/** Loads the rows of a month ("2025-09") or a year ("2025") of one cell. */
export async function loadExportData(db: Database, cellId: string, period: string): Promise<ExportData> {
  const { scope } = parseScope(period);
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) throw new DomainError('cell.unknown');
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId, status: { in: ['closed', 'in_progress'] }, ...(scope === 'year' ? { period: { startsWith: period } } : { period }) },
    orderBy: { startsAt: 'asc' },
  });
  const attendance: AttendanceRow[] = [];
  const motions: MotionSheet[] = [];
  for (const meeting of meetings) {
    const loaded = await loadMeetingAttendance(db, meeting);
    const rows = new Map(loaded.rows.map((r) => [r.memberId, r]));
    loaded.members.forEach((member, i) => {
      const presence = loaded.records[i]?.presence ?? null;
      const row = rows.get(member.id);
      attendance.push({
        period: periodLabel(meeting.period, 'vi'), date: formatShortDate(meeting.startsAt, cell.timezone, 'vi'), name: member.fullName,
        status: statusLabel(toMemberStatus(member.status), 'vi'), group: member.partyGroup ?? '',
        presence: presence ? PRESENCE_LABELS[presence] : 'Không thuộc diện triệu tập / chưa ghi nhận',
        venue: presence === 'present' ? (row?.presenceVenue ?? '') : '', reason: presence === 'excused' ? (row?.presenceReason ?? row?.rsvpReason ?? '') : '',
      });
    });
    motions.push(...(await motionSheets(db, meeting.id, meeting.period)));
  }
  return { cellName: cell.name, label: scope === 'year' ? `năm ${period}` : periodLabel(period, 'vi'), attendance, motions };
}
