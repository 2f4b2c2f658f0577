/**
 * Seeds the committee bench fast: a committee of N cells × 50 members (35 official, 15 probationary) × 12
 * held meetings of one year, every member with an attendance row (600,000 rows for 1,000 cells), one
 * resolution per meeting with the official members' ballots. Each table is one INSERT … SELECT the database
 * expands itself (a cross join of the rows already there: cells × members, cells × months, meetings × members),
 * so no row crosses from JavaScript and each is one statement (its own transaction); createMany in batches of
 * 5,000 (bench/summary-seed.ts, --old-seed) took 163–180 s for 1,000 cells.
 * Presence is varied: excused when (member + month) % 25 = 0, unexcused when (3·member + month) % 53 = 0.
 */
import { Prisma } from '../src/store/generated/sqlite/client';
import type { Database } from '../src/store/database';

export const SEED_YEAR = '2025';
const period = (month: number): string => `${SEED_YEAR}-${String(month).padStart(2, '0')}`;
const start = (month: number): Date => new Date(Date.UTC(Number(SEED_YEAR), month - 1, 5, 7, 0));

/** A timestamp parameter in a SELECT list: PostgreSQL needs its type named, SQLite takes the adapter's encoding. */
function at(db: Database, date: Date): Prisma.Sql {
  return db.provider === 'sqlite' ? Prisma.sql`${date}` : Prisma.sql`CAST(${date} AS TIMESTAMP(3))`;
}

export interface SeededCommittee {
  readonly committeeId: string;
  readonly cellIds: readonly string[];
  readonly rows: { readonly attendance: number; readonly ballots: number };
  /** Time of each step, for the bench's line. */
  readonly phases: readonly string[];
}

/** Writes the committee and its cells; returns their ids and the rows written. */
export async function seedCommittee(db: Database, cells: number): Promise<SeededCommittee> {
  const now = new Date();
  const phases: string[] = [];
  let last = performance.now();
  const lap = (name: string): void => {
    phases.push(`${name} ${((performance.now() - last) / 1000).toFixed(1)} s`);
    last = performance.now();
  };
  const committee = await db.prisma.committee.create({
    data: { id: 'bench-committee', name: 'Đảng ủy Khối Doanh nghiệp (bench)' },
  });
  const ts = at(db, now);
  const yes = Prisma.raw(db.provider === 'sqlite' ? '1' : 'true');
  await db.prisma.$executeRaw`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${Prisma.raw(String(cells - 1))})
    INSERT INTO "Cell" ("id", "name", "committeeId", "onlineApprovalRef", "createdAt", "updatedAt")
    SELECT 'bench-c' || n.i, 'Chi bộ ' || (n.i + 1), ${committee.id}, CASE WHEN n.i % 10 = 0 THEN NULL ELSE 'Công văn 15-CV/ĐU' END, ${ts}, ${ts} FROM n`;
  const cellIds = Array.from({ length: cells }, (_, c) => `bench-c${c}`);
  await db.prisma.$executeRaw`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
    INSERT INTO "Member" ("id", "cellId", "fullName", "status", "role", "createdAt", "updatedAt")
    SELECT c."id" || '-m' || n.i, c."id", 'Đảng viên ' || (n.i + 1), CASE WHEN n.i < 35 THEN 'official' ELSE 'probationary' END,
      CASE WHEN n.i = 0 THEN 'secretary' ELSE 'member' END, ${ts}, ${ts}
    FROM "Cell" c CROSS JOIN n WHERE c."committeeId" = ${committee.id}`;
  lap('cells, members');
  // July's meeting is short (80 minutes); every third month is online; documents go out two days ahead.
  const months = Prisma.join(
    Array.from({ length: 12 }, (_, i) => {
      const m = i + 1;
      const end = new Date(start(m).getTime() + (m === 7 ? 80 : 100) * 60_000);
      return Prisma.sql`(CAST(${m} AS INTEGER), ${period(m)}, ${at(db, start(m))}, ${at(db, end)}, ${at(db, new Date(start(m).getTime() - 2 * 86_400_000))})`;
    }),
  );
  await db.prisma.$executeRaw`
    WITH months("m", "period", "startsAt", "endedAt", "notice") AS (VALUES ${months})
    INSERT INTO "Meeting" ("id", "cellId", "period", "kind", "form", "startsAt", "startedAt", "endedAt", "noticePostedAt", "status", "createdAt", "updatedAt")
    SELECT c."id" || '-mt' || mo."m", c."id", mo."period", 'regular', CASE WHEN mo."m" % 3 = 0 THEN 'online' ELSE 'in_person' END,
      mo."startsAt", mo."startsAt", mo."endedAt", mo."notice", 'closed', ${ts}, ${ts}
    FROM "Cell" c CROSS JOIN months mo WHERE c."committeeId" = ${committee.id}`;
  // A thematic part each quarter; every other month's vote closed with its electorate frozen (the official members).
  await db.prisma.$executeRaw`
    INSERT INTO "AgendaItem" ("id", "meetingId", "position", "title")
    SELECT mt."id" || '-a', mt."id", 0, 'Sinh hoạt chuyên đề quý' FROM "Meeting" mt JOIN "Cell" c ON c."id" = mt."cellId"
    WHERE c."committeeId" = ${committee.id} AND CAST(SUBSTR(mt."period", 6, 2) AS INTEGER) % 3 = 0`;
  const electorate =
    db.provider === 'sqlite'
      ? Prisma.raw(
          `(SELECT json_object('electorate', json_group_array(e."id")) FROM "Member" e WHERE e."cellId" = mt."cellId" AND e."status" = 'official')`,
        )
      : Prisma.raw(
          `(SELECT json_build_object('electorate', json_agg(e."id"))::text FROM "Member" e WHERE e."cellId" = mt."cellId" AND e."status" = 'official')`,
        );
  await db.prisma.$executeRaw`
    INSERT INTO "Motion" ("id", "meetingId", "title", "kind", "status", "openedAt", "closedAt", "passed", "resultSnapshot")
    SELECT mt."id" || '-v', mt."id", 'Nghị quyết tháng', 'resolution', 'closed', mt."startsAt", mt."endedAt", ${yes},
      CASE WHEN CAST(SUBSTR(mt."period", 6, 2) AS INTEGER) % 2 = 0 THEN ${electorate} ELSE NULL END
    FROM "Meeting" mt JOIN "Cell" c ON c."id" = mt."cellId" WHERE c."committeeId" = ${committee.id}`;
  lap('meetings, motions');
  const attendance = await db.prisma.$executeRaw`
    INSERT INTO "Attendance" ("id", "meetingId", "memberId", "presence", "presenceReason", "late", "updatedAt")
    SELECT mt."id" || '-' || m."id", mt."id", m."id",
      CASE WHEN (CAST(SUBSTR(m."id", LENGTH(m."cellId") + 3) AS INTEGER) + CAST(SUBSTR(mt."period", 6, 2) AS INTEGER)) % 25 = 0 THEN 'excused'
           WHEN (3 * CAST(SUBSTR(m."id", LENGTH(m."cellId") + 3) AS INTEGER) + CAST(SUBSTR(mt."period", 6, 2) AS INTEGER)) % 53 = 0 THEN 'unexcused'
           ELSE 'present' END,
      CASE WHEN (CAST(SUBSTR(m."id", LENGTH(m."cellId") + 3) AS INTEGER) + CAST(SUBSTR(mt."period", 6, 2) AS INTEGER)) % 25 = 0 THEN 'Ốm' ELSE NULL END,
      ${db.provider === 'sqlite' ? Prisma.raw('0') : Prisma.raw('false')}, ${ts}
    FROM "Meeting" mt JOIN "Member" m ON m."cellId" = mt."cellId" JOIN "Cell" c ON c."id" = mt."cellId"
    WHERE c."committeeId" = ${committee.id}`;
  lap('attendance');
  const ballots = await db.prisma.$executeRaw`
    INSERT INTO "Ballot" ("id", "motionId", "memberId", "choice", "castAt", "updatedAt", "version")
    SELECT mo."id" || '-' || m."id", mo."id", m."id", 'approve', ${ts}, ${ts}, 1
    FROM "Motion" mo JOIN "Meeting" mt ON mt."id" = mo."meetingId" JOIN "Member" m ON m."cellId" = mt."cellId" JOIN "Cell" c ON c."id" = mt."cellId"
    WHERE c."committeeId" = ${committee.id} AND m."status" = 'official'`;
  lap('ballots');
  await db.prisma.$executeRaw`
    INSERT INTO "Target" ("id", "cellId", "scope", "period", "metric", "goal", "progress", "unit", "createdAt", "updatedAt")
    SELECT c."id" || '-t', c."id", 'year', ${SEED_YEAR}, 'Kết nạp đảng viên mới', 2, LENGTH(c."id") % 3, 'đồng chí', ${ts}, ${ts}
    FROM "Cell" c WHERE c."committeeId" = ${committee.id}`;
  lap('targets');
  // A production database has planner statistics (autovacuum analyses a table after a bulk load); give them now.
  if (db.provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
  lap('analyse');
  return { committeeId: committee.id, cellIds, rows: { attendance, ballots }, phases };
}
