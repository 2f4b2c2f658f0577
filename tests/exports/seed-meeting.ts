/**
 * The second seed meeting of DOMAIN.md, held through the playground channel:
 * a cell of 72 members (49 official, 23 probationary), December 2023, online
 * with two venues; 70 present, 2 probationary members excused; the monthly
 * resolution adopted 49/49; speakers, tasks and yearly targets recorded.
 */
import type { Database } from '../../src/store/database';
import type { Member } from '../../src/store/rows';
import { importSeedRoster, OFFICIAL } from '../teams/month-fixture';
import { driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

export const VENUES = [
  { name: 'Hội trường Công ty, 25 Lê Duẩn', main: true },
  { name: 'Điểm cầu Nhà máy May số 2', main: false },
];
export const START = new Date('2023-12-05T07:00:00Z'); // 14 giờ 00, ngày 05/12/2023
export const MEETING_ID = 'seed2-meeting-2023-12';

export interface SeedMeeting {
  readonly cellId: string;
  readonly meetingId: string;
  readonly members: Member[];
  readonly secretary: Member;
  readonly deputy: Member;
  readonly clock: ManualClock;
}

async function createMeetings(db: Database, cellId: string, secretary: Member, deputy: Member): Promise<void> {
  const previous = await db.prisma.meeting.create({
    data: {
      cellId,
      period: '2023-11',
      startsAt: new Date('2023-11-05T07:00:00Z'),
      status: 'closed',
      chairMemberId: secretary.id,
      endedAt: new Date('2023-11-05T09:00:00Z'),
    },
  });
  await db.prisma.task.createMany({
    data: [
      {
        cellId,
        meetingId: previous.id,
        title: 'Tổng kết công tác đảng năm 2023',
        ownerName: secretary.fullName,
        ownerMemberId: secretary.id,
        dueDate: new Date('2023-11-30T00:00:00Z'),
        status: 'done',
      },
      {
        cellId,
        meetingId: previous.id,
        title: 'Rà soát hồ sơ quần chúng ưu tú',
        ownerName: deputy.fullName,
        ownerMemberId: deputy.id,
        dueDate: new Date('2023-11-25T00:00:00Z'),
      },
    ],
  });
  await db.prisma.meeting.create({
    data: {
      id: MEETING_ID,
      cellId,
      period: '2023-12',
      form: 'online',
      startsAt: START,
      startedAt: new Date(START.getTime() + 2 * 60_000),
      venues: JSON.stringify(VENUES),
      chairMemberId: secretary.id,
      minuteTakerMemberId: deputy.id,
      status: 'in_progress',
      agendaItems: {
        create: [
          {
            position: 1,
            title: 'Thông tin thời sự, thông tin nội bộ',
            presenter: 'Đồng chí Trần Văn Bình, Phó Bí thư',
          },
          {
            position: 2,
            title: 'Đánh giá kết quả thực hiện Nghị quyết tháng 11/2023',
            presenter: 'Đồng chí Nguyễn Thị Thu Hà, Bí thư',
          },
          {
            position: 3,
            title: 'Phương hướng, nhiệm vụ năm 2024 và tháng 01/2024',
            presenter: 'Đồng chí Nguyễn Thị Thu Hà, Bí thư',
          },
        ],
      },
      guests: { create: [{ name: 'Phạm Văn Đức', position: 'Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh' }] },
    },
  });
}

async function recordAttendance(db: Database, members: readonly Member[]): Promise<void> {
  const absent = new Set(members.slice(-2).map((m) => m.id));
  await db.prisma.attendance.createMany({
    data: members.map((m, i) => ({
      meetingId: MEETING_ID,
      memberId: m.id,
      presence: absent.has(m.id) ? 'excused' : 'present',
      presenceVenue: absent.has(m.id) ? null : (VENUES[i % 3 === 0 ? 1 : 0]?.name ?? null),
      presenceReason: absent.has(m.id)
        ? i % 2 === 0
          ? 'Ốm, nằm viện'
          : 'Đi công tác tại Thành phố Hồ Chí Minh'
        : null,
    })),
  });
}

/** Holds the meeting; returns its ids and people. Members are in roster order (1–49 official, 50–72 probationary). */
export async function holdSeedMeeting(db: Database): Promise<SeedMeeting> {
  const cellId = await importSeedRoster(db);
  const all = await db.prisma.member.findMany({ where: { cellId } });
  const order = (m: Member): number =>
    m.role === 'secretary' ? 0 : m.role === 'deputy_secretary' ? 1 : m.status === 'official' ? 2 : 3;
  const members = all.sort((a, b) => order(a) - order(b) || a.fullName.localeCompare(b.fullName));
  const [secretary, deputy] = members as [Member, Member];
  await createMeetings(db, cellId, secretary, deputy);
  await recordAttendance(db, members);
  const clock = new ManualClock(new Date(START.getTime() + 30 * 60_000));
  const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
  expectOk(await say(members[9]!, 'đăng ký phát biểu'));
  expectOk(
    await say(
      deputy,
      `phát biểu: ${members[9]!.fullName}: Đề nghị mỗi đảng viên giới thiệu ít nhất một quần chúng ưu tú.`,
    ),
  );
  expectOk(
    await say(
      deputy,
      'phát biểu: Phạm Văn Đức: Biểu dương chi bộ; yêu cầu hoàn thành chỉ tiêu phát triển đảng viên năm 2024.',
    ),
  );
  expectOk(await say(secretary, 'nhiệm vụ: Gửi ít nhất 15 hồ sơ đề nghị kết nạp – Trần Văn Bình – 31/01/2024'));
  expectOk(
    await say(secretary, 'chỉ tiêu năm: Giới thiệu quần chúng tham gia lớp bồi dưỡng nhận thức về Đảng = 180 người'),
  );
  expectOk(await say(secretary, 'chỉ tiêu năm: Kết nạp đảng viên mới = 60 người'));
  expectOk(await say(secretary, 'chỉ tiêu: giới thiệu quần chúng +37'));
  clock.advance(60 * 60_000);
  expectOk(await say(secretary, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023'));
  for (const member of members.slice(0, OFFICIAL)) expectOk(await say(member, 'tán thành'));
  expectOk(await say(members[OFFICIAL]!, 'ý kiến khác: Thống nhất cao với dự thảo nghị quyết.'));
  expectOk(await say(secretary, 'kết thúc biểu quyết'));
  await db.prisma.meeting.update({
    where: { id: MEETING_ID },
    data: {
      status: 'closed',
      endedAt: new Date(START.getTime() + 112 * 60_000),
      conclusion: 'Chi bộ thống nhất phương hướng năm 2024; tập trung công tác phát triển đảng viên.',
    },
  });
  return { cellId, meetingId: MEETING_ID, members, secretary, deputy, clock };
}
