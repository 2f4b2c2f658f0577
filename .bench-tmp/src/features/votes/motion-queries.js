"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findMotion = findMotion;
exports.requireMotionOfCell = requireMotionOfCell;
exports.findOpenMotion = findOpenMotion;
exports.requireOpenMotion = requireOpenMotion;
/** Loading motions with what their cards and rules need. */
const errors_1 = require("../../core/errors");
const motionInclude = {
    meeting: { include: { cell: true } },
    ballots: true,
    opinions: { include: { member: true }, orderBy: { createdAt: 'asc' } },
};
async function findMotion(db, motionId) {
    return db.prisma.motion.findUnique({ where: { id: motionId }, include: motionInclude });
}
/** A motion of this cell (another cell's motion is "not found"). */
async function requireMotionOfCell(db, cellId, motionId) {
    const motion = await findMotion(db, motionId);
    if (!motion || motion.meeting.cellId !== cellId)
        throw new errors_1.DomainError('motion.not_found');
    return motion;
}
/** The cell's open motion (text votes go to it), newest first. */
async function findOpenMotion(db, cellId) {
    const open = await db.prisma.motion.findFirst({
        where: { status: 'open', meeting: { cellId } },
        orderBy: { openedAt: 'desc' },
        select: { id: true },
    });
    return open ? findMotion(db, open.id) : null;
}
/** The cell's most recent motion, open or closed ("kết thúc biểu quyết" closes the open one). */
async function requireOpenMotion(db, cellId) {
    const motion = await findOpenMotion(db, cellId);
    if (!motion)
        throw new errors_1.DomainError('motion.not_found');
    return motion;
}
//# sourceMappingURL=motion-queries.js.map