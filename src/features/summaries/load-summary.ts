/**
 * Everything the secretary reports about one meeting, as plain data: the chat
 * summary, the CLI's --json and (later) the minutes are all built from it.
 */
import { onlineRoomService } from '../../core/online-room';
import type { QualityFlag } from '../../core/quality-flags';
import { qualityFlags } from '../../core/quality-flags';
import { timingFlags } from '../../core/timing-flags';
import { taskStateAsOf } from '../../core/tasks-overdue';
import { formatMeetingTime, formLabel, meetingKindLabel, periodLabel } from '../../core/format';
import { presentText, rateSentence, rateText, rollCallLine, venueLine } from '../../core/attendance';
import { motionResultLines, type MotionFigures, type UncountedWhy } from '../../core/meeting-figures';
import { DomainError } from '../../core/errors';
import type { Locale, MotionKind } from '../../core/types';
import type { Database } from '../../store/database';
import { toMeetingForm, toMeetingKind } from '../../store/mappers';
import { loadMeetingFigures, type LoadedMeeting } from '../attendance/meeting-rows';
import { parseVenues } from '../../meetings/meeting-details';
import { meetingInclude } from '../../meetings/meeting-queries';
import { timingOf } from '../../meetings/meeting-timing';
import { loadYearHistory } from './year-history';
import { meetingDetails, previousTasks, targetLines, type MeetingDetails, type TaskReport } from './summary-extras';
import { targetsForPeriod } from '../targets/target-queries';
import { RECORDED_SPEECHES, SPOKEN_ORDER } from '../speakers/speech-order';

/** A motion's figures as reports show them (core/meeting-figures.ts: only ballots of members present count). */
export type MotionOutcomeFigures = Pick<
  MotionFigures,
  | 'denominator'
  | 'electorate'
  | 'approve'
  | 'reject'
  | 'other'
  | 'voters'
  | 'presentVoters'
  | 'approvalsNeeded'
  | 'approvePercent'
  | 'passed'
>;

export interface MotionSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: MotionKind;
  readonly status: 'open' | 'closed';
  readonly outcome: MotionOutcomeFigures;
  readonly resultLines: readonly string[];
  /** Stored ballots not counted (member absent, or outside the electorate), named. */
  readonly uncounted: readonly { name: string; why: UncountedWhy }[];
  readonly otherComments: readonly { name: string; text: string }[];
  readonly opinions: readonly { name: string; text: string }[];
}

export interface MeetingSummary {
  /** locality: the place written before the date in the documents' header ('' leaves dots). */
  readonly cell: { id: string; name: string; parentOrganisation: string; locality: string };
  readonly meeting: {
    id: string;
    period: string;
    periodLabel: string;
    kind: string;
    form: string;
    when: string;
    status: string;
    chair: string | null;
    minuteTaker: string | null;
    venues: string[];
    /** The service of the online room ("Microsoft Teams"), never its link; null when the meeting has none. */
    onlineRoom: string | null;
  };
  readonly roster: Readonly<Record<string, number>> & { total: number };
  readonly attendance: {
    rollCallLine: string;
    /** Everyone present: the sum of presentByStatus and of byVenue. */
    present: number;
    /** "13 (chính thức 9, dự bị 2, sinh hoạt tạm thời đến 1, miễn … 1)" */
    presentText: string;
    presentByStatus: Readonly<Record<string, number>>;
    /** Present by venue; name null = venue not recorded. Empty when the meeting has no venues and none was recorded. */
    byVenue: { name: string | null; present: number }[];
    /** "Điểm cầu A: 6; không rõ điểm cầu: 2", or '' without venues. */
    venueLine: string;
    excused: { name: string; reason: string }[];
    unexcused: string[];
    /** The rate of DOMAIN.md: ratePresent / expected. */
    ratePresent: number;
    expected: number;
    rate: number | null;
    rateText: string;
    /** "7/9 (77,78%)", with a note when SHT đến members are present (they are not in the rate). */
    rateSentence: string;
  };
  readonly guests: { name: string; position: string }[];
  readonly quorum: {
    required: number;
    presentOfficial: number;
    met: boolean;
    noResolutionCanPass: boolean;
    line: string;
    warnings: readonly string[];
  };
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
    include: {
      ...meetingInclude,
      speeches: { where: RECORDED_SPEECHES, orderBy: [...SPOKEN_ORDER] },
      tasks: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!meeting) throw new DomainError('meeting.not_found');
  return meeting;
}

function summariseMotion(
  loaded: LoadedMeeting,
  m: MotionFigures,
  names: ReadonlyMap<string, string>,
  locale: Locale,
): MotionSummary {
  const stored = loaded.motions.find((x) => x.id === m.id);
  const name = (id: string): string => names.get(id) ?? '';
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    status: m.open ? 'open' : 'closed',
    outcome: {
      denominator: m.denominator,
      electorate: m.electorate,
      approve: m.approve,
      reject: m.reject,
      other: m.other,
      voters: m.voters,
      presentVoters: m.presentVoters,
      approvalsNeeded: m.approvalsNeeded,
      approvePercent: m.approvePercent,
      passed: m.passed,
    },
    resultLines: motionResultLines(m, locale),
    uncounted: m.uncounted.map((u) => ({ name: name(u.ballot.memberId), why: u.why })),
    otherComments: [...m.counted.values()]
      .filter((b) => b.choice === 'other' && b.comment?.trim())
      .map((b) => ({ name: name(b.memberId), text: b.comment?.trim() ?? '' })),
    opinions: (stored?.opinions ?? []).map((o) => ({ name: o.member.fullName, text: o.text })),
  };
}

/** Loads and computes a meeting's summary in the given language. */
export async function loadMeetingSummary(db: Database, meetingId: string, locale: Locale): Promise<MeetingSummary> {
  const meeting = await loadMeeting(db, meetingId);
  const loaded = await loadMeetingFigures(db, meeting.cell, meeting, locale);
  const { figures } = loaded;
  const names = new Map(loaded.members.map((m) => [m.id, m.fullName]));
  const motions = figures.motions.map((m) => summariseMotion(loaded, m, names, locale));
  const targets = await targetsForPeriod(db, meeting.cellId, meeting.period);
  const history = await loadYearHistory(db, meeting, locale);
  const tz = meeting.cell.timezone;
  const { attendance: stats, quorum } = figures;
  const showVenues = figures.byVenue.some((v) => v.name !== null);
  const lastTasks = await previousTasks(db, meeting, tz, locale);
  return {
    cell: {
      id: meeting.cell.id,
      name: meeting.cell.name,
      parentOrganisation: meeting.cell.parentOrganisation,
      locality: meeting.cell.locality,
    },
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
      onlineRoom: onlineRoomService(meeting.joinUrl),
    },
    roster: { ...stats.roster, total: stats.total },
    attendance: {
      rollCallLine: rollCallLine(stats, locale),
      present: stats.presentTotal,
      presentText: presentText(stats, locale),
      presentByStatus: { ...stats.present },
      byVenue: showVenues ? figures.byVenue.map((v) => ({ ...v })) : [],
      venueLine: showVenues ? venueLine(figures.byVenue, locale) : '',
      excused: stats.excused.map((e) => ({ name: e.name, reason: e.reason })),
      unexcused: stats.unexcused.map((u) => u.name),
      ratePresent: stats.ratePresent,
      expected: stats.expected,
      rate: stats.rate,
      rateText: rateText(stats, locale),
      rateSentence: rateSentence(stats, locale),
    },
    guests: meeting.guests.map((g) => ({ name: g.name, position: g.position })),
    quorum: {
      required: quorum.required,
      presentOfficial: quorum.present,
      met: quorum.met,
      noResolutionCanPass: quorum.noResolutionCanPass,
      line: quorum.line,
      warnings: quorum.warnings,
    },
    motions,
    speakers: meeting.speeches.map((s) => ({ name: s.speakerName, gist: s.gist })),
    tasks: meeting.tasks.map((t) => ({
      title: t.title,
      owner: t.ownerName,
      due: t.dueDate ? t.dueDate.toISOString().slice(0, 10) : null,
      status: taskStateAsOf(t, meeting.startsAt, tz),
    })),
    targets: targets.map((t) => ({
      metric: t.metric,
      scope: t.scope,
      period: t.period,
      goal: t.goal,
      progress: t.progress,
      unit: t.unit,
    })),
    flags: [
      ...qualityFlags(
        {
          rate: stats.rate,
          unexcusedCount: stats.unexcused.length,
          unexcusedIds: stats.unexcused.map((u) => u.memberId),
          members: loaded.input.roster,
          history,
        },
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
