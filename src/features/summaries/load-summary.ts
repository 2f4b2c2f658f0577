/**
 * Everything the secretary reports about one meeting, as plain data: the chat
 * summary, the CLI's --json and (later) the minutes are all built from it.
 */
import type { QualityFlag } from '../../core/quality-flags';
import { qualityFlags } from '../../core/quality-flags';
import { timingFlags } from '../../core/timing-flags';
import { formatMeetingTime, formLabel, meetingKindLabel, periodLabel } from '../../core/format';
import { rollCallLine } from '../../core/attendance';
import { DomainError } from '../../core/errors';
import type { Locale, MotionKind } from '../../core/types';
import type { Database } from '../../store/database';
import { toCellRules, toMeetingForm, toMeetingKind, toMotionKind } from '../../store/mappers';
import { loadMeetingAttendance } from '../attendance/attendance-data';
import { computeMeetingNumbers } from '../attendance/meeting-numbers';
import { parseVenues } from '../meetings/meeting-details';
import { meetingInclude } from '../meetings/meeting-queries';
import { timingOf } from '../meetings/meeting-timing';
import { findMotion } from '../votes/motion-queries';
import { outcomeOf, resultLinesOf } from '../votes/vote-view';
import type { MotionOutcome } from '../votes/vote-outcome';
import { loadYearHistory } from './year-history';
import { meetingDetails, previousTasks, targetLines, type MeetingDetails, type TaskReport } from './summary-extras';

export interface MotionSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: MotionKind;
  readonly status: 'open' | 'closed';
  readonly outcome: MotionOutcome;
  readonly resultLines: readonly string[];
  readonly otherComments: readonly { name: string; text: string }[];
  readonly opinions: readonly { name: string; text: string }[];
}

export interface MeetingSummary {
  readonly cell: { id: string; name: string; parentOrganisation: string };
  readonly meeting: { id: string; period: string; periodLabel: string; kind: string; form: string; when: string; status: string; chair: string | null; minuteTaker: string | null; venues: string[] };
  readonly roster: Readonly<Record<string, number>> & { total: number };
  readonly attendance: {
    rollCallLine: string;
    present: number;
    presentByVenue: Readonly<Record<string, number>>;
    excused: { name: string; reason: string }[];
    unexcused: string[];
    rate: number | null;
  };
  readonly guests: { name: string; position: string }[];
  readonly quorum: { required: number; presentOfficial: number; met: boolean; noResolutionCanPass: boolean; line: string; warnings: readonly string[] };
  readonly motions: MotionSummary[];
  readonly speakers: { name: string; gist: string | null }[];
  readonly tasks: { title: string; owner: string; due: string | null; status: string }[];
  readonly targets: { metric: string; scope: string; period: string; goal: number; progress: number; unit: string }[];
  readonly flags: QualityFlag[];
  // Added for the minutes, the resolution and the fuller summary (summary-extras.ts).
  readonly details: MeetingDetails;
  /** Tasks set at the previous meeting, with their status when this one started. */
  readonly previousTasks: TaskReport[];
  /** "Giới thiệu quần chúng ưu tú: 4/10 người (năm 2025)" */
  readonly targetLines: string[];
  /** Opinions of probationary members on every motion, apart from the tally. */
  readonly probationaryOpinions: { motion: string; name: string; text: string }[];
}

async function loadMeeting(db: Database, meetingId: string) {
  const meeting = await db.prisma.meeting.findUnique({
    where: { id: meetingId },
    include: { ...meetingInclude, motions: { orderBy: { openedAt: 'asc' } }, speeches: { where: { status: 'recorded' }, orderBy: { createdAt: 'asc' } }, tasks: { orderBy: { createdAt: 'asc' } } },
  });
  if (!meeting) throw new DomainError('meeting.not_found');
  return meeting;
}

async function summariseMotion(db: Database, motionId: string, names: Map<string, string>, locale: Locale): Promise<MotionSummary> {
  const motion = await findMotion(db, motionId);
  if (!motion) throw new DomainError('motion.not_found');
  const outcome = await outcomeOf(db, motion);
  const electorate = new Set(outcome.electorate);
  return {
    id: motion.id,
    title: motion.title,
    kind: toMotionKind(motion.kind),
    status: motion.status === 'open' ? 'open' : 'closed',
    outcome,
    resultLines: resultLinesOf(motion, outcome, locale),
    otherComments: motion.ballots
      .filter((b) => b.choice === 'other' && b.comment && electorate.has(b.memberId))
      .map((b) => ({ name: names.get(b.memberId) ?? '', text: b.comment ?? '' })),
    opinions: motion.opinions.map((o) => ({ name: o.member.fullName, text: o.text })),
  };
}

/** Loads and computes a meeting's summary in the given language. */
export async function loadMeetingSummary(db: Database, meetingId: string, locale: Locale): Promise<MeetingSummary> {
  const meeting = await loadMeeting(db, meetingId);
  const attendance = await loadMeetingAttendance(db, meeting);
  const numbers = computeMeetingNumbers(attendance, toCellRules(meeting.cell), locale);
  const names = new Map(attendance.members.map((m) => [m.id, m.fullName]));
  const motions = await Promise.all(meeting.motions.map((m) => summariseMotion(db, m.id, names, locale)));
  const targets = await db.prisma.target.findMany({ where: { cellId: meeting.cellId, period: { in: [meeting.period, meeting.period.slice(0, 4)] } } });
  const history = await loadYearHistory(db, meeting);
  const tz = meeting.cell.timezone;
  const { stats, quorum } = numbers;
  const lastTasks = await previousTasks(db, meeting, locale);
  return {
    cell: { id: meeting.cell.id, name: meeting.cell.name, parentOrganisation: meeting.cell.parentOrganisation },
    meeting: {
      id: meeting.id,
      period: meeting.period,
      periodLabel: periodLabel(meeting.period, locale),
      kind: meetingKindLabel(toMeetingKind(meeting.kind), locale),
      form: formLabel(toMeetingForm(meeting.form), locale),
      // When it started (the roll call opened), as the minutes say; the plan only until then.
      when: formatMeetingTime(meeting.startedAt ?? meeting.startsAt, tz, locale),
      status: meeting.status,
      chair: names.get(meeting.chairMemberId ?? '') ?? null,
      minuteTaker: names.get(meeting.minuteTakerMemberId ?? '') ?? null,
      venues: parseVenues(meeting.venues).map((v) => v.name),
    },
    roster: { ...stats.roster, total: stats.total },
    attendance: {
      rollCallLine: rollCallLine(stats, locale),
      present: stats.presentCounted,
      presentByVenue: stats.presentByVenue,
      excused: stats.excused.map((e) => ({ name: e.name, reason: e.reason })),
      unexcused: stats.unexcused.map((u) => u.name),
      rate: stats.rate,
    },
    guests: meeting.guests.map((g) => ({ name: g.name, position: g.position })),
    quorum: { required: quorum.required, presentOfficial: quorum.present, met: quorum.met, noResolutionCanPass: quorum.noResolutionCanPass, line: quorum.line, warnings: quorum.warnings },
    motions,
    speakers: meeting.speeches.map((s) => ({ name: s.speakerName, gist: s.gist })),
    tasks: meeting.tasks.map((t) => ({ title: t.title, owner: t.ownerName, due: t.dueDate ? t.dueDate.toISOString().slice(0, 10) : null, status: t.status })),
    targets: targets.map((t) => ({ metric: t.metric, scope: t.scope, period: t.period, goal: t.goal, progress: t.progress, unit: t.unit })),
    flags: [
      ...qualityFlags(
        { rate: stats.rate, unexcusedCount: stats.unexcused.length, unexcusedIds: stats.unexcused.map((u) => u.memberId), members: attendance.roster, history },
        locale,
      ),
      ...timingFlags(timingOf(meeting, tz), locale),
    ],
    details: meetingDetails(meeting, stats, tz, locale),
    previousTasks: lastTasks,
    targetLines: targetLines(targets, locale),
    probationaryOpinions: motions.flatMap((m) => m.opinions.map((o) => ({ motion: m.title, ...o }))),
  };
}
