/** Loads a meeting's roster and attendance in the shape the core rules take. */
import type { AttendanceRecord, Presence, RosterMember } from '../../core/types';
import type { Database } from '../../store/database';
import type { Attendance, Meeting, Member } from '../../store/rows';
import { loadAttendanceRows, loadRosterRows, type AttendanceLite } from '../../store/roster-rows';
import { toPresence, toRosterMember, toRsvp, toMemberStatus, type MemberRow } from '../../store/mappers';
import { isInvited } from '../../core/statuses';

export interface MeetingAttendance {
  readonly members: MemberRow[];
  readonly roster: RosterMember[];
  readonly rows: AttendanceLite[];
  readonly records: AttendanceRecord[];
}

/**
 * Presence as the rules should count it: the roll-call answer when there is one;
 * once the meeting has started, an accepted excuse from the RSVP counts as
 * "excused"; once it is closed, an invited member with no answer is "unexcused".
 */
export function effectivePresence(
  meeting: Pick<Meeting, 'status'>,
  member: Pick<Member, 'status'>,
  row: Pick<Attendance, 'presence' | 'rsvp'> | undefined,
): Presence | null {
  const recorded = toPresence(row?.presence ?? null);
  if (recorded) return recorded;
  const started = meeting.status === 'in_progress' || meeting.status === 'closed';
  if (started && toRsvp(row?.rsvp ?? null) === 'excused') return 'excused';
  if (meeting.status === 'closed' && isInvited(toMemberStatus(member.status))) return 'unexcused';
  return null;
}

/** A member's record as every figure counts it: effective presence; venue and reason from the roll call, else the RSVP. */
export function toRecord(
  meeting: Pick<Meeting, 'status'>,
  member: MemberRow,
  row: AttendanceLite | undefined,
): AttendanceRecord {
  const presence = effectivePresence(meeting, member, row);
  return {
    memberId: member.id,
    presence,
    venue: row?.presenceVenue ?? row?.rsvpVenue ?? null,
    reason: row?.presenceReason ?? row?.rsvpReason ?? null,
  };
}

export async function loadMeetingAttendance(
  db: Database,
  meeting: Pick<Meeting, 'id' | 'cellId' | 'status'>,
): Promise<MeetingAttendance> {
  const [members, rows] = await Promise.all([loadRosterRows(db, meeting.cellId), loadAttendanceRows(db, meeting.id)]);
  const byMember = new Map(rows.map((row) => [row.memberId, row]));
  return {
    members,
    roster: members.map(toRosterMember),
    rows,
    records: members.map((m) => toRecord(meeting, m, byMember.get(m.id))),
  };
}
