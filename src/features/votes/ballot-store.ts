/**
 * One ballot per member per motion, changeable while the motion is open, every
 * change in the audit trail. The close locks the motion row exclusively (a
 * conditional update) and a ballot locks it in the same transaction as its
 * write, so a ballot either lands before the close's snapshot or is refused:
 * never after it. On PostgreSQL a ballot takes a shared lock (FOR SHARE):
 * ballots do not wait for one another, only for a close. SQLite has one
 * writer at a time anyway, so there the ballot takes the same lock as the close.
 */
import { DomainError } from '../../core/errors';
import type { VoteChoice } from '../../core/types';
import type { Database } from '../../store/database';
import { isUniqueViolation, isWriteConflict } from '../../store/errors';

export interface BallotWrite {
  readonly cellId: string;
  readonly motionId: string;
  readonly memberId: string;
  readonly choice: VoteChoice;
  readonly comment: string | null;
  readonly at: Date;
}

type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

/** Locks the motion for this transaction; refuses when it is no longer open. */
export async function lockOpenMotion(tx: Tx, motionId: string): Promise<void> {
  const locked = await tx.motion.updateMany({ where: { id: motionId, status: 'open' }, data: { status: 'open' } });
  if (locked.count !== 1) throw new DomainError('motion.closed');
}

/** Holds the motion open for this ballot's transaction; refuses when it is no longer open. */
async function holdOpenMotion(tx: Tx, provider: Database['provider'], motionId: string): Promise<void> {
  if (provider === 'sqlite') return lockOpenMotion(tx, motionId);
  const held = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Motion" WHERE "id" = ${motionId} AND "status" = 'open' FOR SHARE`;
  if (held.length !== 1) throw new DomainError('motion.closed');
}

async function writeOnce(db: Database, write: BallotWrite): Promise<'cast' | 'changed' | 'unchanged'> {
  return db.prisma.$transaction(async (tx) => {
    await holdOpenMotion(tx, db.provider, write.motionId);
    const key = { motionId_memberId: { motionId: write.motionId, memberId: write.memberId } };
    const previous = await tx.ballot.findUnique({ where: key });
    if (previous && previous.choice === write.choice && previous.comment === write.comment) return 'unchanged';
    if (previous) {
      await tx.ballot.update({
        where: { id: previous.id, version: previous.version },
        data: { choice: write.choice, comment: write.comment, updatedAt: write.at, version: previous.version + 1 },
      });
    } else {
      await tx.ballot.create({
        data: { motionId: write.motionId, memberId: write.memberId, choice: write.choice, comment: write.comment, castAt: write.at, updatedAt: write.at },
      });
    }
    const type = previous ? 'ballot.changed' : 'ballot.cast';
    const data = { choice: write.choice, comment: write.comment, ...(previous ? { from: previous.choice, version: previous.version + 1 } : {}) };
    await tx.auditEvent.create({ data: { cellId: write.cellId, actorMemberId: write.memberId, type, subjectId: write.motionId, data: JSON.stringify(data) } });
    return previous ? 'changed' : 'cast';
  });
}

/** Casts or changes a ballot; two presses at the same instant end as one ballot (the loser retries as a change). */
export async function recordBallot(db: Database, write: BallotWrite): Promise<'cast' | 'changed' | 'unchanged'> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeOnce(db, write);
    } catch (error) {
      const retryable = isUniqueViolation(error) || isWriteConflict(error);
      if (!retryable || attempt >= 5) throw error;
    }
  }
}
