/**
 * What each scheduled job does once its ledger row is taken: build the view
 * with the features' view functions and hand it to delivery, whose outbox
 * keys embed the ledger key (so a resumed run queues only what is missing).
 */
import type { Delivery, DeliveryReport } from '../delivery';
import { isInvited } from '../core/statuses';
import type { Locale } from '../core/types';
import { rollCallViewFor } from '../features/attendance/rollcall-view';
import { meetingInclude, type MeetingWithDetails } from '../features/meetings/meeting-queries';
import { announceMeeting, announcedBySchedulerKey } from '../features/notices/announce';
import { noticeViewFor } from '../features/notices/notice-view';
import type { Clock, Logger } from '../features/ports';
import { loadMeetingSummary } from '../features/summaries/load-summary';
import { summaryView } from '../features/summaries/summary-view';
import { toMemberStatus } from '../store/mappers';
import type { Database } from '../store/database';
import { cancelledNotice, joinReminder, movedNotice, rsvpReminder, voteReminder, type MeetingFacts } from './job-views';
import type { Occurrence } from './plan';
import { asLocale } from '../core/wording/say';

export interface JobDependencies {
  readonly db: Database;
  readonly delivery: Delivery;
  readonly clock: Clock;
  readonly logger: Logger;
}

const NOTHING: DeliveryReport = { queued: 0, existing: 0, unreachable: [] };

function factsOf(meeting: MeetingWithDetails): MeetingFacts {
  return { id: meeting.id, period: meeting.period, kind: meeting.kind, startsAt: meeting.startsAt, venues: meeting.venues, joinUrl: meeting.joinUrl, timeZone: meeting.cell.timezone };
}

function localeOf(meeting: MeetingWithDetails): Locale {
  return asLocale(meeting.cell.locale);
}

async function loadMeeting(db: Database, id: string): Promise<MeetingWithDetails | null> {
  return db.prisma.meeting.findUnique({ where: { id }, include: meetingInclude });
}

/**
 * The notice with the agenda: a draft becomes announced through the same step as "thông báo". A notice
 * someone already posted is not posted again; only the occurrence that announced it delivers it (a resumed
 * run re-queues what is missing, by the outbox keys).
 */
async function notice(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  const outcome = await announceMeeting(deps.db, o.cellId, meeting.id, { schedulerKey: o.key }, deps.clock.now());
  if (!outcome.announced && !(await announcedBySchedulerKey(deps.db, meeting.id, o.key))) {
    deps.logger.info({ key: o.key, status: outcome.status }, 'scheduler: notice already posted, not posted again');
    return NOTHING;
  }
  const current = (await loadMeeting(deps.db, meeting.id)) ?? meeting;
  const view = await noticeViewFor({ ...deps, turn: { locale: localeOf(current) } }, current, null);
  return deps.delivery.toCell(o.cellId, view, o.job, o.key);
}

async function rsvpReminders(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  const [members, answered] = await Promise.all([
    deps.db.prisma.member.findMany({ where: { cellId: o.cellId }, select: { id: true, status: true }, orderBy: { id: 'asc' } }),
    deps.db.prisma.attendance.findMany({ where: { meetingId: meeting.id, rsvp: { not: null } }, select: { memberId: true } }),
  ]);
  const done = new Set(answered.map((a) => a.memberId));
  const pending = members.filter((m) => isInvited(toMemberStatus(m.status)) && !done.has(m.id)).map((m) => m.id);
  const view = rsvpReminder(factsOf(meeting), localeOf(meeting));
  return deps.delivery.toMembers(o.cellId, pending, () => view, o.job, o.key);
}

async function openRollCall(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  const now = deps.clock.now();
  const opened = await deps.db.prisma.meeting.updateMany({ where: { id: meeting.id, status: { in: ['draft', 'announced'] } }, data: { status: 'in_progress', startedAt: now } });
  if (opened.count === 1) await deps.db.prisma.auditEvent.create({ data: { cellId: o.cellId, type: 'rollcall.opened', subjectId: meeting.id, data: JSON.stringify({ by: 'scheduler', key: o.key }) } });
  const fresh = (await loadMeeting(deps.db, meeting.id)) ?? meeting;
  const view = await rollCallViewFor(deps, fresh, null, localeOf(fresh));
  return deps.delivery.toCell(o.cellId, view, o.job, o.key);
}

async function voteReminders(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  if (o.motionId === undefined) return NOTHING;
  const motion = await deps.db.prisma.motion.findUnique({ where: { id: o.motionId }, include: { ballots: { select: { memberId: true } } } });
  if (!motion || motion.status !== 'open' || motion.deadline === null) return NOTHING;
  const voted = new Set(motion.ballots.map((b) => b.memberId));
  const officials = await deps.db.prisma.member.findMany({ where: { cellId: o.cellId, status: 'official' }, select: { id: true }, orderBy: { id: 'asc' } });
  const view = voteReminder(factsOf(meeting), motion.title, motion.deadline, localeOf(meeting));
  return deps.delivery.toMembers(o.cellId, officials.map((m) => m.id).filter((id) => !voted.has(id)), () => view, o.job, o.key);
}

/** The monthly summary, to the secretary (or, without one, the committee). */
async function summary(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  const committee = await deps.db.prisma.member.findMany({ where: { cellId: o.cellId, role: { in: ['secretary', 'deputy_secretary', 'committee'] } }, select: { id: true, role: true } });
  const secretaries = committee.filter((m) => m.role === 'secretary');
  const to = (secretaries.length > 0 ? secretaries : committee).map((m) => m.id);
  const locale = localeOf(meeting);
  const view = summaryView(await loadMeetingSummary(deps.db, meeting.id, locale), locale);
  return deps.delivery.toMembers(o.cellId, to, () => view, o.job, o.key);
}

async function cancellation(deps: JobDependencies, o: Occurrence, meeting: MeetingWithDetails): Promise<DeliveryReport> {
  const audit = await deps.db.prisma.auditEvent.findFirst({ where: { subjectId: meeting.id, type: 'meeting.cancelled' }, orderBy: { createdAt: 'desc' } });
  const data = audit ? (JSON.parse(audit.data) as { reason?: unknown }) : {};
  const reason = typeof data.reason === 'string' && data.reason !== '' ? data.reason : null;
  return deps.delivery.toCell(o.cellId, cancelledNotice(factsOf(meeting), reason, localeOf(meeting)), o.job, o.key);
}

/** Runs one occurrence; resolves with what was queued. */
export async function runJob(deps: JobDependencies, o: Occurrence): Promise<DeliveryReport> {
  const meeting = await loadMeeting(deps.db, o.meetingId);
  if (!meeting) {
    deps.logger.warn({ key: o.key }, 'scheduler: meeting of a job is gone');
    return NOTHING;
  }
  switch (o.job) {
    case 'notice': return notice(deps, o, meeting);
    case 'remind.rsvp': return rsvpReminders(deps, o, meeting);
    case 'remind.join': return deps.delivery.toCell(o.cellId, joinReminder(factsOf(meeting), localeOf(meeting)), o.job, o.key);
    case 'rollcall': return openRollCall(deps, o, meeting);
    case 'remind.vote': return voteReminders(deps, o, meeting);
    case 'summary': return summary(deps, o, meeting);
    case 'meeting.moved': return deps.delivery.toCell(o.cellId, movedNotice(factsOf(meeting), localeOf(meeting)), o.job, o.key);
    case 'meeting.cancelled': return cancellation(deps, o, meeting);
  }
}
