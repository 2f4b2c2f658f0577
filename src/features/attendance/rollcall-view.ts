/** Builds the roll-call card's view model for the cell or for one member. */
import type { RollCallView, StatusCount } from '../../cards/view-models';
import { rollCallLine } from '../../core/attendance';
import { periodLabel } from '../../core/format';
import { statusLabel } from '../../core/statuses';
import { MEMBER_STATUSES, type Locale } from '../../core/types';
import { toCellRules, toPresence } from '../../store/mappers';
import type { Member } from '../../store/rows';
import type { Services } from '../shared/context';
import { parseVenues } from '../../meetings/meeting-details';
import type { MeetingWithDetails } from '../../meetings/meeting-queries';
import { loadMeetingAttendance } from './attendance-data';
import type { AttendanceLite } from '../../store/roster-rows';
import { computeMeetingNumbers } from './meeting-numbers';
import { say } from '../../core/wording/say';
import { ATTENDANCE_WORDING as W } from '../../core/wording/attendance';

type PresenceRow = Pick<AttendanceLite, 'memberId' | 'presence' | 'presenceVenue' | 'rsvpVenue'>;

function myPresence(row: PresenceRow | undefined): RollCallView['myPresence'] {
  const presence = toPresence(row?.presence ?? null);
  if (!row || !presence) return undefined;
  return { presence, ...(row.presenceVenue ? { venue: row.presenceVenue } : {}) };
}

/** The venue the viewer gave when answering the notice, if it is still one of the meeting's. */
function myRsvpVenue(row: PresenceRow | undefined, venues: readonly string[]): string | undefined {
  const venue = row?.rsvpVenue ?? undefined;
  return venue !== undefined && venues.includes(venue) ? venue : undefined;
}

/** Late arrivals and members recorded on their behalf, named, in check-in order. */
async function presenceNotes(services: Services, meetingId: string, locale: Locale): Promise<string[]> {
  const rows = await services.db.prisma.attendance.findMany({
    where: { meetingId, presence: 'present', OR: [{ late: true }, { recordedById: { not: null } }] },
    select: { late: true, recordedById: true, member: { select: { fullName: true } } },
    orderBy: [{ checkedInAt: 'asc' }, { id: 'asc' }],
  });
  const late = rows.filter((r) => r.late).map((r) => r.member.fullName);
  const onBehalf = rows.filter((r) => r.recordedById !== null).map((r) => r.member.fullName);
  const notes: string[] = [];
  if (late.length > 0) notes.push(say(locale, W.lateArrivals, { count: late.length, names: late.join(', ') }));
  if (onBehalf.length > 0)
    notes.push(say(locale, W.onBehalfCount, { count: onBehalf.length, names: onBehalf.join(', ') }));
  return notes;
}

/** The roll call as `viewer` sees it (their own check-in marked); viewer null = the shared card. */
export async function rollCallViewFor(
  services: Services,
  meeting: MeetingWithDetails,
  viewer: Member | null,
  locale: Locale,
): Promise<RollCallView> {
  const [attendance, notes] = await Promise.all([
    loadMeetingAttendance(services.db, meeting),
    presenceNotes(services, meeting.id, locale),
  ]);
  const numbers = computeMeetingNumbers(attendance, toCellRules(meeting.cell), locale);
  const byStatus: StatusCount[] = MEMBER_STATUSES.filter((s) => numbers.stats.roster[s] > 0).map((status) => ({
    status,
    label: statusLabel(status, locale),
    total: numbers.stats.roster[status],
    present: numbers.stats.present[status],
  }));
  const venues = parseVenues(meeting.venues).map((v) => v.name);
  const row = viewer ? attendance.rows.find((r) => r.memberId === viewer.id) : undefined;
  const mine = myPresence(row);
  const rsvpVenue = myRsvpVenue(row, venues);
  return {
    type: 'rollcall',
    locale,
    meetingId: meeting.id,
    heading: say(locale, W.rollCallHeading, { period: periodLabel(meeting.period, locale) }),
    venues,
    byStatus,
    summaryLine: rollCallLine(numbers.stats, locale),
    quorumLine: numbers.quorum.line,
    warnings: [...numbers.quorum.warnings],
    ...(mine ? { myPresence: mine } : {}),
    ...(rsvpVenue !== undefined ? { myRsvpVenue: rsvpVenue } : {}),
    ...(viewer ? { personal: true } : {}),
    open: meeting.status === 'in_progress',
    ...(notes.length > 0 ? { notes } : {}),
  };
}
