/**
 * Seeds the summary bench: one 72-member meeting (49 official + 23
 * probationary, 70 present, a resolution adopted 49/49), and N cells × 50
 * members × 12 held meetings of one year, written with createMany in batches.
 */
import { DEFAULT_CELL_RULES } from '../src/core/types';
import { computeOutcome } from '../src/features/votes/vote-outcome';
import type { Database } from '../src/store/database';

const BATCH = 5000;
export const YEAR = '2025';

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const monthStart = (month: number): Date => new Date(Date.UTC(2025, month - 1, 5, 7, 0));
const period = (month: number): string => `${YEAR}-${String(month).padStart(2, '0')}`;

/** The 72-member meeting; returns its id. */
export async function seedLargeMeeting(db: Database): Promise<string> {
  await db.prisma.cell.create({
    data: { id: 'bench-72', name: 'Chi bộ Công đoàn (bench)', parentOrganisation: 'Đảng bộ Khối Doanh nghiệp (bench)' },
  });
  const members = Array.from({ length: 72 }, (_, i) => ({
    id: `b72-m${i}`,
    cellId: 'bench-72',
    fullName: `Đảng viên ${String(i + 1).padStart(2, '0')}`,
    status: i < 49 ? 'official' : 'probationary',
    role: i === 0 ? 'secretary' : 'member',
  }));
  await db.prisma.member.createMany({ data: members });
  await db.prisma.meeting.create({
    data: {
      id: 'bench-72-meeting',
      cellId: 'bench-72',
      period: '2025-09',
      startsAt: monthStart(9),
      status: 'closed',
      chairMemberId: 'b72-m0',
      endedAt: new Date(monthStart(9).getTime() + 110 * 60_000),
    },
  });
  await db.prisma.attendance.createMany({
    data: members.map((m, i) => ({
      meetingId: 'bench-72-meeting',
      memberId: m.id,
      presence: i >= 70 ? 'excused' : 'present',
      presenceReason: i >= 70 ? 'Đi công tác' : null,
    })),
  });
  const motion = await db.prisma.motion.create({
    data: { id: 'bench-72-motion', meetingId: 'bench-72-meeting', title: 'Nghị quyết tháng 9/2025', status: 'open' },
  });
  const now = new Date();
  await db.prisma.ballot.createMany({
    data: members
      .slice(0, 49)
      .map((m) => ({ motionId: motion.id, memberId: m.id, choice: 'approve', castAt: now, updatedAt: now })),
  });
  const ballots = await db.prisma.ballot.findMany({ where: { motionId: motion.id } });
  const roster = members.map((m) => ({
    id: m.id,
    fullName: m.fullName,
    status: m.status as 'official' | 'probationary',
    role: 'member' as const,
    partyGroup: null,
  }));
  const records = members.map((m, i) => ({
    memberId: m.id,
    presence: i >= 70 ? ('excused' as const) : ('present' as const),
  }));
  const outcome = computeOutcome('resolution', { members: [], rows: [], roster, records }, ballots, DEFAULT_CELL_RULES);
  await db.prisma.motion.update({
    where: { id: motion.id },
    data: { status: 'closed', closedAt: now, passed: outcome.passed, resultSnapshot: JSON.stringify(outcome) },
  });
  return 'bench-72-meeting';
}

/** N cells of 50 members with 12 closed meetings each (attendance for every member, one motion per meeting). */
export async function seedCells(db: Database, cells: number): Promise<string[]> {
  const cellIds = Array.from({ length: cells }, (_, c) => `bench-c${c}`);
  await inBatches(
    cellIds.map((id, c) => ({ id, name: `Chi bộ ${c + 1}` })),
    (data) => db.prisma.cell.createMany({ data }),
  );
  const members = cellIds.flatMap((cellId) =>
    Array.from({ length: 50 }, (_, i) => ({
      id: `${cellId}-m${i}`,
      cellId,
      fullName: `Đảng viên ${i + 1}`,
      status: i < 35 ? 'official' : 'probationary',
      role: i === 0 ? 'secretary' : 'member',
    })),
  );
  await inBatches(members, (data) => db.prisma.member.createMany({ data }));
  const meetings = cellIds.flatMap((cellId) =>
    Array.from({ length: 12 }, (_, m) => ({
      id: `${cellId}-mt${m + 1}`,
      cellId,
      period: period(m + 1),
      startsAt: monthStart(m + 1),
      status: 'closed',
    })),
  );
  await inBatches(meetings, (data) => db.prisma.meeting.createMany({ data }));
  await inBatches(
    meetings.map((m) => ({
      id: `${m.id}-v`,
      meetingId: m.id,
      title: 'Nghị quyết tháng',
      status: 'closed',
      passed: true,
    })),
    (data) => db.prisma.motion.createMany({ data }),
  );
  for (let c = 0; c < cellIds.length; c += 20) {
    const rows = meetings
      .filter((m) => cellIds.slice(c, c + 20).includes(m.cellId))
      .flatMap((m, k) =>
        Array.from({ length: 50 }, (_, i) => ({
          meetingId: m.id,
          memberId: `${m.cellId}-m${i}`,
          presence: (i + k) % 25 === 0 ? 'excused' : 'present',
          presenceReason: (i + k) % 25 === 0 ? 'Ốm' : null,
        })),
      );
    await inBatches(rows, (data) => db.prisma.attendance.createMany({ data }));
  }
  return cellIds;
}
