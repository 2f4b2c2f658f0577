/**
 * The live tally of an open motion, counted by the database: members grouped by
 * status, presence, RSVP and ballot. Every press answers with a card showing the
 * tally, so this runs once per ballot; loading 1,000 members, their attendance
 * and their ballots into JS for it cost several milliseconds and most of the
 * garbage of a burst. The close snapshot still counts member by member
 * (computeOutcome), and tests hold the two to the same figures.
 */
import { decideMotion, tallyVoterGroups, type VoterGroup } from '../../core/voting';
import type { Database } from '../../store/database';
import { toCellRules, toMemberStatus, toMotionKind, toVoteChoice } from '../../store/mappers';
import type { Cell, Meeting } from '../../store/rows';
import { effectivePresence } from '../attendance/attendance-data';
import { NO_TALLY_MEMO, type TallyFreshness, type TallyMemo } from './tally-memo';
import type { MotionOutcome } from './vote-outcome';

/** The figures a vote card shows: the outcome without the electorate's ids. */
export type CardOutcome = Omit<MotionOutcome, 'electorate'>;

interface GroupRow {
  readonly status: string;
  readonly presence: string | null;
  readonly rsvp: string | null;
  readonly choice: string | null;
  /** COUNT(*): a bigint on both providers. */
  readonly n: bigint | number;
}

/** Quoted identifiers keep the statement valid on SQLite and PostgreSQL. */
function loadGroupRows(db: Database, cellId: string, meetingId: string, motionId: string): Promise<GroupRow[]> {
  return db.prisma.$queryRaw<GroupRow[]>`
    SELECT m."status" AS "status", a."presence" AS "presence", a."rsvp" AS "rsvp", b."choice" AS "choice", COUNT(*) AS "n"
    FROM "Member" m
    LEFT JOIN "Attendance" a ON a."memberId" = m."id" AND a."meetingId" = ${meetingId}
    LEFT JOIN "Ballot" b ON b."memberId" = m."id" AND b."motionId" = ${motionId}
    WHERE m."cellId" = ${cellId}
    GROUP BY m."status", a."presence", a."rsvp", b."choice"`;
}

export interface TallyTarget {
  readonly id: string;
  readonly kind: string;
  readonly meeting: Pick<Meeting, 'id' | 'cellId' | 'status'> & { readonly cell: Cell };
}

/** The motion's voters grouped as the rules read them (presence as it counts now: see effectivePresence). */
export async function loadVoterGroups(db: Database, motion: TallyTarget): Promise<VoterGroup[]> {
  const rows = await loadGroupRows(db, motion.meeting.cellId, motion.meeting.id, motion.id);
  return rows.map((row) => ({
    status: toMemberStatus(row.status),
    presence: effectivePresence(motion.meeting, row, row),
    choice: row.choice === null ? null : toVoteChoice(row.choice),
    count: Number(row.n),
  }));
}

/** The live outcome of an open motion, as its card shows it; how recent a count will do: see tally-memo.ts. */
export async function liveOutcome(
  db: Database,
  motion: TallyTarget,
  freshness: TallyFreshness = 'exact',
  memo: TallyMemo = NO_TALLY_MEMO,
): Promise<CardOutcome> {
  const groups = await memo.voterGroups(motion.id, () => loadVoterGroups(db, motion), freshness);
  const tally = tallyVoterGroups(groups, toCellRules(motion.meeting.cell));
  const decision = decideMotion(toMotionKind(motion.kind), tally, tally.denominator);
  return { ...tally, ...decision };
}
