"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lockOpenMotion = lockOpenMotion;
exports.recordBallot = recordBallot;
/**
 * One ballot per member per motion, changeable while the motion is open, every
 * change in the audit trail. The motion row is locked (a conditional update)
 * inside the same transaction as the ballot write and as the close, so a ballot
 * either lands before the close's snapshot or is refused: never after it.
 */
const errors_1 = require("../../core/errors");
const errors_2 = require("../../store/errors");
/** Locks the motion for this transaction; refuses when it is no longer open. */
async function lockOpenMotion(tx, motionId) {
    const locked = await tx.motion.updateMany({ where: { id: motionId, status: 'open' }, data: { status: 'open' } });
    if (locked.count !== 1)
        throw new errors_1.DomainError('motion.closed');
}
async function writeOnce(db, write) {
    return db.prisma.$transaction(async (tx) => {
        await lockOpenMotion(tx, write.motionId);
        const key = { motionId_memberId: { motionId: write.motionId, memberId: write.memberId } };
        const previous = await tx.ballot.findUnique({ where: key });
        if (previous && previous.choice === write.choice && previous.comment === write.comment)
            return 'unchanged';
        if (previous) {
            await tx.ballot.update({
                where: { id: previous.id, version: previous.version },
                data: { choice: write.choice, comment: write.comment, updatedAt: write.at, version: previous.version + 1 },
            });
        }
        else {
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
async function recordBallot(db, write) {
    for (let attempt = 1;; attempt += 1) {
        try {
            return await writeOnce(db, write);
        }
        catch (error) {
            const retryable = (0, errors_2.isUniqueViolation)(error) || (0, errors_2.isWriteConflict)(error);
            if (!retryable || attempt >= 5)
                throw error;
        }
    }
}
//# sourceMappingURL=ballot-store.js.map