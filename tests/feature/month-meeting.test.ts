/**
 * One regular meeting a month: "họp mới" for a month whose regular meeting the
 * scheduler already stored (and announced) fills that meeting in rather than
 * creating a second one; a new time goes through "dời họp"; other kinds of
 * meeting may share the month.
 */
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, ManualClock, silentLogger, playgroundBot } from '../support/turns';

const FORM = {
  date: '2025-09-05',
  time: '14:00',
  form: 'mixed',
  kind: 'regular',
  venues: 'Hội trường tầng 3\nĐiểm cầu Nhà máy số 2',
  agenda: 'Thông tin thời sự\nNghị quyết tháng 9',
  guests: '',
};

describeEachDatabase('"họp mới" for a month whose regular meeting is stored', (getDb) => {
  async function announcedMonth() {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-08-29T03:00:00Z'));
    const { press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 4 });
    // As the scheduler stores it when the notice is due: 5 September 2025, 14:00 in Hà Nội, announced.
    const stored = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2025-09',
        kind: 'regular',
        status: 'announced',
        startsAt: new Date('2025-09-05T07:00:00Z'),
      },
    });
    return { db, press, cell, secretary, member: byStatus.official[1]!, stored };
  }

  it('fills the stored meeting in and refreshes its posted notice', async () => {
    const { db, press, cell, secretary, member, stored } = await announcedMonth();
    const result = await press(secretary, 'meeting.create', {
      ...FORM,
      chairMemberId: secretary.id,
      minuteTakerMemberId: member.id,
    });
    expect(result.error).toBeUndefined();
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(1);
    const meeting = await db.prisma.meeting.findUniqueOrThrow({
      where: { id: stored.id },
      include: { agendaItems: { orderBy: { position: 'asc' } } },
    });
    expect(meeting).toMatchObject({
      form: 'mixed',
      status: 'announced',
      chairMemberId: secretary.id,
      minuteTakerMemberId: member.id,
    });
    expect(meeting.agendaItems.map((item) => item.title)).toEqual(['Thông tin thời sự', 'Nghị quyết tháng 9']);
    expect(result.refreshes.map((r) => r.cardKey)).toEqual([`notice:${stored.id}`]);
    expect(cardOf(result, 'notice').agenda.map((item) => item.title)).toEqual([
      'Thông tin thời sự',
      'Nghị quyết tháng 9',
    ]);
    expect(await db.prisma.auditEvent.count({ where: { type: 'meeting.updated', subjectId: stored.id } })).toBe(1);

    // Sent again with one agenda item: the list is replaced, not appended to.
    await press(secretary, 'meeting.create', { ...FORM, agenda: 'Nghị quyết tháng 9' });
    expect(await db.prisma.agendaItem.count({ where: { meetingId: stored.id } })).toBe(1);
  });

  it('sends the form back with the way to move the meeting when the time differs, and changes nothing', async () => {
    const { db, press, cell, secretary, stored } = await announcedMonth();
    const result = await press(secretary, 'meeting.create', { ...FORM, time: '08:00' });
    const form = result.updatedCard;
    expect(form?.type).toBe('meeting.form');
    expect(form?.type === 'meeting.form' ? form.errors?.join(' ') : '').toContain('dời họp');
    expect(form?.type === 'meeting.form' ? form.defaults.time : '').toBe('08:00');
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(1);
    expect(await db.prisma.agendaItem.count({ where: { meetingId: stored.id } })).toBe(0);
  });

  it('refuses a month whose regular meeting was held, and lets a thematic meeting share the month', async () => {
    const { db, press, cell, secretary, stored } = await announcedMonth();
    await db.prisma.meeting.update({ where: { id: stored.id }, data: { status: 'closed' } });
    const held = await press(secretary, 'meeting.create', FORM);
    expect(held.updatedCard?.type === 'meeting.form' ? held.updatedCard.errors?.join(' ') : '').toContain('đã diễn ra');
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(1);

    const thematic = await press(secretary, 'meeting.create', { ...FORM, kind: 'thematic', date: '2025-09-19' });
    expect(thematic.error).toBeUndefined();
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(2);
  });
});
