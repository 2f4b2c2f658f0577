/**
 * The whole roster of a cell and a meeting's attendance, as the rules read them. This load sits on the hot
 * path of every ballot (the electorate is recomputed for the card's tally), and
 * Prisma's row mapping costs about 20 ms per 1,000 members against about 3 ms
 * for the same query raw; quoted identifiers keep it valid on SQLite and PostgreSQL.
 */
import { sortByVietnameseName } from '../core/names';
import type { Database } from './database';
import { type MemberRow } from './mappers';
import type { Attendance } from './rows';

/** Ordered by Vietnamese name (core/names.ts): SQL collation cannot order by given name. */
export async function loadRosterRows(db: Database, cellId: string): Promise<MemberRow[]> {
  const rows = await db.prisma.$queryRaw<MemberRow[]>`
    SELECT "id", "fullName", "status", "role", "partyGroup"
    FROM "Member" WHERE "cellId" = ${cellId}
    ORDER BY "id" ASC`;
  return sortByVietnameseName(rows, (m) => m.fullName);
}

/** What the rules and cards read of an attendance row (no dates: raw dates differ between the providers). */
export type AttendanceLite = Pick<
  Attendance,
  'memberId' | 'rsvp' | 'rsvpVenue' | 'rsvpReason' | 'presence' | 'presenceVenue' | 'presenceReason'
>;

/** A meeting's attendance rows, read raw for the same reason as the roster. */
export async function loadAttendanceRows(db: Database, meetingId: string): Promise<AttendanceLite[]> {
  return db.prisma.$queryRaw<AttendanceLite[]>`
    SELECT "memberId", "rsvp", "rsvpVenue", "rsvpReason", "presence", "presenceVenue", "presenceReason"
    FROM "Attendance" WHERE "meetingId" = ${meetingId}`;
}
