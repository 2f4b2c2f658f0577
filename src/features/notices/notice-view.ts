/** Builds the notice card's view model for the whole cell or for one member. */
import type { NoticeView, RsvpCounts } from '../../cards/view-models';
import { formatLongDate, formatMeetingTime, formLabel, meetingKindLabel, periodLabel } from '../../core/format';
import { isInvited } from '../../core/statuses';
import type { Locale } from '../../core/types';
import type { Attendance, Member } from '../../store/rows';
import { toMeetingForm, toMeetingKind, toMemberStatus, toRsvp } from '../../store/mappers';
import { memberIsCommittee, type Services } from '../shared/context';
import { isMarkedSecret, parseDocuments, parseVenues } from '../../meetings/meeting-details';
import type { MeetingWithDetails } from '../../meetings/meeting-queries';
import { say } from '../../core/wording/say';
import { NOTICE_WORDING as W } from '../../core/wording/attendance';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The answers so far: invited members, and exempt members who said they will attend (they may, and are counted apart). */
export function countAnswers(
  members: readonly Pick<Member, 'id' | 'status'>[],
  attendances: readonly Pick<Attendance, 'memberId' | 'rsvp'>[],
): RsvpCounts {
  const invited = new Set(members.filter((m) => isInvited(toMemberStatus(m.status))).map((m) => m.id));
  const exempt = new Set(members.filter((m) => toMemberStatus(m.status) === 'exempt').map((m) => m.id));
  const counts = { attend: 0, attendOnline: 0, excused: 0, noAnswer: 0, exemptAttending: 0 };
  let invitedAnswered = 0;
  for (const row of attendances) {
    const answer = toRsvp(row.rsvp);
    if (answer === null) continue;
    if (invited.has(row.memberId)) {
      invitedAnswered += 1;
      if (answer === 'excused') counts.excused += 1;
    }
    // An exempt member need not excuse themselves; one who will attend is counted with the others and apart.
    if (answer === 'excused' || !(invited.has(row.memberId) || exempt.has(row.memberId))) continue;
    if (answer === 'attend') counts.attend += 1;
    else counts.attendOnline += 1;
    if (exempt.has(row.memberId)) counts.exemptAttending += 1;
  }
  counts.noAnswer = invited.size - invitedAnswered;
  return counts;
}

function requestSentence(meeting: MeetingWithDetails, locale: Locale): string {
  const deadline = formatLongDate(new Date(meeting.startsAt.getTime() - DAY_MS), meeting.cell.timezone, locale);
  return say(locale, W.request, { deadline });
}

/** An online or mixed meeting: the approval it rests on (03-HD/TW), or that none is on file and where to enter it. */
function approvalLine(cell: MeetingWithDetails['cell'], locale: Locale): string {
  const ref = cell.onlineApprovalRef?.trim();
  if (!ref) return say(locale, W.noApproval);
  // A date-only value stored at UTC midnight: read it in UTC.
  const date = cell.onlineApprovalDate ? formatLongDate(cell.onlineApprovalDate, 'UTC', locale) : null;
  return say(locale, W.approval, { ref, date: date ?? '' });
}

function committeeWarnings(meeting: MeetingWithDetails, locale: Locale): string[] {
  const warnings: string[] = [];
  if (meeting.form !== 'in_person') warnings.push(approvalLine(meeting.cell, locale));
  if (parseDocuments(meeting.documents).some((d) => isMarkedSecret(d.title))) {
    warnings.push(say(locale, W.secretLinkedOnly));
  }
  return warnings;
}

function nameOf(members: readonly Member[], id: string | null): string | undefined {
  return members.find((m) => m.id === id)?.fullName;
}

function myAnswer(row: Attendance | undefined): NoticeView['myAnswer'] {
  const answer = toRsvp(row?.rsvp ?? null);
  if (!row || !answer) return undefined;
  return {
    answer,
    ...(row.rsvpVenue ? { venue: row.rsvpVenue } : {}),
    ...(row.rsvpReason ? { reason: row.rsvpReason } : {}),
  };
}

/** The notice as `viewer` sees it (their own answer marked); viewer null = the shared card. */
export async function noticeViewFor(
  services: Services & { turn: { locale: Locale } },
  meeting: MeetingWithDetails,
  viewer: Member | null,
): Promise<NoticeView> {
  const locale = services.turn.locale;
  const [members, attendances] = await Promise.all([
    services.db.prisma.member.findMany({ where: { cellId: meeting.cellId } }),
    services.db.prisma.attendance.findMany({ where: { meetingId: meeting.id } }),
  ]);
  const tz = meeting.cell.timezone;
  const kind = meetingKindLabel(toMeetingKind(meeting.kind), locale);
  const chair = nameOf(members, meeting.chairMemberId);
  const minuteTaker = nameOf(members, meeting.minuteTakerMemberId);
  const mine = viewer ? myAnswer(attendances.find((a) => a.memberId === viewer.id)) : undefined;
  return {
    type: 'notice',
    locale,
    meetingId: meeting.id,
    cellName: meeting.cell.name,
    parentOrganisation: meeting.cell.parentOrganisation,
    heading: say(locale, W.heading, { kind, period: periodLabel(meeting.period, locale) }),
    when: formatMeetingTime(meeting.startsAt, tz, locale),
    formLabel: formLabel(toMeetingForm(meeting.form), locale),
    venues: parseVenues(meeting.venues),
    online: toMeetingForm(meeting.form) !== 'in_person',
    ...(meeting.joinUrl ? { joinUrl: meeting.joinUrl } : {}),
    agenda: meeting.agendaItems.map((item) => ({
      position: item.position,
      title: item.title,
      ...(item.presenter ? { presenter: item.presenter } : {}),
      ...(item.documentUrl ? { documentUrl: item.documentUrl } : {}),
    })),
    documents: parseDocuments(meeting.documents),
    guests: meeting.guests.map((g) => ({ name: g.name, position: g.position })),
    ...(chair ? { chair } : {}),
    ...(minuteTaker ? { minuteTaker } : {}),
    request: requestSentence(meeting, locale),
    counts: countAnswers(members, attendances),
    ...(mine ? { myAnswer: mine } : {}),
    cancelled: meeting.status === 'cancelled',
    ...(meeting.status === 'draft' ? { preview: true } : {}),
    warnings: viewer && memberIsCommittee(viewer) ? committeeWarnings(meeting, locale) : [],
  };
}
