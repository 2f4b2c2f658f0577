/**
 * The aggregate queries of a committee report: each reads the period's rows of every cell of the committee
 * once, grouped by cell or by meeting, so a report costs the same few statements for 10 cells or 1,000.
 * Presence is counted as features/attendance/attendance-data.ts's effectivePresence reads it (the roll call's
 * answer; else an accepted excuse once started; else, closed, unexcused) and as core/attendance.ts counts it
 * (only the cell's current roster, by status). Quoted identifiers keep the SQL valid on SQLite and PostgreSQL;
 * the frozen electorate of a closed vote is JSON, read with each database's own functions.
 */
import { Prisma } from '../store/generated/sqlite/client';
import type { Database } from '../store/database';

/** Which rows a report reads: the cells of these committees, meetings held in these months. */
export interface ReportScope {
  readonly committeeIds: readonly string[];
  readonly fromMonth: string;
  readonly toMonth: string;
}

type Num = number | bigint;
const n = (value: Num | null | undefined): number => Number(value ?? 0);

const INVITED = Prisma.raw(`('official', 'probationary', 'attached_in')`);
// effectivePresence: 'excused' from the roll call, or from the RSVP when the roll call has no answer (held meetings only here).
const EXCUSED = Prisma.raw(`(a."presence" = 'excused' OR (a."presence" IS NULL AND a."rsvp" = 'excused'))`);

function cellsOf(scope: ReportScope, alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."committeeId"`)} IN (${Prisma.join([...scope.committeeIds])})`;
}

function heldIn(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`mt."status" IN ('closed', 'in_progress') AND mt."period" >= ${scope.fromMonth} AND mt."period" <= ${scope.toMonth}`;
}

export interface CellRow {
  readonly id: string;
  readonly name: string;
  readonly committeeId: string;
  readonly timezone: string;
  readonly onlineApprovalRef: string | null;
  readonly excusedInDenominator: boolean;
  readonly attachedInMayVote: boolean;
}

export async function queryCells(db: Database, scope: ReportScope): Promise<CellRow[]> {
  const rows = await db.prisma.$queryRaw<
    (Omit<CellRow, 'excusedInDenominator' | 'attachedInMayVote'> & {
      excusedInDenominator: unknown;
      attachedInMayVote: unknown;
    })[]
  >`
    SELECT c."id", c."name", c."committeeId", c."timezone", c."onlineApprovalRef", c."excusedInDenominator", c."attachedInMayVote"
    FROM "Cell" c WHERE ${cellsOf(scope, 'c')}`;
  return rows.map((r) => ({
    ...r,
    excusedInDenominator:
      r.excusedInDenominator === true || r.excusedInDenominator === 1 || r.excusedInDenominator === 1n,
    attachedInMayVote: r.attachedInMayVote === true || r.attachedInMayVote === 1 || r.attachedInMayVote === 1n,
  }));
}

/** Members of each cell by status. */
export async function queryRosterCounts(
  db: Database,
  scope: ReportScope,
): Promise<{ cellId: string; status: string; count: number }[]> {
  const rows = await db.prisma.$queryRaw<{ cellId: string; status: string; count: Num }[]>`
    SELECT m."cellId", m."status", COUNT(*) AS "count"
    FROM "Member" m JOIN "Cell" c ON c."id" = m."cellId"
    WHERE ${cellsOf(scope, 'c')}
    GROUP BY m."cellId", m."status"`;
  return rows.map((r) => ({ cellId: r.cellId, status: r.status, count: n(r.count) }));
}

/** One held meeting with its attendance counted by status (roster members only). */
export interface MeetingAggregate {
  readonly id: string;
  readonly cellId: string;
  readonly period: string;
  readonly kind: string;
  readonly form: string;
  readonly status: string;
  readonly startsAt: Date;
  readonly startedAt: Date | null;
  readonly endedAt: Date | null;
  readonly noticePostedAt: Date | null;
  /** Recorded present, by status group. */
  readonly presentCounted: number;
  readonly presentExempt: number;
  readonly presentAttachedIn: number;
  /** Summoned members absent with a reason (effective presence), all and by status where the electorate needs it. */
  readonly excused: number;
  readonly excusedOfficial: number;
  readonly excusedAttachedIn: number;
  /** Summoned members the roll call recorded absent without reason (what an unclosed meeting counts). */
  readonly unexcusedRecorded: number;
}

type MeetingRaw = Omit<
  MeetingAggregate,
  | 'presentCounted'
  | 'presentExempt'
  | 'presentAttachedIn'
  | 'excused'
  | 'excusedOfficial'
  | 'excusedAttachedIn'
  | 'unexcusedRecorded'
> &
  Record<
    | 'presentCounted'
    | 'presentExempt'
    | 'presentAttachedIn'
    | 'excused'
    | 'excusedOfficial'
    | 'excusedAttachedIn'
    | 'unexcusedRecorded',
    Num | null
  >;

// effectivePresence over the groups `g` of queryMeetings (the same test as EXCUSED, on the group's columns).
const GROUP_EXCUSED = Prisma.raw(`(g."presence" = 'excused' OR (g."presence" IS NULL AND g."rsvp" = 'excused'))`);

/**
 * Two steps: the period's attendance rows of roster members counted per meeting, member status, presence and
 * RSVP (a few groups per meeting), then each meeting's figures summed over its groups (before the meeting's own
 * columns join them, so PostgreSQL's aggregate stays narrow enough for its memory). Evaluating the seven
 * CASEs on those groups rather than on 600,000 rows halves PostgreSQL's time; CROSS JOIN keeps SQLite's order
 * meeting → its attendance → member by key. Members off the roster fall out of the join, as they counted nowhere.
 */
export async function queryMeetings(db: Database, scope: ReportScope): Promise<MeetingAggregate[]> {
  const rows = await db.prisma.$queryRaw<MeetingRaw[]>`
    WITH g AS (
      SELECT mt."id", m."status", a."presence", a."rsvp", COUNT(*) AS "n"
      FROM "Meeting" mt JOIN "Cell" c ON c."id" = mt."cellId" CROSS JOIN "Attendance" a CROSS JOIN "Member" m
      WHERE ${cellsOf(scope, 'c')} AND ${heldIn(scope)} AND a."meetingId" = mt."id" AND m."id" = a."memberId" AND m."cellId" = mt."cellId"
      GROUP BY mt."id", m."status", a."presence", a."rsvp"
    ), s AS (
      SELECT g."id",
      SUM(CASE WHEN g."presence" = 'present' AND g."status" IN ('official', 'probationary') THEN g."n" ELSE 0 END) AS "presentCounted",
      SUM(CASE WHEN g."presence" = 'present' AND g."status" = 'exempt' THEN g."n" ELSE 0 END) AS "presentExempt",
      SUM(CASE WHEN g."presence" = 'present' AND g."status" = 'attached_in' THEN g."n" ELSE 0 END) AS "presentAttachedIn",
      SUM(CASE WHEN g."status" IN ${INVITED} AND ${GROUP_EXCUSED} THEN g."n" ELSE 0 END) AS "excused",
      SUM(CASE WHEN g."status" = 'official' AND ${GROUP_EXCUSED} THEN g."n" ELSE 0 END) AS "excusedOfficial",
      SUM(CASE WHEN g."status" = 'attached_in' AND ${GROUP_EXCUSED} THEN g."n" ELSE 0 END) AS "excusedAttachedIn",
      SUM(CASE WHEN g."status" IN ${INVITED} AND g."presence" = 'unexcused' THEN g."n" ELSE 0 END) AS "unexcusedRecorded"
      FROM g GROUP BY g."id"
    )
    SELECT mt."id", mt."cellId", mt."period", mt."kind", mt."form", mt."status", mt."startsAt", mt."startedAt", mt."endedAt", mt."noticePostedAt",
      s."presentCounted", s."presentExempt", s."presentAttachedIn", s."excused", s."excusedOfficial", s."excusedAttachedIn", s."unexcusedRecorded"
    FROM "Meeting" mt
    JOIN "Cell" c ON c."id" = mt."cellId"
    LEFT JOIN s ON s."id" = mt."id"
    WHERE ${cellsOf(scope, 'c')} AND ${heldIn(scope)}
    ORDER BY mt."cellId", mt."startsAt", mt."id"`;
  return rows.map((r) => ({
    ...r,
    presentCounted: n(r.presentCounted),
    presentExempt: n(r.presentExempt),
    presentAttachedIn: n(r.presentAttachedIn),
    excused: n(r.excused),
    excusedOfficial: n(r.excusedOfficial),
    excusedAttachedIn: n(r.excusedAttachedIn),
    unexcusedRecorded: n(r.unexcusedRecorded),
  }));
}

/** A motion of a held meeting: approvals counted as core/meeting-figures.ts counts them; the frozen denominator when closed with one. */
export interface MotionAggregate {
  readonly meetingId: string;
  readonly kind: string;
  readonly closed: boolean;
  /** Size of the electorate frozen at close; null: no usable snapshot, the current electorate applies. */
  readonly frozenDenominator: number | null;
  readonly approve: number;
}

/** A ballot `b` of motion `v` counts only from a member on the cell's roster who takes part and was recorded present. */
const PRESENT_VOTER = `a."meetingId" = v."meetingId" AND a."memberId" = b."memberId" AND a."presence" = 'present'
  AND vm."id" = b."memberId" AND vm."cellId" = v."cellId" AND vm."status" IN ('official', 'probationary', 'exempt', 'attached_in')`;

/**
 * The SQL pieces that read the frozen electorate (`$.electorate`, an array of strings) of a motion: what the
 * motions' first CTE reads of its row `mo` (column "frozen"), then, of that row `m`, whether it is usable
 * (closed, valid JSON, an array of strings: frozenElectorate in meeting-rows.ts) and its size; and the ballots
 * `b` of members in a usable one (CTE row `v`, column "electorate"), counted once each.
 */
function frozenSql(provider: Database['provider']): {
  read: Prisma.Sql;
  usable: Prisma.Sql;
  size: Prisma.Sql;
  approvals: Prisma.Sql;
} {
  const counted = Prisma.raw(`b."motionId" = v."id" AND b."choice" = 'approve' AND ${PRESENT_VOTER}`);
  if (provider === 'sqlite') {
    // CASE, not AND: SQLite's JSON functions raise on malformed text, and only CASE promises not to evaluate them then.
    // CROSS JOIN fixes SQLite's join order: each id of the array, then its ballot, attendance and member by their keys
    // (left to itself it walks the cell's roster and scans the array once per member).
    return {
      read: Prisma.raw(`mo."resultSnapshot"`),
      usable:
        Prisma.raw(`(m."status" = 'closed' AND CASE WHEN json_valid(m."frozen") THEN json_type(m."frozen", '$.electorate') = 'array'
        AND NOT EXISTS (SELECT 1 FROM json_each(m."frozen", '$.electorate') j WHERE j."type" <> 'text') ELSE 0 END)`),
      size: Prisma.raw(`json_array_length(m."frozen", '$.electorate')`),
      approvals: Prisma.sql`SELECT COUNT(DISTINCT b."memberId") FROM json_each(v."electorate", '$.electorate') j
        CROSS JOIN "Ballot" b CROSS JOIN "Attendance" a CROSS JOIN "Member" vm WHERE b."memberId" = j."value" AND ${counted}`,
    };
  }
  // The text is parsed once per motion (the first CTE); a ballot counts when the array holds its member's id.
  return {
    read: Prisma.raw(
      `CASE WHEN mo."status" = 'closed' AND mo."resultSnapshot" IS NOT NULL THEN mo."resultSnapshot"::jsonb -> 'electorate' END`,
    ),
    usable: Prisma.raw(
      `(jsonb_typeof(m."frozen") = 'array' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(m."frozen") e WHERE jsonb_typeof(e) <> 'string'))`,
    ),
    size: Prisma.raw(`jsonb_array_length(m."frozen")`),
    approvals: Prisma.sql`SELECT COUNT(*) FROM "Ballot" b CROSS JOIN "Attendance" a CROSS JOIN "Member" vm WHERE v."electorate" ? b."memberId" AND ${counted}`,
  };
}

/**
 * Runs `query` with PostgreSQL's JIT off. The planner prices the motions' 12,000 small subqueries high enough
 * to compile them with optimisation and inlining, about 0.75 s of the query's 3 s here, for a plan that is
 * a few index walks per motion; SET LOCAL keeps the setting to this one transaction. SQLite has no JIT.
 */
async function withoutJit<T>(
  db: Database,
  query: (client: Pick<Database['prisma'], '$queryRaw'>) => Promise<T>,
): Promise<T> {
  if (db.provider !== 'postgresql') return query(db.prisma);
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL jit = off');
      return query(tx);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/**
 * Approvals per motion: a ballot counts when its member is on the cell's roster, takes part in meetings, is
 * recorded present and is in the electorate — the frozen one, else the current one (official or exempt present,
 * SHT đến where the cell lets them vote). One subquery per motion over its few dozen ballots, each found by
 * its keys: both databases run it as a short index walk, where a GROUP BY over all the period's ballots
 * sorted 400,000 rows (and PostgreSQL, misjudging the CTE, joined attendance by member and filtered by meeting).
 */
export async function queryMotions(db: Database, scope: ReportScope): Promise<MotionAggregate[]> {
  const frozen = frozenSql(db.provider);
  const current = Prisma.raw(`SELECT COUNT(*) FROM "Ballot" b CROSS JOIN "Attendance" a CROSS JOIN "Member" vm
    WHERE b."motionId" = v."id" AND b."choice" = 'approve' AND ${PRESENT_VOTER}
      AND (vm."status" IN ('official', 'exempt') OR (vm."status" = 'attached_in' AND v."attachedInMayVote"))`);
  const query = (client: Pick<Database['prisma'], '$queryRaw'>) => client.$queryRaw<
    { meetingId: string; kind: string; status: string; usable: Num; size: Num | null; approve: Num | null }[]
  >`
    WITH m AS MATERIALIZED (
      SELECT mo."id", mo."meetingId", mo."kind", mo."status", mt."cellId", c."attachedInMayVote", ${frozen.read} AS "frozen"
      FROM "Motion" mo JOIN "Meeting" mt ON mt."id" = mo."meetingId" JOIN "Cell" c ON c."id" = mt."cellId"
      WHERE ${cellsOf(scope, 'c')} AND ${heldIn(scope)}
    ), v AS MATERIALIZED (
      SELECT m."id", m."meetingId", m."kind", m."status", m."cellId", m."attachedInMayVote",
        CASE WHEN ${frozen.usable} THEN 1 ELSE 0 END AS "usable",
        CASE WHEN ${frozen.usable} THEN ${frozen.size} ELSE NULL END AS "size",
        CASE WHEN ${frozen.usable} THEN m."frozen" ELSE NULL END AS "electorate"
      FROM m
    )
    SELECT v."meetingId", v."kind", v."status", v."usable", v."size",
      CASE WHEN v."usable" = 1 THEN (${frozen.approvals}) ELSE (${current}) END AS "approve"
    FROM v`;
  const rows = await withoutJit(db, query);
  return rows.map((r) => ({
    meetingId: r.meetingId,
    kind: r.kind,
    closed: r.status === 'closed',
    frozenDenominator: n(r.usable) === 1 ? n(r.size) : null,
    approve: n(r.approve),
  }));
}

/**
 * Summoned members excused at 3 or more held meetings of the period in a row within one calendar year
 * (core/quality-flags.ts). CROSS JOIN keeps SQLite's order meeting → its attendance → member, so only the
 * few excused rows are looked up on the roster (it otherwise looked up each member's attendance at each meeting).
 */
export async function queryExcusedStreaks(
  db: Database,
  scope: ReportScope,
  minStreak: number,
): Promise<{ cellId: string; memberId: string }[]> {
  return db.prisma.$queryRaw<{ cellId: string; memberId: string }[]>`
    WITH held AS (
      SELECT mt."id", mt."cellId", SUBSTR(mt."period", 1, 4) AS "year",
        ROW_NUMBER() OVER (PARTITION BY mt."cellId" ORDER BY mt."startsAt", mt."id") AS "ord"
      FROM "Meeting" mt JOIN "Cell" c ON c."id" = mt."cellId"
      WHERE ${cellsOf(scope, 'c')} AND ${heldIn(scope)}
    ), excused AS (
      SELECT h."cellId", a."memberId", h."year",
        h."ord" - ROW_NUMBER() OVER (PARTITION BY a."memberId", h."year" ORDER BY h."ord") AS "island"
      FROM held h CROSS JOIN "Attendance" a CROSS JOIN "Member" m
      WHERE a."meetingId" = h."id" AND m."id" = a."memberId" AND m."cellId" = h."cellId" AND m."status" IN ${INVITED} AND ${EXCUSED}
    )
    SELECT DISTINCT s."cellId", s."memberId" FROM (
      SELECT e."cellId", e."memberId" FROM excused e GROUP BY e."cellId", e."memberId", e."year", e."island" HAVING COUNT(*) >= ${Prisma.raw(String(Math.trunc(minStreak)))}
    ) s
    ORDER BY s."cellId", s."memberId"`;
}

/** Agenda items that may name a thematic part (the SQL only narrows; core/timing-flags.ts decides). */
export async function queryThematicCandidates(
  db: Database,
  scope: ReportScope,
): Promise<{ meetingId: string; title: string }[]> {
  return db.prisma.$queryRaw<{ meetingId: string; title: string }[]>`
    SELECT ai."meetingId", ai."title"
    FROM "AgendaItem" ai JOIN "Meeting" mt ON mt."id" = ai."meetingId" JOIN "Cell" c ON c."id" = mt."cellId"
    WHERE ${cellsOf(scope, 'c')} AND ${heldIn(scope)} AND (LOWER(ai."title") LIKE '%chuy%' OR LOWER(ai."title") LIKE '%thematic%')`;
}

/** Probationary members admitted within [from, to) (dates stored as the UTC midnight of the day). */
export async function queryProbationers(
  db: Database,
  scope: ReportScope,
  from: Date,
  to: Date,
): Promise<{ id: string; cellId: string; fullName: string; joinedAt: Date }[]> {
  return db.prisma.$queryRaw<{ id: string; cellId: string; fullName: string; joinedAt: Date }[]>`
    SELECT m."id", m."cellId", m."fullName", m."joinedAt"
    FROM "Member" m JOIN "Cell" c ON c."id" = m."cellId"
    WHERE ${cellsOf(scope, 'c')} AND m."status" = 'probationary' AND m."joinedAt" >= ${from} AND m."joinedAt" < ${to}
    ORDER BY m."fullName", m."id"`;
}

export interface TargetSum {
  readonly metric: string;
  readonly scope: string;
  readonly period: string;
  readonly unit: string;
  readonly goal: number;
  readonly progress: number;
  readonly cells: number;
}

/** Targets of the period (features/targets/target-queries.ts: the year's, and those of its months in the period), summed. */
export async function queryTargetSums(
  db: Database,
  scope: ReportScope,
  months: readonly string[],
): Promise<TargetSum[]> {
  const year = scope.fromMonth.slice(0, 4);
  const rows = await db.prisma.$queryRaw<
    {
      metric: string;
      scope: string;
      period: string;
      unit: string;
      goal: Num | null;
      progress: Num | null;
      cells: Num;
    }[]
  >`
    SELECT t."metric", t."scope", t."period", t."unit", SUM(t."goal") AS "goal", SUM(t."progress") AS "progress", COUNT(*) AS "cells"
    FROM "Target" t JOIN "Cell" c ON c."id" = t."cellId"
    WHERE ${cellsOf(scope, 'c')} AND ((t."scope" = 'year' AND t."period" = ${year}) OR (t."scope" = 'month' AND t."period" IN (${Prisma.join([...months])})))
    GROUP BY t."metric", t."scope", t."period", t."unit"
    ORDER BY t."scope" DESC, t."period", t."metric", t."unit"`;
  return rows.map((r) => ({ ...r, goal: n(r.goal), progress: n(r.progress), cells: n(r.cells) }));
}
