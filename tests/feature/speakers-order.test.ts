/**
 * Speakers are listed in the order they spoke, not the order they asked for
 * the floor: in the summary card and in the summary the minutes are written from.
 */
import { loadMeetingSummary } from '../../src/features/summaries/load-summary';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

describeEachDatabase('speakers in speaking order', (getDb) => {
  it('lists speakers as they took the floor; a gist noted later keeps the speaker’s place', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-05T07:30:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 4 });
    const [a, b, c] = byStatus.official.slice(1);
    if (!a || !b || !c) throw new Error('roster too small');
    const meeting = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2025-09',
        startsAt: new Date('2025-09-05T07:00:00Z'),
        startedAt: new Date('2025-09-05T07:00:00Z'),
        status: 'in_progress',
        chairMemberId: secretary.id,
      },
    });
    const minute = () => clock.advance(60_000);

    // A, B and C ask for the floor in that order.
    for (const member of [a, b, c]) {
      expectOk(await say(member, 'đăng ký phát biểu'));
      minute();
    }
    // The chair gives the floor to C first (gist noted later), then B, then A.
    expectOk(await say(secretary, `phát biểu: ${c.fullName}`));
    minute();
    expectOk(await say(secretary, `phát biểu: ${b.fullName}: Đề nghị bổ sung chỉ tiêu.`));
    minute();
    expectOk(await say(secretary, `phát biểu: ${a.fullName}: Nhất trí với dự thảo.`));
    minute();
    expectOk(await say(secretary, `phát biểu: ${c.fullName}: Báo cáo tiến độ hồ sơ.`));

    expect(await db.prisma.speech.count({ where: { meetingId: meeting.id } })).toBe(3);
    const summary = await loadMeetingSummary(db, meeting.id, 'vi');
    expect(summary.speakers).toEqual([
      { name: c.fullName, gist: 'Báo cáo tiến độ hồ sơ.' },
      { name: b.fullName, gist: 'Đề nghị bổ sung chỉ tiêu.' },
      { name: a.fullName, gist: 'Nhất trí với dự thảo.' },
    ]);
    const card = cardOf(expectOk(await say(secretary, 'tóm tắt')), 'summary');
    expect(card.sections.find((s) => s.title === 'Ý kiến phát biểu')?.lines).toEqual([
      `${c.fullName}: Báo cáo tiến độ hồ sơ.`,
      `${b.fullName}: Đề nghị bổ sung chỉ tiêu.`,
      `${a.fullName}: Nhất trí với dự thảo.`,
    ]);
  });
});
