/**
 * One ballot per member per motion, changeable while the motion is open, every
 * change in the audit trail. The close locks the motion row exclusively (a
 * conditional update) and a ballot locks it in the same transaction as its
 * write, so a ballot either lands before the close's snapshot or is refused:
 * never after it. On PostgreSQL a ballot takes a shared lock (FOR SHARE):
 * ballots do not wait for one another, only for a close. SQLite has one
 * writer at a time anyway, so there the ballot takes the same lock as the close.
 * A member's first ballot — nearly every press of a burst — is written raw,
 * with the same guarantees, for a fraction of the cost (see castFirstBallot).
 * Only a member recorded present at the motion's meeting has a ballot (the
 * roll call is the record): every write checks it in the statement that writes.
 */
import { DomainError } from '../../core/errors';
import type { VoteChoice } from '../../core/types';
import type { Database } from '../../store/database';
import { isUniqueViolation, isWriteConflict } from '../../store/errors';
import type { Ballot } from '../../store/rows';

export interface BallotWrite {
  readonly cellId: string;
  readonly motionId: string;
  readonly memberId: string;
  readonly choice: VoteChoice;
  readonly comment: string | null;
  readonly at: Date;
  /** Who recorded the ballot for the member (a show of hands); absent or null when the member voted. */
  readonly recordedById?: string | null;
}

type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

/** Locks the motion for this transaction; refuses when it is no longer open. */
export async function lockOpenMotion(tx: Tx, motionId: string): Promise<void> {
  const locked = await tx.motion.updateMany({ where: { id: motionId, status: 'open' }, data: { status: 'open' } });
  if (locked.count !== 1) throw new DomainError('motion.closed');
}

/** The member's ballot as it stands, read under the motion's hold. */
type PreviousBallot = Pick<Ballot, 'id' | 'choice' | 'comment' | 'version'> | null;

interface HeldRow {
  readonly ballotId: string | null;
  readonly choice: string | null;
  readonly comment: string | null;
  readonly version: number | bigint | null;
  readonly presence: string | null;
}

/** The member's ballot out of the held row; refuses a member not recorded present at the motion's meeting. */
function previousOf(row: HeldRow): PreviousBallot {
  if (row.presence !== 'present') throw new DomainError('vote.not_present');
  return row.ballotId === null || row.choice === null || row.version === null
    ? null
    : { id: row.ballotId, choice: row.choice, comment: row.comment, version: Number(row.version) };
}

type Outcome = 'cast' | 'changed' | 'unchanged';

/**
 * Holds the motion open for this ballot's transaction and reads the member's ballot; refuses when the motion
 * is no longer open. On PostgreSQL one round trip does both (the motion row shared-locked, the ballot beside it).
 */
async function holdOpenMotion(tx: Tx, provider: Database['provider'], write: BallotWrite): Promise<PreviousBallot> {
  if (provider === 'sqlite') {
    await lockOpenMotion(tx, write.motionId);
    const rows = await tx.$queryRaw<HeldRow[]>`
      SELECT b."id" AS "ballotId", b."choice", b."comment", b."version", a."presence"
      FROM "Motion" m
      LEFT JOIN "Attendance" a ON a."meetingId" = m."meetingId" AND a."memberId" = ${write.memberId}
      LEFT JOIN "Ballot" b ON b."motionId" = m."id" AND b."memberId" = ${write.memberId}
      WHERE m."id" = ${write.motionId}`;
    const row = rows[0];
    if (row === undefined) throw new DomainError('motion.closed');
    return previousOf(row);
  }
  const held = await tx.$queryRaw<HeldRow[]>`
    SELECT b."id" AS "ballotId", b."choice", b."comment", b."version", a."presence"
    FROM "Motion" m
    LEFT JOIN "Attendance" a ON a."meetingId" = m."meetingId" AND a."memberId" = ${write.memberId}
    LEFT JOIN "Ballot" b ON b."motionId" = m."id" AND b."memberId" = ${write.memberId}
    WHERE m."id" = ${write.motionId} AND m."status" = 'open'
    FOR SHARE OF m`;
  const row = held[0];
  if (row === undefined) throw new DomainError('motion.closed');
  return previousOf(row);
}

/** The audit row of a cast (no previous ballot) or a change. */
function auditOf(write: BallotWrite, previous: PreviousBallot) {
  const recordedBy = write.recordedById ?? null;
  const onBehalf =
    recordedBy === null ? {} : { memberId: write.memberId, recordedById: recordedBy, method: 'show_of_hands' };
  const data = {
    choice: write.choice,
    comment: write.comment,
    ...(previous ? { from: previous.choice, version: previous.version + 1 } : {}),
    ...onBehalf,
  };
  // A ballot recorded for a member is the recorder's act, on the member's behalf (the data names both).
  return {
    cellId: write.cellId,
    actorMemberId: recordedBy ?? write.memberId,
    type: previous ? 'ballot.changed' : 'ballot.cast',
    subjectId: write.motionId,
    data: JSON.stringify(data),
  };
}

/** Reads the member's ballot under the motion's hold, then casts, changes or leaves it. */
async function writeAfterReading(db: Database, write: BallotWrite): Promise<Outcome> {
  return db.prisma.$transaction(async (tx) => {
    const previous = await holdOpenMotion(tx, db.provider, write);
    if (previous && previous.choice === write.choice && previous.comment === write.comment) return 'unchanged';
    if (previous) {
      await tx.ballot.update({
        where: { id: previous.id, version: previous.version },
        data: {
          choice: write.choice,
          comment: write.comment,
          updatedAt: write.at,
          version: previous.version + 1,
          recordedById: write.recordedById ?? null,
        },
        select: { id: true },
      });
    } else {
      await tx.ballot.create({
        data: {
          motionId: write.motionId,
          memberId: write.memberId,
          choice: write.choice,
          comment: write.comment,
          castAt: write.at,
          updatedAt: write.at,
          recordedById: write.recordedById ?? null,
        },
        select: { id: true },
      });
    }
    // Nothing is read back: a full row would only be mapped to be dropped (a burst writes a thousand of these).
    await tx.auditEvent.create({ data: auditOf(write, previous), select: { id: true } });
    return previous ? 'changed' : 'cast';
  });
}

/**
 * A first ballot on PostgreSQL, as one statement: each statement is a round trip there, and the reading path
 * takes five (BEGIN, hold and read, two inserts, COMMIT). The motion is held with the same shared lock, so a
 * close either snapshots after the ballot or makes the hold find no open motion (then nothing is inserted);
 * a member not recorded present at the meeting makes the hold find nothing too;
 * the unique key refuses a ballot written meanwhile. Either way the press goes to the reading path, which
 * names the refusal. Ids come from the database (the model path's come from Prisma's client): nothing reads
 * meaning into them, and the audit trail orders by time.
 */
async function castFirstOnPostgres(db: Database, write: BallotWrite): Promise<Outcome | undefined> {
  const audit = auditOf(write, null);
  const rows = await db.prisma.$queryRaw<{ cast: number | bigint }[]>`
    WITH held AS (
      SELECT m."id" FROM "Motion" m WHERE m."id" = ${write.motionId} AND m."status" = 'open'
        AND EXISTS (SELECT 1 FROM "Attendance" a WHERE a."meetingId" = m."meetingId" AND a."memberId" = ${write.memberId} AND a."presence" = 'present')
      FOR SHARE OF m
    ), ballot AS (
      INSERT INTO "Ballot" ("id", "motionId", "memberId", "choice", "comment", "castAt", "updatedAt", "version", "recordedById")
      SELECT gen_random_uuid()::text, held."id", ${write.memberId}, ${write.choice}, ${write.comment}, ${write.at}, ${write.at}, 1, ${write.recordedById ?? null} FROM held
      RETURNING "id"
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "cellId", "actorMemberId", "type", "subjectId", "data", "createdAt")
      SELECT gen_random_uuid()::text, ${audit.cellId}, ${audit.actorMemberId}, ${audit.type}, ${audit.subjectId}, ${audit.data}, ${new Date()} FROM ballot
      RETURNING "id"
    )
    SELECT (SELECT COUNT(*) FROM audit) AS "cast"`;
  return Number(rows[0]?.cast ?? 0) === 1 ? 'cast' : undefined;
}

/**
 * A first ballot on SQLite, as one batch transaction of two raw statements (Prisma runs that for less than half
 * an interactive transaction's cost, and a burst is a thousand of them): the ballot is inserted only while the
 * motion is open and the member recorded present at its meeting, checked in the same statement under SQLite's one write lock, and its audit row only if the
 * ballot was (`changes()` counts the statement before, on the same connection); the unique key refuses a
 * ballot written meanwhile. Ids come from the database, as on PostgreSQL.
 */
async function castFirstOnSqlite(db: Database, write: BallotWrite): Promise<Outcome | undefined> {
  const audit = auditOf(write, null);
  const [inserted] = await db.prisma.$transaction([
    db.prisma.$executeRaw`
      INSERT INTO "Ballot" ("id", "motionId", "memberId", "choice", "comment", "castAt", "updatedAt", "version", "recordedById")
      SELECT lower(hex(randomblob(16))), m."id", ${write.memberId}, ${write.choice}, ${write.comment}, ${write.at}, ${write.at}, 1, ${write.recordedById ?? null}
      FROM "Motion" m WHERE m."id" = ${write.motionId} AND m."status" = 'open'
        AND EXISTS (SELECT 1 FROM "Attendance" a WHERE a."meetingId" = m."meetingId" AND a."memberId" = ${write.memberId} AND a."presence" = 'present')`,
    db.prisma.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "cellId", "actorMemberId", "type", "subjectId", "data", "createdAt")
      SELECT lower(hex(randomblob(16))), ${audit.cellId}, ${audit.actorMemberId}, ${audit.type}, ${audit.subjectId}, ${audit.data}, ${new Date()}
      WHERE changes() = 1`,
  ]);
  return inserted === 1 ? 'cast' : undefined;
}

/** The cheaper write of a first ballot, by provider; undefined when it did not land (the motion was not open, the member not present). */
function castFirstBallot(db: Database, write: BallotWrite): Promise<Outcome | undefined> {
  return db.provider === 'sqlite' ? castFirstOnSqlite(db, write) : castFirstOnPostgres(db, write);
}

/**
 * Casts or changes a ballot; two presses at the same instant end as one ballot (the loser retries as a change).
 * `hadBallot`: whether the press found a ballot of the member when it loaded; false tries the cheaper
 * first-ballot write before the reading one.
 */
export async function recordBallot(db: Database, write: BallotWrite, hadBallot = true): Promise<Outcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const first = attempt === 1 && !hadBallot ? await castFirstBallot(db, write) : undefined;
      return first ?? (await writeAfterReading(db, write));
    } catch (error) {
      const retryable = isUniqueViolation(error) || isWriteConflict(error);
      if (!retryable || attempt >= 5) throw error;
    }
  }
}
