/**
 * The one loader of every report: a cell's roster, and for each of its
 * meetings the attendance rows, the motions with their ballots and opinions,
 * turned into the rows core/meeting-figures.ts computes from. One query per
 * table, whatever the number of meetings (a year of a large cell stays a
 * handful of queries).
 */
import { z } from 'zod';
import {
  computeMeetingFigures,
  type MeetingFigures,
  type MeetingRows,
  type MotionRows,
} from '../../core/meeting-figures';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import { toCellRules, toMotionKind, toRosterMember, toVoteChoice, type MemberRow } from '../../store/mappers';
import type { Ballot, Cell, Meeting, Member, Motion, Opinion } from '../../store/rows';
import { loadRosterRows, type AttendanceLite } from '../../store/roster-rows';
import { parseVenues } from '../../meetings/meeting-details';
import { toRecord } from './attendance-data';

export type StoredMotion = Motion & { ballots: Ballot[]; opinions: (Opinion & { member: Member })[] };

/** One meeting as the reports read it: the stored rows, the rows the core computes from, and the figures. */
export interface LoadedMeeting {
  readonly meeting: Meeting;
  /** The cell's roster, ordered by name (the order of every list of members). */
  readonly members: readonly MemberRow[];
  /** Attendance rows by member id. */
  readonly rows: ReadonlyMap<string, AttendanceLite>;
  readonly motions: readonly StoredMotion[];
  readonly input: MeetingRows;
  readonly figures: MeetingFigures;
}

const frozenSchema = z.object({ electorate: z.array(z.string()) });

/** The electorate the close froze, or null (open motion, or no snapshot). */
function frozenElectorate(motion: Motion): readonly string[] | null {
  if (motion.status !== 'closed' || !motion.resultSnapshot) return null;
  const parsed = frozenSchema.safeParse(JSON.parse(motion.resultSnapshot));
  return parsed.success ? parsed.data.electorate : null;
}

function motionRows(motion: StoredMotion): MotionRows {
  return {
    id: motion.id,
    title: motion.title,
    kind: toMotionKind(motion.kind),
    open: motion.status === 'open',
    ballots: motion.ballots.map((b) => ({ memberId: b.memberId, choice: toVoteChoice(b.choice), comment: b.comment })),
    frozenElectorate: frozenElectorate(motion),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

async function loadTables(db: Database, ids: string[]) {
  return Promise.all([
    db.prisma.attendance.findMany({
      where: { meetingId: { in: ids } },
      select: {
        meetingId: true,
        memberId: true,
        rsvp: true,
        rsvpVenue: true,
        rsvpReason: true,
        presence: true,
        presenceVenue: true,
        presenceReason: true,
      },
    }),
    db.prisma.motion.findMany({
      where: { meetingId: { in: ids } },
      orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
      include: {
        ballots: { orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] },
        opinions: { include: { member: true }, orderBy: { createdAt: 'asc' } },
      },
    }),
  ]);
}

/** Loads the given meetings of one cell and computes their figures (quorum wording in `locale`). */
export async function loadMeetingsFigures(
  db: Database,
  cell: Cell,
  meetings: readonly Meeting[],
  locale: Locale,
): Promise<LoadedMeeting[]> {
  if (meetings.length === 0) return [];
  const [members, [attendance, motions]] = await Promise.all([
    loadRosterRows(db, cell.id),
    loadTables(
      db,
      meetings.map((m) => m.id),
    ),
  ]);
  const roster = members.map(toRosterMember);
  const rules = toCellRules(cell);
  const attendanceOf = groupBy(attendance, (a) => a.meetingId);
  const motionsOf = groupBy(motions, (m) => m.meetingId);
  return meetings.map((meeting) => {
    const rows = new Map((attendanceOf.get(meeting.id) ?? []).map((a) => [a.memberId, a]));
    const stored = motionsOf.get(meeting.id) ?? [];
    const input: MeetingRows = {
      roster,
      records: members.map((m) => toRecord(meeting, m, rows.get(m.id))),
      venues: parseVenues(meeting.venues).map((v) => v.name),
      rules,
      motions: stored.map(motionRows),
    };
    return { meeting, members, rows, motions: stored, input, figures: computeMeetingFigures(input, locale) };
  });
}

/** One meeting's rows and figures. */
export async function loadMeetingFigures(
  db: Database,
  cell: Cell,
  meeting: Meeting,
  locale: Locale,
): Promise<LoadedMeeting> {
  const [loaded] = await loadMeetingsFigures(db, cell, [meeting], locale);
  if (!loaded) throw new Error('unreachable: one meeting in, one out');
  return loaded;
}
