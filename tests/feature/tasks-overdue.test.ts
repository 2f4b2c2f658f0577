/**
 * Tasks: listed with their status by one rule (overdue as of the report's
 * date), marked done by their owner, and counted alike in the month's and the
 * year's roll-ups made on the same day.
 */
import type { SummaryView } from '../../src/cards/view-models';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

const taskLine = (view: SummaryView): string | undefined => view.sections.find((s) => s.title === 'Nhiệm vụ')?.lines[0];

describeEachDatabase('tasks overdue by one rule', (getDb) => {
  it('lists, marks done and counts tasks alike in every report', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-05T07:30:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 3 });
    const owner = byStatus.official[1]!;
    await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2025-09',
        startsAt: new Date('2025-09-05T07:00:00Z'),
        status: 'in_progress',
        chairMemberId: secretary.id,
      },
    });
    expectOk(await say(secretary, `nhiệm vụ: Báo cáo quý – ${owner.fullName} – 30/9/2025`));
    expectOk(await say(secretary, `nhiệm vụ: Hồ sơ kết nạp – ${owner.fullName} – 15/9/2025`));
    expectOk(await say(secretary, 'nhiệm vụ: Học tập chuyên đề – Chi ủy'));
    await db.prisma.meeting.updateMany({ where: { cellId: cell.id }, data: { status: 'closed' } });

    // 1 October, 01:00 in Hà Nội (still 30 September in UTC): both deadlines are past.
    clock.set(new Date('2025-09-30T18:00:00Z'));
    const list = cardOf(expectOk(await say(owner, 'danh sách nhiệm vụ')), 'message').text;
    expect(list).toContain('Nhiệm vụ chưa hoàn thành (đến ngày 01/10/2025): 3, quá hạn 2.');
    expect(list).toContain('Hồ sơ kết nạp – ' + owner.fullName + ', hạn ngày 15/9/2025: quá hạn, chưa hoàn thành');
    const year = cardOf(expectOk(await say(secretary, 'tóm tắt năm 2025')), 'summary');
    expect(taskLine(year)).toBe('Tổng số 3: hoàn thành 0, đang thực hiện 1, quá hạn 2');

    expect((await say(byStatus.official[2]!, 'hoàn thành nhiệm vụ: Báo cáo quý')).error?.code).toBe(
      'role.secretary_only',
    );
    expectOk(await say(owner, 'hoan thanh nhiem vu: bao cao quy'));
    expect(cardOf(expectOk(await say(owner, 'tasks', 'en')), 'message').text).toContain(
      'Tasks not done (as of 01/10/2025): 2, overdue 1.',
    );
    expect(taskLine(cardOf(expectOk(await say(secretary, 'tóm tắt năm 2025')), 'summary'))).toBe(
      'Tổng số 3: hoàn thành 1, đang thực hiện 1, quá hạn 1',
    );
  });
});
