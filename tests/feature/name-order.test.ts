/**
 * Members are listed the Vietnamese way (issue 13) wherever the bot lists
 * them: the roster card, the roll-call's absentees, the reports' rows. Given
 * name first ("Anh" < "Ánh" < "Ân"), then family and middle names, with
 * Vietnamese letter order ("Đặng", "Đỗ" after "D", "Ngô" before "Nguyễn").
 */
import { loadMeetingAttendance } from '../../src/features/attendance/attendance-data';
import { computeAttendance, rollCallLine } from '../../src/core/attendance';
import { loadRosterRows } from '../../src/store/roster-rows';
import { describeEachDatabase } from '../support/databases';
import { createCell, createMember } from '../support/factories';
import { cardOf, driver, ManualClock, silentLogger, playgroundBot } from '../support/turns';

// Inserted in this order on purpose: neither insertion nor code-point order is the answer.
const NAMES = [
  'Vũ Văn Minh',
  'Nguyễn Thị Ánh',
  'Đỗ Quang Ân',
  'Lê Văn Anh',
  'Ngô Đức Minh',
  'Đặng Thị Minh',
  'Nguyễn Văn Minh',
  'Bùi Thị Yến',
];
const EXPECTED = [
  'Lê Văn Anh',
  'Nguyễn Thị Ánh',
  'Đỗ Quang Ân',
  'Đặng Thị Minh',
  'Ngô Đức Minh',
  'Nguyễn Văn Minh',
  'Vũ Văn Minh',
  'Bùi Thị Yến',
];

describeEachDatabase('members in Vietnamese name order', (getDb) => {
  async function cell() {
    const db = getDb();
    const c = await createCell(db);
    for (const fullName of NAMES)
      await createMember(db, c.id, { fullName, role: fullName === 'Vũ Văn Minh' ? 'secretary' : 'member' });
    return { db, cell: c };
  }

  it('orders the roster rows every report and card reads', async () => {
    const { db, cell: c } = await cell();
    expect((await loadRosterRows(db, c.id)).map((m) => m.fullName)).toEqual(EXPECTED);
    expect(EXPECTED).not.toEqual([...NAMES].sort());
  });

  it('shows the roster card in that order within each status', async () => {
    const { db, cell: c } = await cell();
    const clock = new ManualClock(new Date('2025-09-01T03:00:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const secretary = await db.prisma.member.findFirstOrThrow({ where: { cellId: c.id, role: 'secretary' } });
    const roster = cardOf(await say(secretary, 'danh sách'), 'roster');
    expect(roster.members.map((m) => m.name)).toEqual(EXPECTED);
  });

  it('names absentees in that order on the roll-call line', async () => {
    const { db, cell: c } = await cell();
    const meeting = await db.prisma.meeting.create({
      data: {
        cellId: c.id,
        period: '2025-09',
        kind: 'regular',
        form: 'in_person',
        startsAt: new Date('2025-09-05T07:00:00Z'),
        status: 'in_progress',
      },
    });
    const members = await db.prisma.member.findMany({ where: { cellId: c.id } });
    for (const m of members)
      await db.prisma.attendance.create({ data: { meetingId: meeting.id, memberId: m.id, presence: 'unexcused' } });
    const attendance = await loadMeetingAttendance(db, meeting);
    const line = rollCallLine(computeAttendance(attendance.roster, attendance.records), 'vi');
    expect(line).toContain(
      `không lý do: ${EXPECTED.length} – ${EXPECTED.map((name) => `đồng chí ${name}`).join(', ')}`,
    );
  });
});
