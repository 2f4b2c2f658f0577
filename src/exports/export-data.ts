/**
 * What the spreadsheet holds for a month or a year: every held meeting with
 * each member's presence, and every motion with each member's ballot, as
 * plain rows, from the same loader and figures as every report
 * (features/attendance/meeting-rows.ts, core/meeting-figures.ts).
 */
import { formatShortDate, periodLabel } from '../core/format';
import { motionResultLines, type MotionFigures } from '../core/meeting-figures';
import { isInvited, statusLabel } from '../core/statuses';
import type { Presence } from '../core/types';
import type { Database } from '../store/database';
import { toMemberStatus } from '../store/mappers';
import { loadMeetingsFigures, type LoadedMeeting } from '../features/attendance/meeting-rows';
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

const PRESENCE_LABELS: Readonly<Record<Presence, string>> = {
  present: 'Có mặt',
  excused: 'Vắng có lý do',
  unexcused: 'Vắng không lý do',
};
const BALLOT_LABELS: Readonly<Record<string, string>> = {
  approve: 'Tán thành',
  reject: 'Không tán thành',
  other: 'Ý kiến khác',
};
const NOT_SUMMONED = 'Không thuộc diện triệu tập';
const NOT_RECORDED = 'Chưa điểm danh';

/** A member's line on a motion sheet, from the same figures as the attendance sheet: an absent member never shows a vote. */
function ballotLabel(motion: MotionFigures, memberId: string, presence: Presence | null): string {
  if (!motion.electorate.includes(memberId)) return 'Không thuộc diện biểu quyết';
  const ballot = motion.counted.get(memberId);
  if (ballot) return BALLOT_LABELS[ballot.choice] ?? ballot.choice;
  if (presence === 'present') return 'Không biểu quyết';
  const label = presence ? PRESENCE_LABELS[presence] : 'Vắng mặt';
  return motion.uncounted.some((u) => u.ballot.memberId === memberId) ? `${label} (phiếu không được tính)` : label;
}

function motionSheets(held: LoadedMeeting): MotionSheet[] {
  const { figures } = held;
  return figures.motions.map((motion) => {
    const opinions = new Map(
      (held.motions.find((m) => m.id === motion.id)?.opinions ?? []).map((o) => [o.memberId, o.text]),
    );
    const rows = held.members.map((m) => {
      const counted = motion.counted.get(m.id);
      return {
        name: m.fullName,
        status: statusLabel(toMemberStatus(m.status), 'vi'),
        ballot: ballotLabel(motion, m.id, figures.presence.get(m.id) ?? null),
        comment: counted?.comment ?? opinions.get(m.id) ?? '',
      };
    });
    return {
      period: held.meeting.period,
      title: motion.title,
      resultLines: motionResultLines(motion, 'vi'),
      denominator: motion.denominator,
      rows,
    };
  });
}

function attendanceRows(held: LoadedMeeting, timeZone: string): AttendanceRow[] {
  const { meeting, figures, input } = held;
  return held.members.map((member, i) => {
    const presence = figures.presence.get(member.id) ?? null;
    const record = input.records[i];
    return {
      period: periodLabel(meeting.period, 'vi'),
      date: formatShortDate(meeting.startsAt, timeZone, 'vi'),
      name: member.fullName,
      status: statusLabel(toMemberStatus(member.status), 'vi'),
      group: member.partyGroup ?? '',
      presence: presence
        ? PRESENCE_LABELS[presence]
        : isInvited(toMemberStatus(member.status))
          ? NOT_RECORDED
          : NOT_SUMMONED,
      venue: presence === 'present' ? record?.venue?.trim() || 'không rõ điểm cầu' : '',
      reason: presence === 'excused' ? (record?.reason ?? '') : '',
    };
  });
}

/** Loads the rows of a month ("2025-09") or a year ("2025") of one cell. */
export async function loadExportData(db: Database, cellId: string, period: string): Promise<ExportData> {
  const { scope } = parseScope(period);
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) throw new DomainError('cell.unknown');
  const meetings = await db.prisma.meeting.findMany({
    where: {
      cellId,
      status: { in: ['closed', 'in_progress'] },
      ...(scope === 'year' ? { period: { startsWith: period } } : { period }),
    },
    orderBy: { startsAt: 'asc' },
  });
  const loaded = await loadMeetingsFigures(db, cell, meetings, 'vi');
  return {
    cellName: cell.name,
    label: scope === 'year' ? `năm ${period}` : periodLabel(period, 'vi'),
    attendance: loaded.flatMap((held) => attendanceRows(held, cell.timezone)),
    motions: loaded.flatMap(motionSheets),
  };
}
