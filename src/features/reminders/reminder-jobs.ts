/**
 * The reminder and correction jobs: to members who have not answered the
 * notice, to the cell before the start (venue, online room), to official
 * members who have not voted before a motion's deadline, and to the cell when
 * a meeting already announced is moved or cancelled (queued by features/schedule).
 */
import { isInvited } from '../../core/statuses';
import type { JobResult } from '../../meetings/job-due';
import type { MeetingWithDetails } from '../../meetings/meeting-queries';
import { toMemberStatus } from '../../store/mappers';
import { NO_SENDS, toCell, toMembers, type JobContext } from '../shared/job-context';
import {
  cancelledNotice,
  joinReminder,
  movedNotice,
  rsvpReminder,
  voteReminder,
  type MeetingFacts,
} from './reminder-views';

function factsOf(meeting: MeetingWithDetails): MeetingFacts {
  return {
    id: meeting.id,
    period: meeting.period,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    venues: meeting.venues,
    joinUrl: meeting.joinUrl,
    timeZone: meeting.cell.timezone,
  };
}

export async function remindUnanswered(ctx: JobContext): Promise<JobResult> {
  const { job, meeting } = ctx;
  const [members, answered] = await Promise.all([
    ctx.db.prisma.member.findMany({
      where: { cellId: job.cellId },
      select: { id: true, status: true },
      orderBy: { id: 'asc' },
    }),
    ctx.db.prisma.attendance.findMany({
      where: { meetingId: meeting.id, rsvp: { not: null } },
      select: { memberId: true },
    }),
  ]);
  const done = new Set(answered.map((a) => a.memberId));
  const pending = members.filter((m) => isInvited(toMemberStatus(m.status)) && !done.has(m.id)).map((m) => m.id);
  return toMembers(pending, rsvpReminder(factsOf(meeting), ctx.locale));
}

export async function remindToJoin(ctx: JobContext): Promise<JobResult> {
  return toCell(joinReminder(factsOf(ctx.meeting), ctx.locale));
}

export async function remindToVote(ctx: JobContext): Promise<JobResult> {
  const { job, meeting } = ctx;
  if (job.motionId === undefined) return NO_SENDS;
  const motion = await ctx.db.prisma.motion.findUnique({
    where: { id: job.motionId },
    include: { ballots: { select: { memberId: true } } },
  });
  if (!motion || motion.status !== 'open' || motion.deadline === null) return NO_SENDS;
  const voted = new Set(motion.ballots.map((b) => b.memberId));
  const officials = await ctx.db.prisma.member.findMany({
    where: { cellId: job.cellId, status: 'official' },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const view = voteReminder(factsOf(meeting), motion.title, motion.deadline, ctx.locale);
  return toMembers(
    officials.map((m) => m.id).filter((id) => !voted.has(id)),
    view,
  );
}

export async function announceMove(ctx: JobContext): Promise<JobResult> {
  return toCell(movedNotice(factsOf(ctx.meeting), ctx.locale));
}

export async function announceCancellation(ctx: JobContext): Promise<JobResult> {
  const audit = await ctx.db.prisma.auditEvent.findFirst({
    where: { subjectId: ctx.meeting.id, type: 'meeting.cancelled' },
    orderBy: { createdAt: 'desc' },
  });
  const data = audit ? (JSON.parse(audit.data) as { reason?: unknown }) : {};
  const reason = typeof data.reason === 'string' && data.reason !== '' ? data.reason : null;
  return toCell(cancelledNotice(factsOf(ctx.meeting), reason, ctx.locale));
}
