/** Loading motions with what their cards and rules need. */
import { DomainError } from '../../core/errors';
import type { Database } from '../../store/database';
import { columnsOf, rowOf, sqlFragment, type JoinedRow } from '../../store/joined-rows';
import type { Attendance, Ballot, Cell, Meeting, Member, Motion, Opinion } from '../../store/rows';

/** What the tally and the cards read of a ballot. */
export type BallotLite = Pick<Ballot, 'memberId' | 'choice' | 'comment'>;

/** A probationary member's recorded words, with their author. */
export type OpinionWithAuthor = Opinion & { member: Member };

/** The motion with its meeting, cell and opinions: what its card shows, the tally aside. */
export type VoteCardMotion = Motion & { meeting: Meeting & { cell: Cell }; opinions: OpinionWithAuthor[] };

/** How many opinions the motion `mo` has, as a column of the joined row. */
const OPINION_COUNT = sqlFragment`(SELECT COUNT(*) FROM "Opinion" o WHERE o."motionId" = mo."id") AS "opinionCount"`;

/** The opinions of the motion when the joined row counted some; none read otherwise. */
function opinionsIfAny(db: Database, motionId: string, row: JoinedRow | undefined): Promise<OpinionWithAuthor[]> {
  return row !== undefined && Number(row['opinionCount']) > 0 ? loadOpinions(db, motionId) : Promise.resolve([]);
}

/** The motion and its meeting out of a joined row (aliases `mo` and `me`); null when the join found none. */
function motionAndMeetingOf(row: JoinedRow | undefined): { motion: Motion; meeting: Meeting } | null {
  const motion = row === undefined ? null : rowOf(row, 'Motion', 'mo');
  const meeting = row === undefined ? null : rowOf(row, 'Meeting', 'me');
  return motion && meeting ? { motion, meeting } : null;
}

/**
 * The motion as its card shows it: every refresh of a vote card reads it (see src/store/joined-rows.ts for why
 * it is raw). Opinions are read only when there are some: most motions have none.
 */
export async function findVoteCardMotion(db: Database, motionId: string): Promise<VoteCardMotion | null> {
  const rows = await db.prisma.$queryRaw<JoinedRow[]>`
    SELECT ${columnsOf('Motion', 'mo')}, ${columnsOf('Meeting', 'me')}, ${columnsOf('Cell', 'c')}, ${OPINION_COUNT}
    FROM "Motion" mo JOIN "Meeting" me ON me."id" = mo."meetingId" JOIN "Cell" c ON c."id" = me."cellId"
    WHERE mo."id" = ${motionId}`;
  const found = motionAndMeetingOf(rows[0]);
  const cell = rows[0] === undefined ? null : rowOf(rows[0], 'Cell', 'c');
  if (!found || !cell) return null;
  return { ...found.motion, meeting: { ...found.meeting, cell }, opinions: await opinionsIfAny(db, motionId, rows[0]) };
}

/** A viewer's ballot on the motion and whether they are recorded present at its meeting, in one query. */
export async function findViewerState(
  db: Database,
  motion: Pick<Motion, 'id' | 'meetingId'>,
  memberId: string,
): Promise<{ ballot: BallotLite | null; present: boolean }> {
  const rows = await db.prisma.$queryRaw<{ choice: string | null; comment: string | null; presence: string | null }[]>`
    SELECT b."choice", b."comment", a."presence"
    FROM "Member" m
    LEFT JOIN "Ballot" b ON b."motionId" = ${motion.id} AND b."memberId" = m."id"
    LEFT JOIN "Attendance" a ON a."meetingId" = ${motion.meetingId} AND a."memberId" = m."id"
    WHERE m."id" = ${memberId}`;
  const row = rows[0];
  const ballot =
    row === undefined || row.choice === null ? null : { memberId, choice: row.choice, comment: row.comment };
  return { ballot, present: row?.presence === 'present' };
}

/**
 * The motion with its meeting, cell, opinions and every ballot (the close and
 * the reports count member by member). Ballots are read raw: Prisma's row
 * mapping would cost ~20 ms per 1,000 (see src/store/roster-rows.ts).
 */
export async function findMotion(db: Database, motionId: string) {
  const [motion, ballots] = await Promise.all([
    findVoteCardMotion(db, motionId),
    db.prisma.$queryRaw<
      (BallotLite & Pick<Ballot, 'recordedById'>)[]
    >`SELECT "memberId", "choice", "comment", "recordedById" FROM "Ballot" WHERE "motionId" = ${motionId}`,
  ]);
  return motion ? { ...motion, ballots } : null;
}

export type MotionWithDetails = NonNullable<Awaited<ReturnType<typeof findMotion>>>;

/** A motion of this cell (another cell's motion is "not found"). */
export async function requireMotionOfCell(db: Database, cellId: string, motionId: string): Promise<MotionWithDetails> {
  const motion = await findMotion(db, motionId);
  if (!motion || motion.meeting.cellId !== cellId) throw new DomainError('motion.not_found');
  return motion;
}

/** A motion of this cell as its card shows it (no ballots loaded). */
export async function requireVoteCardMotionOfCell(
  db: Database,
  cellId: string,
  motionId: string,
): Promise<VoteCardMotion> {
  const motion = await findVoteCardMotion(db, motionId);
  if (!motion || motion.meeting.cellId !== cellId) throw new DomainError('motion.not_found');
  return motion;
}

/** The opinions recorded on a motion (probationary members' words), oldest first, with their authors; one query. */
export async function loadOpinions(db: Database, motionId: string): Promise<OpinionWithAuthor[]> {
  const rows = await db.prisma.$queryRaw<JoinedRow[]>`
    SELECT ${columnsOf('Opinion', 'o')}, ${columnsOf('Member', 'm')}
    FROM "Opinion" o JOIN "Member" m ON m."id" = o."memberId"
    WHERE o."motionId" = ${motionId}
    ORDER BY o."createdAt" ASC, o."id" ASC`;
  return rows.map((row) => ({ ...rowOf(row, 'Opinion', 'o')!, member: rowOf(row, 'Member', 'm')! }));
}

/** What the eligibility rule reads of the voter's attendance row. */
type VoterAttendance = Pick<Attendance, 'presence' | 'rsvp'>;

export interface BallotContext {
  readonly motion: VoteCardMotion;
  readonly attendance: VoterAttendance | undefined;
  /** Whether the voter had a ballot on the motion when it was read (the write checks again). */
  readonly hadBallot: boolean;
}

/**
 * What a press on a vote needs, in one query (it is on the hot path of every press, see
 * src/store/joined-rows.ts): the motion of this cell with its meeting (the cell is at hand), the voter's
 * attendance row and whether they have a ballot yet; then the motion's opinions, if it has any.
 */
export async function requireBallotContext(
  db: Database,
  cell: Cell,
  motionId: string,
  memberId: string,
): Promise<BallotContext> {
  const rows = await db.prisma.$queryRaw<JoinedRow[]>`
    SELECT ${columnsOf('Motion', 'mo')}, ${columnsOf('Meeting', 'me')}, ${OPINION_COUNT},
      a."id" AS "a.id", a."presence" AS "a.presence", a."rsvp" AS "a.rsvp", b."id" AS "b.id"
    FROM "Motion" mo JOIN "Meeting" me ON me."id" = mo."meetingId"
    LEFT JOIN "Attendance" a ON a."meetingId" = me."id" AND a."memberId" = ${memberId}
    LEFT JOIN "Ballot" b ON b."motionId" = mo."id" AND b."memberId" = ${memberId}
    WHERE mo."id" = ${motionId}`;
  const row = rows[0];
  const found = motionAndMeetingOf(row);
  if (!row || !found || found.meeting.cellId !== cell.id) throw new DomainError('motion.not_found');
  const attendance =
    row['a.id'] === null ? undefined : ({ presence: row['a.presence'], rsvp: row['a.rsvp'] } as VoterAttendance);
  const opinions = await opinionsIfAny(db, motionId, row);
  return {
    motion: { ...found.motion, meeting: { ...found.meeting, cell }, opinions },
    attendance,
    hadBallot: row['b.id'] !== null,
  };
}

/** The id of the cell's open motion (text votes go to it), newest first. */
export async function findOpenMotionId(db: Database, cellId: string): Promise<string | null> {
  const open = await db.prisma.motion.findFirst({
    where: { status: 'open', meeting: { cellId } },
    orderBy: { openedAt: 'desc' },
    select: { id: true },
  });
  return open?.id ?? null;
}
