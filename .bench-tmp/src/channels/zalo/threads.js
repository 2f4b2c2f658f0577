"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupThread = exports.userThread = exports.CONSULTATION_WINDOW_MS = void 0;
exports.recordInteraction = recordInteraction;
exports.insideWindow = insideWindow;
exports.rememberQuestion = rememberQuestion;
exports.pendingQuestion = pendingQuestion;
exports.countFailedCode = countFailedCode;
exports.failedCodesThisHour = failedCodesThisHour;
exports.forgetUser = forgetUser;
exports.CONSULTATION_WINDOW_MS = 7 * 24 * 3_600_000;
const KINDS = ['rsvp', 'vote', 'rollcall'];
const userThread = (userId) => `user:${userId}`;
exports.userThread = userThread;
const groupThread = (groupId) => `group:${groupId}`;
exports.groupThread = groupThread;
async function recordInteraction(db, userId, at) {
    const threadId = (0, exports.userThread)(userId);
    await db.prisma.zaloThread.upsert({ where: { threadId }, create: { threadId, lastInteractionAt: at }, update: { lastInteractionAt: at } });
}
/** Whether a consultation (cs) message may go to this user now. */
async function insideWindow(db, userId, now) {
    const row = await db.prisma.zaloThread.findUnique({ where: { threadId: (0, exports.userThread)(userId) }, select: { lastInteractionAt: true } });
    const last = row?.lastInteractionAt;
    return last !== null && last !== undefined && now.getTime() - last.getTime() < exports.CONSULTATION_WINDOW_MS;
}
async function rememberQuestion(db, threadId, question) {
    const data = { pendingKind: question.kind, pendingSubjectId: question.subjectId };
    await db.prisma.zaloThread.upsert({ where: { threadId }, create: { threadId, ...data }, update: data });
}
async function pendingQuestion(db, threadId) {
    const row = await db.prisma.zaloThread.findUnique({ where: { threadId }, select: { pendingKind: true, pendingSubjectId: true } });
    const kind = KINDS.find((k) => k === row?.pendingKind);
    return kind && row?.pendingSubjectId ? { kind, subjectId: row.pendingSubjectId } : undefined;
}
/** Counts a wrong code; resolves to the failures in the current hour. */
async function countFailedCode(db, userId, now) {
    const threadId = (0, exports.userThread)(userId);
    const row = await db.prisma.zaloThread.findUnique({ where: { threadId }, select: { failedCodes: true, lastFailedCodeAt: true } });
    const recent = row?.lastFailedCodeAt !== null && row?.lastFailedCodeAt !== undefined && now.getTime() - row.lastFailedCodeAt.getTime() < 3_600_000;
    const failedCodes = (recent ? (row?.failedCodes ?? 0) : 0) + 1;
    await db.prisma.zaloThread.upsert({ where: { threadId }, create: { threadId, failedCodes, lastFailedCodeAt: now }, update: { failedCodes, lastFailedCodeAt: now } });
    return failedCodes;
}
async function failedCodesThisHour(db, userId, now) {
    const row = await db.prisma.zaloThread.findUnique({ where: { threadId: (0, exports.userThread)(userId) }, select: { failedCodes: true, lastFailedCodeAt: true } });
    const at = row?.lastFailedCodeAt;
    return row && at && now.getTime() - at.getTime() < 3_600_000 ? row.failedCodes : 0;
}
/** user_withdraw: the user's data here goes (their party record is the cell's and stays). */
async function forgetUser(db, userId) {
    await db.prisma.zaloThread.deleteMany({ where: { threadId: (0, exports.userThread)(userId) } });
    const { count } = await db.prisma.channelAccount.deleteMany({ where: { platform: 'zalo', platformUserId: userId } });
    return count;
}
//# sourceMappingURL=threads.js.map