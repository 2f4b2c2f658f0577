/**
 * Per Zalo thread (`user:<id>` 1:1, `group:<id>`): when the user last wrote
 * (consultation messages are allowed for 7 days after), the question last
 * asked there (for digit answers), and wrong link codes (to slow guessing).
 */
import type { Database } from '../../store/database';
import type { Question, QuestionKind } from './questions';

export const CONSULTATION_WINDOW_MS = 7 * 24 * 3_600_000;
const KINDS: readonly QuestionKind[] = ['rsvp', 'vote', 'rollcall'];

export const userThread = (userId: string): string => `user:${userId}`;
export const groupThread = (groupId: string): string => `group:${groupId}`;

export async function recordInteraction(db: Database, userId: string, at: Date): Promise<void> {
  const threadId = userThread(userId);
  await db.prisma.zaloThread.upsert({
    where: { threadId },
    create: { threadId, lastInteractionAt: at },
    update: { lastInteractionAt: at },
  });
}

/** Whether a consultation (cs) message may go to this user now. */
export async function insideWindow(db: Database, userId: string, now: Date): Promise<boolean> {
  const row = await db.prisma.zaloThread.findUnique({
    where: { threadId: userThread(userId) },
    select: { lastInteractionAt: true },
  });
  const last = row?.lastInteractionAt;
  return last !== null && last !== undefined && now.getTime() - last.getTime() < CONSULTATION_WINDOW_MS;
}

export async function rememberQuestion(db: Database, threadId: string, question: Question): Promise<void> {
  const data = { pendingKind: question.kind, pendingSubjectId: question.subjectId };
  await db.prisma.zaloThread.upsert({ where: { threadId }, create: { threadId, ...data }, update: data });
}

export async function pendingQuestion(db: Database, threadId: string): Promise<Question | undefined> {
  const row = await db.prisma.zaloThread.findUnique({
    where: { threadId },
    select: { pendingKind: true, pendingSubjectId: true },
  });
  const kind = KINDS.find((k) => k === row?.pendingKind);
  return kind && row?.pendingSubjectId ? { kind, subjectId: row.pendingSubjectId } : undefined;
}

/** Counts a wrong code; resolves to the failures in the current hour. */
export async function countFailedCode(db: Database, userId: string, now: Date): Promise<number> {
  const threadId = userThread(userId);
  const row = await db.prisma.zaloThread.findUnique({
    where: { threadId },
    select: { failedCodes: true, lastFailedCodeAt: true },
  });
  const recent =
    row?.lastFailedCodeAt !== null &&
    row?.lastFailedCodeAt !== undefined &&
    now.getTime() - row.lastFailedCodeAt.getTime() < 3_600_000;
  const failedCodes = (recent ? (row?.failedCodes ?? 0) : 0) + 1;
  await db.prisma.zaloThread.upsert({
    where: { threadId },
    create: { threadId, failedCodes, lastFailedCodeAt: now },
    update: { failedCodes, lastFailedCodeAt: now },
  });
  return failedCodes;
}

export async function failedCodesThisHour(db: Database, userId: string, now: Date): Promise<number> {
  const row = await db.prisma.zaloThread.findUnique({
    where: { threadId: userThread(userId) },
    select: { failedCodes: true, lastFailedCodeAt: true },
  });
  const at = row?.lastFailedCodeAt;
  return row && at && now.getTime() - at.getTime() < 3_600_000 ? row.failedCodes : 0;
}

/** user_withdraw: the user's data here goes (their party record is the cell's and stays). */
export async function forgetUser(db: Database, userId: string): Promise<number> {
  await db.prisma.zaloThread.deleteMany({ where: { threadId: userThread(userId) } });
  const { count } = await db.prisma.channelAccount.deleteMany({ where: { platform: 'zalo', platformUserId: userId } });
  return count;
}
