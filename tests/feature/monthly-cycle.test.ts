/**
 * A whole month of a cell through the playground channel (a fake channel over
 * the real bot core and a real database): meeting, notice, RSVPs, roll call,
 * a vote changed and closed, the summary.
 */
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

describeEachDatabase('a monthly cycle through the playground channel', (getDb) => {
  it('runs meeting → notice → RSVP → roll call → vote → summary', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-08-25T03:00:00Z'));
    const bot = playgroundBot({ db, clock, logger: silentLogger });
    const { say, press } = driver(bot, clock);
    const cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 5, probationary: 2, exempt: 1 });
    const [official1, official2, official3, official4] = byStatus.official.slice(1);
    const [probationary1] = byStatus.probationary;

    const form = cardOf(await say(secretary, 'họp mới'), 'meeting.form');
    expect(form.defaults.date).toBe('2025-09-05');
    const created = await press(secretary, 'meeting.create', {
      date: '2025-09-05',
      time: '14:00',
      form: 'mixed',
      kind: 'regular',
      venues: 'Hội trường tầng 3\nĐiểm cầu Nhà máy số 2',
      agenda:
        'Thông tin thời sự – Trần Thị Bí Thư\nĐánh giá nhiệm vụ tháng 8 – Đồng chí Phó Bí thư\nNghị quyết tháng 9',
      guests: 'Lê Văn Khách – Ủy viên Ban Thường vụ Đảng ủy',
      chairMemberId: secretary.id,
      minuteTakerMemberId: official1!.id,
    });
    const preview = cardOf(created, 'notice');
    expect(preview.preview).toBe(true);
    expect(preview.when).toBe('14 giờ 00, ngày 05/9/2025 (thứ Sáu)');

    const posted = cardOf(await say(secretary, 'thong bao'), 'notice');
    expect(posted.heading).toContain('tháng 9/2025');
    expect(posted.counts.noAnswer).toBe(7);

    expect(
      (await press(official1!, 'rsvp.answer', { meetingId: posted.meetingId, answer: 'attend' })).updatedCard,
    ).toMatchObject({ myAnswer: { answer: 'attend' } });
    expectOk(await say(official2!, 'tham dự trực tuyến điểm cầu Nhà máy số 2'));
    const refused = await say(official3!, 'xin vắng');
    expect(refused.error?.code).toBe('rsvp.reason_required');
    await say(official3!, 'xin vắng: đi công tác');

    clock.set(new Date('2025-09-05T07:00:00Z'));
    const rollCall = cardOf(await say(secretary, 'điểm danh'), 'rollcall');
    expect(rollCall.open).toBe(true);
    for (const member of [secretary, official1!, official2!, official4!, probationary1!]) {
      expectOk(await press(member, 'rollcall.checkin', { meetingId: posted.meetingId }));
    }

    const vote = cardOf(await say(secretary, 'biểu quyết Nghị quyết Chi bộ tháng 9/2025'), 'vote');
    expect(vote.call).toContain('Nghị quyết Chi bộ tháng 9/2025');
    await press(official1!, 'vote.cast', { motionId: vote.motionId, choice: 'reject' });
    const changed = await press(official1!, 'vote.cast', { motionId: vote.motionId, choice: 'approve' });
    expect(changed.updatedCard).toMatchObject({ myChoice: { choice: 'approve' } });
    expectOk(await say(official2!, 'tán thành'));
    expectOk(await say(secretary, 'tan thanh'));
    const probationaryVote = await press(probationary1!, 'vote.cast', { motionId: vote.motionId, choice: 'approve' });
    expect(probationaryVote.error?.code).toBe('vote.not_eligible_probationary');
    await press(probationary1!, 'vote.cast', {
      motionId: vote.motionId,
      choice: 'other',
      comment: 'Đề nghị bổ sung chỉ tiêu',
    });

    const notChair = await press(official2!, 'vote.close', { motionId: vote.motionId });
    expect(notChair.error?.code).toBe('role.chair_only');
    const closed = await press(secretary, 'vote.close', { motionId: vote.motionId });
    expect(closed.updatedCard).toMatchObject({ open: false, passed: true });
    expect(closed.replies[0]).toMatchObject({ kind: 'text' });
    const late = await press(official4!, 'vote.cast', { motionId: vote.motionId, choice: 'approve' });
    expect(late.error?.code).toBe('motion.closed');

    const ballots = await db.prisma.ballot.findMany({ where: { motionId: vote.motionId } });
    expect(ballots).toHaveLength(3);
    const audit = await db.prisma.auditEvent.findMany({
      where: { subjectId: vote.motionId, type: { startsWith: 'ballot.' } },
    });
    expect(audit.map((a) => a.type).sort()).toEqual(['ballot.cast', 'ballot.cast', 'ballot.cast', 'ballot.changed']);

    const summary = cardOf(await say(secretary, 'tóm tắt'), 'summary');
    expect(summary.motions[0]?.lines.join('\n')).toContain('3/5');
    expect(JSON.stringify(summary)).toContain('đi công tác');

    expect((await say(official1!, 'bế mạc')).error?.code).toBe('role.secretary_only');
    const closedMeeting = await say(secretary, 'bế mạc');
    const final = cardOf(closedMeeting, 'summary');
    const absentWithoutReason = byStatus.probationary[1]!.fullName;
    const unexcusedLine = (view: typeof final) =>
      view.sections.flatMap((x) => x.lines).find((l) => l.startsWith('Vắng không lý do'));
    expect(unexcusedLine(summary)).not.toContain(absentWithoutReason);
    expect(unexcusedLine(final)).toContain(absentWithoutReason);
    expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: posted.meetingId } })).toMatchObject({
      status: 'closed',
    });
    expect((await say(official4!, 'có mặt')).error?.code).toBe('meeting.none');
  });
});

describeEachDatabase('the new-meeting form', (getDb) => {
  it('comes back to the one who pressed with the errors and what was typed', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-08-25T03:00:00Z'));
    const { press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary } = await createRoster(db, cell.id, { official: 3 });
    const result = await press(secretary, 'meeting.create', {
      date: '2025-09-05',
      time: '25:00',
      form: 'mixed',
      agenda: 'Nghị quyết tháng 9',
      venues: 'Hội trường',
    });
    expect(result.replies).toEqual([]);
    expect(result.updatedCard).toMatchObject({
      type: 'meeting.form',
      defaults: { agenda: 'Nghị quyết tháng 9', venues: 'Hội trường', form: 'mixed' },
    });
    expect(result.updatedCard?.type === 'meeting.form' && (result.updatedCard.errors?.length ?? 0) > 0).toBe(true);
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(0);
  });
});
