/**
 * A demo cell for newcomers and the playground: a realistic roster, the
 * latest monthly meeting already held (minutes-ready) and the next one in draft.
 * Idempotent: the cell has a fixed id, and seeding stops if it exists.
 */
import { DEFAULT_CELL_RULES } from '../../core/types';
import type { Database } from '../../store/database';
import { isUniqueViolation } from '../../store/errors';
import type { Clock } from '../ports';
import { computeOutcome } from '../votes/vote-outcome';
import { periodOf } from '../../core/format';
import { DEMO_TIME_ZONE, demoDates, minutes, type DemoDates } from './demo-dates';
import { agenda, monthLabel } from './demo-agenda';
import { DEMO_MEMBERS as MEMBERS, type DemoMember } from './demo-members';
import { recordDemoSchedule } from './seed-schedule';

export const DEMO_CELL_ID = 'demo-cell';
export const DEMO_CELL_NAME = 'Chi bộ Phòng Kỹ thuật (demo)';

type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];
const id = (key: string): string => `demo-${key}`;
const VENUES = [
  { name: 'Phòng họp tầng 3, trụ sở công ty', main: true },
  { name: 'Trực tuyến (Microsoft Teams)', main: false },
];
const DEMO_JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/demo-chibo'; // an example online room

/** Seeds the demo cell unless it exists; returns its id either way. */
export async function seedDemoCell(db: Database, clock: Clock): Promise<{ cellId: string }> {
  if (await db.prisma.cell.findUnique({ where: { id: DEMO_CELL_ID }, select: { id: true } }))
    return { cellId: DEMO_CELL_ID };
  const dates = demoDates(clock.now());
  try {
    await db.prisma.$transaction(async (tx) => {
      await seedCellAndMembers(tx);
      await seedHeldMeeting(tx, dates);
      await seedDraftMeeting(tx, dates);
      await seedTargets(tx, dates);
      await recordDemoSchedule(tx, DEMO_CELL_ID, HELD_MEETING_ID, dates.now);
    });
  } catch (error) {
    // Two processes seeding at once: the loser's transaction rolled back and the winner's cell is there.
    if (!isUniqueViolation(error)) throw error;
  }
  return { cellId: DEMO_CELL_ID };
}

/** Seeds the demo cell only into an empty database (development start); null when there was a cell already. */
export async function seedDemoIfEmpty(db: Database, clock: Clock): Promise<{ cellId: string } | null> {
  if ((await db.prisma.cell.count()) > 0) return null;
  return seedDemoCell(db, clock);
}

async function seedCellAndMembers(tx: Tx): Promise<void> {
  await tx.cell.create({
    data: {
      id: DEMO_CELL_ID,
      name: DEMO_CELL_NAME,
      parentOrganisation: 'Đảng bộ Công ty Cổ phần Công nghệ Sao Việt (demo)',
      locality: 'Hà Nội',
      timezone: DEMO_TIME_ZONE,
      onlineApprovalRef: 'Công văn số 15-CV/ĐU (demo)',
      onlineApprovalDate: new Date(Date.UTC(2025, 0, 10)),
    },
  });
  await tx.member.createMany({
    data: MEMBERS.map((m, index) => ({
      id: id(m.key),
      cellId: DEMO_CELL_ID,
      fullName: m.fullName,
      status: m.status,
      role: m.role,
      partyGroup: m.group,
      phone: `09${String(10_000_000 + index * 1_234_567).slice(0, 8)}`,
      email: `${m.key}@demo.chibo.example`,
      joinedAt: new Date(Date.UTC(2005 + index, index % 12, 3 + index)),
      officialAt: m.status === 'probationary' ? null : new Date(Date.UTC(2006 + index, index % 12, 3 + index)),
    })),
  });
}

const HELD_MEETING_ID = 'demo-meeting-held';
const NEXT_MEETING_ID = 'demo-meeting-next';

async function seedHeldMeeting(tx: Tx, dates: DemoDates): Promise<void> {
  const previous = periodOf(minutes(dates.held, -20 * 24 * 60), DEMO_TIME_ZONE);
  await tx.meeting.create({
    data: {
      id: HELD_MEETING_ID,
      cellId: DEMO_CELL_ID,
      period: dates.heldPeriod,
      form: 'mixed',
      startsAt: dates.held,
      venues: JSON.stringify(VENUES),
      chairMemberId: id('m01'),
      minuteTakerMemberId: id('m05'),
      status: 'closed',
      noticePostedAt: minutes(dates.held, -7 * 24 * 60),
      startedAt: minutes(dates.held, 2),
      endedAt: minutes(dates.held, 112),
      conclusion:
        'Chi bộ hoàn thành các nhiệm vụ tháng; tập trung hoàn thiện hồ sơ kết nạp và nâng cao chất lượng sinh hoạt.',
      agendaItems: { create: agenda(dates.heldPeriod, previous) },
      guests: {
        create: [
          {
            id: 'demo-guest',
            name: 'Võ Thanh Tùng',
            position: 'Đảng ủy viên Đảng bộ Công ty (đại biểu cấp trên dự và chỉ đạo)',
          },
        ],
      },
    },
  });
  await tx.attendance.createMany({
    data: MEMBERS.filter((m) => m.presence !== null).map((m) => attendanceRow(m, dates.held)),
  });
  await seedMotion(tx, dates);
  await seedSpeechesAndTasks(tx, dates);
}

function attendanceRow(m: DemoMember, held: Date) {
  const venue = (m.online ? VENUES[1] : VENUES[0])?.name ?? null;
  const excused = m.presence === 'excused';
  return {
    meetingId: HELD_MEETING_ID,
    memberId: id(m.key),
    rsvp: excused ? 'excused' : m.online ? 'attend_online' : 'attend',
    rsvpVenue: excused ? null : venue,
    rsvpReason: m.reason ?? null,
    rsvpAt: minutes(held, -3 * 24 * 60),
    presence: m.presence,
    presenceVenue: excused ? null : venue,
    presenceReason: m.reason ?? null,
    checkedInAt: excused ? null : minutes(held, 5),
  };
}

async function seedMotion(tx: Tx, dates: DemoDates): Promise<void> {
  const openedAt = minutes(dates.held, 95);
  const closedAt = minutes(dates.held, 100);
  const voters = MEMBERS.filter((m) => m.status === 'official' && m.presence === 'present');
  const motion = await tx.motion.create({
    data: {
      id: 'demo-motion-held',
      meetingId: HELD_MEETING_ID,
      title: `Nghị quyết Chi bộ tháng ${monthLabel(dates.heldPeriod)}`,
      openedByMemberId: id('m01'),
      openedAt,
      status: 'open',
    },
  });
  await tx.ballot.createMany({
    data: voters.map((m) => ({
      motionId: motion.id,
      memberId: id(m.key),
      choice: m.key === 'm07' ? 'other' : 'approve',
      comment: m.key === 'm07' ? 'Đề nghị bổ sung chỉ tiêu giới thiệu quần chúng cho từng tổ đảng.' : null,
      castAt: minutes(openedAt, 1),
      updatedAt: minutes(openedAt, 1),
    })),
  });
  await tx.opinion.create({
    data: {
      motionId: motion.id,
      memberId: id('m12'),
      text: 'Thống nhất với dự thảo nghị quyết.',
      createdAt: minutes(openedAt, 2),
    },
  });
  const ballots = await tx.ballot.findMany({ where: { motionId: motion.id } });
  // Same computation as closing a vote, so the frozen result reads exactly like a real one.
  const roster = MEMBERS.map((m) => ({
    id: id(m.key),
    fullName: m.fullName,
    status: m.status,
    role: m.role,
    partyGroup: m.group,
  }));
  const records = MEMBERS.map((m) => ({ memberId: id(m.key), presence: m.presence }));
  const outcome = computeOutcome('resolution', { members: [], rows: [], roster, records }, ballots, DEFAULT_CELL_RULES);
  await tx.motion.update({
    where: { id: motion.id },
    data: {
      status: 'closed',
      closedAt,
      closedByMemberId: id('m01'),
      passed: outcome.passed,
      resultSnapshot: JSON.stringify({ ...outcome, closedAt: closedAt.toISOString() }),
    },
  });
}

async function seedSpeechesAndTasks(tx: Tx, dates: DemoDates): Promise<void> {
  const speech = (minute: number, who: { memberId?: string; guestId?: string }, speakerName: string, gist: string) => ({
    meetingId: HELD_MEETING_ID,
    memberId: who.memberId ?? null,
    guestId: who.guestId ?? null,
    speakerName,
    gist,
    createdAt: minutes(dates.held, minute),
  });
  await tx.speech.createMany({
    data: [
      speech(
        60,
        { memberId: id('m04') },
        'Phạm Quốc Bảo',
        'Đề nghị phân công đảng viên kèm cặp quần chúng ưu tú ở tổ 1.',
      ),
      speech(
        70,
        { memberId: id('m10') },
        'Ngô Quang Huy',
        'Báo cáo tiến độ dự án chuyển đổi số; kiến nghị bổ sung nhân lực.',
      ),
      speech(
        85,
        { guestId: 'demo-guest' },
        'Võ Thanh Tùng',
        'Ghi nhận kết quả; yêu cầu chi bộ hoàn thành hồ sơ kết nạp trong quý.',
      ),
    ],
  });
  const task = (title: string, key: string, due: Date, done: boolean) => ({
    cellId: DEMO_CELL_ID,
    meetingId: HELD_MEETING_ID,
    title,
    ownerMemberId: id(key),
    ownerName: MEMBERS.find((m) => m.key === key)?.fullName ?? '',
    dueDate: due,
    status: done ? 'done' : due < dates.now ? 'overdue' : 'open',
    progressNote: done ? 'Đã hoàn thành.' : null,
  });
  await tx.task.createMany({
    data: [
      task(
        'Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Hạnh',
        'm02',
        minutes(dates.held, 20 * 24 * 60),
        true,
      ),
      task('Tổ chức học tập chuyên đề cho đảng viên dự bị', 'm03', minutes(dates.next, -24 * 60), false),
      task('Báo cáo tiến độ dự án chuyển đổi số', 'm10', minutes(dates.next, -2 * 24 * 60), false),
    ],
  });
}

async function seedDraftMeeting(tx: Tx, dates: DemoDates): Promise<void> {
  await tx.meeting.create({
    data: {
      id: NEXT_MEETING_ID,
      cellId: DEMO_CELL_ID,
      period: dates.nextPeriod,
      form: 'mixed',
      startsAt: dates.next,
      venues: JSON.stringify(VENUES),
      joinUrl: DEMO_JOIN_URL,
      chairMemberId: id('m01'),
      status: 'draft',
      agendaItems: { create: agenda(dates.nextPeriod, dates.heldPeriod) },
    },
  });
}

async function seedTargets(tx: Tx, dates: DemoDates): Promise<void> {
  await tx.target.createMany({
    data: [
      {
        cellId: DEMO_CELL_ID,
        scope: 'year',
        period: dates.year,
        metric: 'Giới thiệu quần chúng ưu tú',
        goal: 10,
        progress: 4,
        unit: 'người',
      },
      {
        cellId: DEMO_CELL_ID,
        scope: 'month',
        period: dates.monthPeriod,
        metric: 'Hồ sơ kết nạp',
        goal: 2,
        progress: 1,
        unit: 'hồ sơ',
      },
    ],
  });
}
