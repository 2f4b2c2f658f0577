/** Loading motions with what their cards and rules need. */
import { DomainError } from '../../core/errors';
import type { Database } from '../../store/database';

const motionInclude = {
  meeting: { include: { cell: true } },
  ballots: true,
  opinions: { include: { member: true }, orderBy: { createdAt: 'asc' } },
} as const;

export async function findMotion(db: Database, motionId: string) {
  return db.prisma.motion.findUnique({ where: { id: motionId }, include: motionInclude });
}

export type MotionWithDetails = NonNullable<Awaited<ReturnType<typeof findMotion>>>;

/** A motion of this cell (another cell's motion is "not found"). */
export async function requireMotionOfCell(db: Database, cellId: string, motionId: string): Promise<MotionWithDetails> {
  const motion = await findMotion(db, motionId);
  if (!motion || motion.meeting.cellId !== cellId) throw new DomainError('motion.not_found');
  return motion;
}

/** The cell's open motion (text votes go to it), newest first. */
export async function findOpenMotion(db: Database, cellId: string): Promise<MotionWithDetails | null> {
  const open = await db.prisma.motion.findFirst({
    where: { status: 'open', meeting: { cellId } },
    orderBy: { openedAt: 'desc' },
    select: { id: true },
  });
  return open ? findMotion(db, open.id) : null;
}

/** The cell's most recent motion, open or closed ("kết thúc biểu quyết" closes the open one). */
export async function requireOpenMotion(db: Database, cellId: string): Promise<MotionWithDetails> {
  const motion = await findOpenMotion(db, cellId);
  if (!motion) throw new DomainError('motion.not_found');
  return motion;
}
