/**
 * Targets belong to the period the chair names, else to the meeting's, never
 * to the server's clock: a December meeting that runs into the new year keeps
 * its targets in its own year, and the year's and month's summaries show them.
 */
import type { SummaryView } from '../../src/cards/view-models';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

function sectionLines(view: SummaryView, title: string): readonly string[] {
  return view.sections.find((s) => s.title === title)?.lines ?? [];
}

describeEachDatabase('targets of a named period', (getDb) => {
  it('a December meeting sets its own year’s targets; the year and month summaries show them', async () => {
    const db = getDb();
    // Past midnight on 1 January in Hà Nội (and on the server's clock) while the December meeting still runs.
    const clock = new ManualClock(new Date('2025-01-01T01:30:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary } = await createRoster(db, cell.id, { official: 3 });
    await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2024-12',
        startsAt: new Date('2024-12-31T12:00:00Z'),
        startedAt: new Date('2024-12-31T12:00:00Z'),
        status: 'in_progress',
        chairMemberId: secretary.id,
      },
    });

    expect(cardOf(expectOk(await say(secretary, 'chỉ tiêu năm: Kết nạp đảng viên mới: 60')), 'message').text).toContain(
      'năm 2024',
    );
    expectOk(await say(secretary, 'chi tieu thang: Hồ sơ gửi lên = 15 hồ sơ'));
    expectOk(await say(secretary, 'chỉ tiêu năm 2025: Giới thiệu quần chúng = 180 người'));
    expectOk(await say(secretary, 'target for January 2025: Files reviewed = 4'));
    expectOk(await say(secretary, 'tiến độ chỉ tiêu Kết nạp đảng viên mới: 12'));
    expectOk(await say(secretary, 'tiến độ chỉ tiêu tháng 1/2025: Files reviewed +1'));

    const stored = await db.prisma.target.findMany({ where: { cellId: cell.id }, orderBy: { metric: 'asc' } });
    expect(stored.map((t) => [t.scope, t.period, t.metric, t.goal, t.progress])).toEqual([
      ['month', '2025-01', 'Files reviewed', 4, 1],
      ['year', '2025', 'Giới thiệu quần chúng', 180, 0],
      ['month', '2024-12', 'Hồ sơ gửi lên', 15, 0],
      ['year', '2024', 'Kết nạp đảng viên mới', 60, 12],
    ]);
    // Progress is looked for in the meeting's periods: the 2025 target is not "this year's" here.
    expect((await say(secretary, 'chỉ tiêu: Giới thiệu quần chúng +1')).error?.code).toBe('input.invalid');

    await db.prisma.meeting.updateMany({
      where: { cellId: cell.id },
      data: { status: 'closed', endedAt: new Date('2025-01-01T01:45:00Z') },
    });
    const year = cardOf(expectOk(await say(secretary, 'tóm tắt năm 2024')), 'summary');
    expect(sectionLines(year, 'Chỉ tiêu')).toEqual([
      'Kết nạp đảng viên mới: 12/60 (năm 2024)',
      'Hồ sơ gửi lên: 0/15 hồ sơ (tháng 12/2024)',
    ]);
    const next = cardOf(expectOk(await say(secretary, 'tóm tắt năm 2025')), 'summary');
    expect(sectionLines(next, 'Chỉ tiêu')).toEqual([
      'Giới thiệu quần chúng: 0/180 người (năm 2025)',
      'Files reviewed: 1/4 (tháng 1/2025)',
    ]);
    const month = cardOf(expectOk(await say(secretary, 'tóm tắt tháng 12/2024')), 'summary');
    expect(sectionLines(month, 'Chỉ tiêu')).toEqual([
      'Kết nạp đảng viên mới: 12/60 (năm 2024)',
      'Hồ sơ gửi lên: 0/15 hồ sơ (tháng 12/2024)',
    ]);
  });

  it('without any meeting the chair is asked to name the period', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-03-01T01:00:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary } = await createRoster(db, cell.id, { official: 2 });
    expect((await say(secretary, 'chỉ tiêu năm: Kết nạp = 5')).error?.code).toBe('meeting.none');
    expectOk(await say(secretary, 'chỉ tiêu năm 2025: Kết nạp = 5'));
    expect(await db.prisma.target.findFirst({ where: { cellId: cell.id } })).toMatchObject({
      scope: 'year',
      period: '2025',
      metric: 'Kết nạp',
    });
  });
});
