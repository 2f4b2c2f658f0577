/**
 * A generated committee for the committee report's tests (seeded, so a failure names a reproducible seed):
 * a đảng ủy with cells, a sub-committee with cells of its own, an island cell and a cell of another
 * committee (neither in the report). Each cell has a messy year: rosters of every status, meetings held,
 * in progress, cancelled or never announced, of every kind and form, RSVPs and roll-call answers or none,
 * attendance rows of members since moved to another cell, votes closed with a frozen electorate, with a
 * snapshot of another shape or none, ballots of members absent, thematic agenda items, targets and
 * probationary members whose 12 months end during the year.
 */
import { MEMBER_STATUSES } from '../../src/core/types';
import type { Database } from '../../src/store/database';
import { seededRandom } from './seeded-random';

export const GEN_YEAR = 2025;

export interface GeneratedCommittee {
  readonly rootId: string;
  readonly subId: string;
  readonly otherId: string;
  /** Cells in the report (the root's and the sub-committee's). */
  readonly cellIds: readonly string[];
  readonly subCellIds: readonly string[];
  /** Cells that must not appear: an island and a cell of the other committee. */
  readonly outsideCellIds: readonly string[];
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number): boolean => random() < p;

const STATUSES = [...MEMBER_STATUSES, 'official', 'official', 'official', 'official', 'probationary'] as const;
const MEETING_STATUSES = ['closed', 'closed', 'closed', 'closed', 'in_progress', 'cancelled', 'announced'] as const;
const THEMATIC_TITLES = [
  'Sinh hoạt chuyên đề: học tập và làm theo tư tưởng Hồ Chí Minh',
  'CHUYÊN ĐỀ tự soi, tự sửa',
  'Thematic: digital transformation',
];
const PLAIN_TITLES = ['Thông tin thời sự', 'Đánh giá tháng trước', 'Phương hướng tháng tới', 'Chuyển sinh hoạt đảng'];

async function writeCell(
  db: Database,
  random: Random,
  name: string,
  committeeId: string | null,
  index: number,
  movedMemberId: string | null,
): Promise<string> {
  const cell = await db.prisma.cell.create({
    data: {
      name,
      committeeId,
      excusedInDenominator: chance(random, 0.6),
      attachedInMayVote: chance(random, 0.4),
      onlineApprovalRef: chance(random, 0.5) ? 'Công văn số 15-CV/ĐU' : null,
    },
  });
  const memberCount = 6 + Math.floor(random() * 14);
  const members: { id: string; status: string }[] = [];
  for (let i = 0; i < memberCount; i += 1) {
    const status = pick(random, STATUSES);
    const joinedAt =
      status === 'probationary' && chance(random, 0.8)
        ? new Date(Date.UTC(GEN_YEAR - 1, Math.floor(random() * 14), 1 + Math.floor(random() * 28)))
        : null;
    const row = await db.prisma.member.create({
      data: {
        cellId: cell.id,
        fullName: `Đảng viên ${index}-${String(i).padStart(2, '0')}`,
        status,
        role: i === 0 ? 'secretary' : 'member',
        joinedAt,
      },
    });
    members.push({ id: row.id, status });
  }
  // One member keeps sending excuses: streaks of 3 or more.
  const excuser = members[1]?.id;
  for (let month = 1; month <= 12; month += 1) {
    const kinds = chance(random, 0.85) ? ['regular'] : [];
    if (month % 3 === 0 && chance(random, 0.6)) kinds.push('thematic');
    if (chance(random, 0.1)) kinds.push('extraordinary');
    for (const [k, kind] of kinds.entries()) {
      const startsAt = new Date(Date.UTC(GEN_YEAR, month - 1, 5 + k * 7, 7, Math.floor(random() * 60)));
      const status = pick(random, MEETING_STATUSES);
      const started = status === 'closed' || status === 'in_progress';
      const meeting = await db.prisma.meeting.create({
        data: {
          cellId: cell.id,
          period: `${GEN_YEAR}-${String(month).padStart(2, '0')}`,
          kind,
          form: pick(random, ['in_person', 'in_person', 'online', 'mixed']),
          startsAt,
          status,
          startedAt: started && chance(random, 0.9) ? startsAt : null,
          endedAt:
            status === 'closed' && chance(random, 0.9)
              ? new Date(startsAt.getTime() + (60 + Math.floor(random() * 90)) * 60_000)
              : null,
          noticePostedAt: chance(random, 0.8)
            ? new Date(startsAt.getTime() - pick(random, [2, 30, 50]) * 3_600_000)
            : null,
        },
      });
      const titles = [pick(random, PLAIN_TITLES), ...(chance(random, 0.3) ? [pick(random, THEMATIC_TITLES)] : [])];
      await db.prisma.agendaItem.createMany({
        data: titles.map((title, position) => ({ meetingId: meeting.id, position, title })),
      });
      const rows = members.flatMap((m) => {
        if (chance(random, 0.12) && m.id !== excuser) return [];
        const presence =
          m.id === excuser && chance(random, 0.8)
            ? 'excused'
            : pick(random, ['present', 'present', 'present', 'present', 'excused', 'unexcused', null]);
        const rsvp = pick(random, ['attend', 'attend_online', 'excused', null]);
        return [{ meetingId: meeting.id, memberId: m.id, presence: chance(random, 0.15) ? null : presence, rsvp }];
      });
      // A member since moved to another cell left a row here: no figure of this cell counts it.
      if (movedMemberId && chance(random, 0.5))
        rows.push({ meetingId: meeting.id, memberId: movedMemberId, presence: 'present', rsvp: null });
      await db.prisma.attendance.createMany({ data: rows });
      await writeMotions(db, random, meeting.id, members, startsAt);
    }
  }
  await db.prisma.target.createMany({
    data: [
      {
        cellId: cell.id,
        scope: 'year',
        period: String(GEN_YEAR),
        metric: 'Kết nạp đảng viên mới',
        goal: 2 + Math.floor(random() * 5),
        progress: Math.floor(random() * 5),
        unit: 'đồng chí',
      },
      {
        cellId: cell.id,
        scope: 'month',
        period: `${GEN_YEAR}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
        metric: 'Hồ sơ gửi',
        goal: 15,
        progress: Math.floor(random() * 20),
      },
    ],
  });
  return cell.id;
}

async function writeMotions(
  db: Database,
  random: Random,
  meetingId: string,
  members: readonly { id: string; status: string }[],
  at: Date,
): Promise<void> {
  const count = Math.floor(random() * 3);
  for (let i = 0; i < count; i += 1) {
    const closed = chance(random, 0.7);
    const electorate = members.filter((m) => m.status === 'official' || chance(random, 0.2)).map((m) => m.id);
    const snapshot = closed
      ? pick(random, [
          JSON.stringify({ electorate, passed: true }),
          JSON.stringify({ electorate, passed: true }),
          '{"passed":true}',
          JSON.stringify({ electorate: [1, 2] }),
          null,
        ])
      : null;
    const motion = await db.prisma.motion.create({
      data: {
        meetingId,
        title: `Biểu quyết ${i + 1}`,
        kind: pick(random, ['resolution', 'resolution', 'admission', 'confirmation', 'other']),
        status: closed ? 'closed' : 'open',
        resultSnapshot: snapshot,
        openedAt: new Date(at.getTime() + i * 60_000),
      },
    });
    const voters = members.filter(() => chance(random, 0.75));
    if (voters.length > 0) {
      await db.prisma.ballot.createMany({
        data: voters.map((m) => ({
          motionId: motion.id,
          memberId: m.id,
          choice: pick(random, ['approve', 'approve', 'approve', 'reject', 'other']),
          castAt: at,
          updatedAt: at,
        })),
      });
    }
  }
}

/** Writes the generated committee; the same seed writes the same committee. */
export async function writeCommittee(db: Database, seed: number, cellsPerCommittee = 3): Promise<GeneratedCommittee> {
  const random = seededRandom(seed);
  const root = await db.prisma.committee.create({ data: { name: `Đảng ủy Khối Doanh nghiệp ${seed}` } });
  const sub = await db.prisma.committee.create({ data: { name: `Đảng bộ Công ty ${seed}`, parentId: root.id } });
  const other = await db.prisma.committee.create({ data: { name: `Đảng ủy phường ${seed}` } });
  const island = await writeCell(db, random, `Chi bộ độc lập ${seed}`, null, 0, null);
  const islandMember = await db.prisma.member.findFirstOrThrow({ where: { cellId: island } });
  const cellIds: string[] = [];
  const subCellIds: string[] = [];
  for (let i = 0; i < cellsPerCommittee; i += 1)
    cellIds.push(
      await writeCell(db, random, `Chi bộ ${String.fromCharCode(65 + i)} ${seed}`, root.id, i + 1, islandMember.id),
    );
  for (let i = 0; i < cellsPerCommittee - 1; i += 1)
    subCellIds.push(await writeCell(db, random, `Chi bộ Phân xưởng ${i + 1} ${seed}`, sub.id, 10 + i, null));
  const otherCell = await writeCell(db, random, `Chi bộ Khu phố ${seed}`, other.id, 20, null);
  return {
    rootId: root.id,
    subId: sub.id,
    otherId: other.id,
    cellIds: [...cellIds, ...subCellIds],
    subCellIds,
    outsideCellIds: [island, otherCell],
  };
}
