/**
 * Presence is one truth: only members recorded present vote. Played through the
 * playground channel (the real bot core and a real database, both providers):
 * refusals with the way to check in, a late arrival, "xin vắng" then present,
 * presence and a show of hands recorded on members' behalf, a vote opened once
 * and closed once, and the number needed on the card.
 */
import { createBot } from '../../src/features/bot';
import type { TurnResult } from '../../src/features/turn';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

function messageOf(result: TurnResult): string {
  return result.replies
    .map((r) => (r.kind === 'text' ? r.text : 'text' in r.view ? String(r.view.text) : ''))
    .join('\n');
}

async function monthWithRollCall(getDb: () => Parameters<typeof createBot>[0]['db']) {
  const db = getDb();
  const clock = new ManualClock(new Date('2025-08-25T03:00:00Z'));
  const bot = playgroundBot({ db, clock, logger: silentLogger });
  const { say, press } = driver(bot, clock);
  const view = (member: { id: string }, motionId: string) =>
    bot.viewCard(`vote:${motionId}`, { platform: 'playground', platformUserId: member.id }, 'vi');
  const cell = await createCell(db);
  const { secretary, byStatus } = await createRoster(db, cell.id, { official: 7, probationary: 1 });
  const [thuKy, o2, excused, lateComer, o5, o6] = byStatus.official.slice(1);
  await press(secretary, 'meeting.create', {
    date: '2025-09-05',
    time: '14:00',
    form: 'mixed',
    kind: 'regular',
    venues: 'Hội trường tầng 3\nĐiểm cầu Nhà máy số 2',
    agenda: 'Nghị quyết tháng 9',
    chairMemberId: secretary.id,
    minuteTakerMemberId: thuKy!.id,
  });
  await say(secretary, 'thông báo');
  expectOk(await say(excused!, 'xin vắng: đi công tác'));
  clock.set(new Date('2025-09-05T07:00:00Z'));
  const beforeRollCall = await say(secretary, 'biểu quyết Nghị quyết tháng 9');
  const rollCall = cardOf(await say(secretary, 'điểm danh'), 'rollcall');
  for (const member of [secretary, thuKy!, o2!])
    expectOk(await press(member, 'rollcall.checkin', { meetingId: rollCall.meetingId }));
  return {
    db,
    clock,
    say,
    press,
    view,
    secretary,
    thuKy: thuKy!,
    o2: o2!,
    excused: excused!,
    lateComer: lateComer!,
    o5: o5!,
    o6: o6!,
    probationary: byStatus.probationary[0]!,
    meetingId: rollCall.meetingId,
    beforeRollCall,
  };
}

describeEachDatabase('presence is one truth: who votes is who is present', (getDb) => {
  it('refuses a vote before the roll call and ballots of members not recorded present, each with the way to check in', async () => {
    const m = await monthWithRollCall(getDb);
    expect(m.beforeRollCall.error?.code).toBe('motion.no_rollcall');
    expect(m.beforeRollCall.error?.message).toContain('điểm danh');
    const vote = cardOf(await m.say(m.secretary, 'biểu quyết Nghị quyết tháng 9'), 'vote');
    // 7 official members: more than half is 4, and the card says so with the number the close will use.
    expect(vote.tally.threshold).toBe('quá 1/2 – cần ít nhất 4/7 đồng chí đảng viên chính thức tán thành');

    const excusedPress = await m.press(m.excused, 'vote.cast', { motionId: vote.motionId, choice: 'approve' });
    expect(excusedPress.error?.code).toBe('vote.not_present_excused');
    expect(excusedPress.error?.message).toContain('«có mặt»');
    expect(excusedPress.refreshes).toEqual([]);
    const neverCheckedIn = await m.say(m.lateComer, 'tán thành');
    expect(neverCheckedIn.error?.code).toBe('vote.not_present');
    expect(neverCheckedIn.error?.message).toContain('«Có mặt»');
    expect(await m.db.prisma.ballot.count({ where: { motionId: vote.motionId } })).toBe(0);

    // The refused member's own card offers "Có mặt"; pressing it there answers with the vote card, ballot buttons on.
    const theirCard = await m.view(m.excused, vote.motionId);
    expect(theirCard).toMatchObject({ type: 'vote', canCheckIn: true });
    expect(await m.view(m.o2, vote.motionId)).not.toHaveProperty('canCheckIn');
    const fromVoteCard = expectOk(
      await m.press(m.excused, 'rollcall.checkin', { meetingId: m.meetingId, motionId: vote.motionId }),
    );
    expect(fromVoteCard.updatedCard).toMatchObject({ type: 'vote', motionId: vote.motionId, canVote: true });
    expect(fromVoteCard.updatedCard).not.toHaveProperty('canCheckIn');

    // A late arrival checks in (the time kept, marked late) and then votes; a "xin vắng" who came is present.
    m.clock.advance(40 * 60_000);
    const checkedIn = expectOk(await m.say(m.lateComer, 'có mặt'));
    expect(messageOf(checkedIn)).toBe('Đã ghi nhận đồng chí có mặt lúc 14 giờ 40 (đến muộn).');
    expect(
      await m.db.prisma.attendance.findFirstOrThrow({ where: { meetingId: m.meetingId, memberId: m.lateComer.id } }),
    ).toMatchObject({
      presence: 'present',
      late: true,
      checkedInAt: new Date('2025-09-05T07:40:00Z'),
      recordedById: null,
    });
    const lateRollCall = checkedIn.refreshes[0]?.view;
    expect(lateRollCall?.type === 'rollcall' ? lateRollCall.notes : undefined).toEqual([
      `Đến muộn: 1 đồng chí (${m.lateComer.fullName}).`,
    ]);
    expectOk(await m.say(m.lateComer, 'tán thành'));
    const cameAfterAll = expectOk(await m.say(m.excused, 'có mặt'));
    // The second check-in keeps the first one's time: on time, at 14 giờ 00.
    expect(messageOf(cameAfterAll)).toBe(
      'Đã ghi nhận đồng chí có mặt lúc 14 giờ 00. Việc điểm danh thay cho báo xin vắng trước đó.',
    );
    expectOk(await m.press(m.excused, 'vote.cast', { motionId: vote.motionId, choice: 'approve' }));
    const onTime = await m.db.prisma.attendance.findFirstOrThrow({
      where: { meetingId: m.meetingId, memberId: m.o2.id },
    });
    expect(onTime.late).toBe(false);

    const ballots = await m.db.prisma.ballot.findMany({ where: { motionId: vote.motionId } });
    expect(ballots.map((b) => b.memberId).sort()).toEqual([m.lateComer.id, m.excused.id].sort());
  });

  it('lets the chair or thư ký record presence and a show of hands for members without a device, audited as such', async () => {
    const m = await monthWithRollCall(getDb);
    const vote = cardOf(await m.say(m.secretary, 'biểu quyết Nghị quyết tháng 9'), 'vote');
    expect((await m.say(m.o2, 'điểm danh hộ: Đảng viên official 5')).error?.code).toBe('role.recorder_only');
    expect((await m.say(m.thuKy, 'điểm danh hộ: Đảng viên không có')).error?.code).toBe('rollcall.names_unknown');

    const recorded = expectOk(await m.say(m.thuKy, 'diem danh ho: dang vien official 5, Đảng viên official 2'));
    expect(messageOf(recorded)).toContain(`Đã ghi nhận có mặt (ghi nhận hộ): ${m.o5.fullName}.`);
    expect(messageOf(recorded)).toContain(`Đã có mặt từ trước: ${m.o2.fullName}.`);
    expect(
      await m.db.prisma.attendance.findFirstOrThrow({ where: { meetingId: m.meetingId, memberId: m.o5.id } }),
    ).toMatchObject({ presence: 'present', recordedById: m.thuKy.id });
    expect(
      await m.db.prisma.attendance.findFirstOrThrow({ where: { meetingId: m.meetingId, memberId: m.o2.id } }),
    ).toMatchObject({ recordedById: null });
    const rollCall = recorded.refreshes.find((r) => r.cardKey === `rollcall:${m.meetingId}`)?.view;
    expect(rollCall?.type === 'rollcall' ? rollCall.notes : undefined).toEqual([
      `Ghi nhận hộ (không có thiết bị): 1 đồng chí (${m.o5.fullName}).`,
    ]);

    const probationaryHand = await m.say(m.thuKy, `biểu quyết giơ tay: tán thành ${m.probationary.fullName}`);
    expect(probationaryHand.error?.code).toBe('vote.not_eligible_probationary');
    const hands = expectOk(
      await m.say(
        m.thuKy,
        `biểu quyết giơ tay: tán thành ${m.o5.fullName}, ${m.o6.fullName}; không tán thành ${m.o2.fullName}`,
      ),
    );
    expect(messageOf(hands)).toContain(
      `Đã ghi nhận biểu quyết giơ tay, thư ký ghi nhận: tán thành 2 (${m.o5.fullName}, ${m.o6.fullName}); không tán thành 1 (${m.o2.fullName}).`,
    );
    // The hand raised in the room is a member present: recorded for them too.
    expect(
      await m.db.prisma.attendance.findFirstOrThrow({ where: { meetingId: m.meetingId, memberId: m.o6.id } }),
    ).toMatchObject({ presence: 'present', recordedById: m.thuKy.id });
    const ballots = await m.db.prisma.ballot.findMany({
      where: { motionId: vote.motionId },
      orderBy: { memberId: 'asc' },
    });
    expect(ballots.every((b) => b.recordedById === m.thuKy.id)).toBe(true);
    expect(ballots).toHaveLength(3);
    const audit = await m.db.prisma.auditEvent.findMany({ where: { subjectId: vote.motionId, type: 'ballot.cast' } });
    expect(audit.every((a) => a.actorMemberId === m.thuKy.id)).toBe(true);
    expect(audit.map((a) => (JSON.parse(a.data) as { memberId: string }).memberId).sort()).toEqual(
      ballots.map((b) => b.memberId).sort(),
    );

    expectOk(await m.press(m.secretary, 'vote.cast', { motionId: vote.motionId, choice: 'approve' }));
    // The secretary's own ballot stays theirs when a show of hands names them.
    const ownKept = expectOk(await m.say(m.thuKy, `biểu quyết giơ tay: không tán thành ${m.secretary.fullName}`));
    expect(messageOf(ownKept)).toBe(`Giữ nguyên phiếu đồng chí đã tự biểu quyết: ${m.secretary.fullName}.`);
    expect(
      await m.db.prisma.ballot.findFirstOrThrow({ where: { motionId: vote.motionId, memberId: m.secretary.id } }),
    ).toMatchObject({ choice: 'approve', recordedById: null });
    const closed = expectOk(await m.press(m.secretary, 'vote.close', { motionId: vote.motionId }));
    expect(closed.updatedCard).toMatchObject({ open: false });
    const lines = closed.updatedCard?.type === 'vote' ? closed.updatedCard.resultLines : [];
    expect(lines).toContain('Trong đó 3 đồng chí biểu quyết giơ tay, thư ký ghi nhận.');
  });

  it('opens a motion once and closes it once; a second press changes nothing and says so', async () => {
    const m = await monthWithRollCall(getDb);
    const vote = cardOf(await m.say(m.secretary, 'biểu quyết Nghị quyết tháng 9'), 'vote');
    const again = await m.say(m.secretary, 'biểu quyết nghi quyet thang 9');
    expect(again.error?.code).toBe('motion.already_opened');
    expect(again.error?.message).toContain('mở lúc 14 giờ 00, đang biểu quyết');
    expect(await m.db.prisma.motion.count({ where: { meetingId: m.meetingId } })).toBe(1);
    expectOk(await m.press(m.o2, 'vote.cast', { motionId: vote.motionId, choice: 'approve' }));
    m.clock.advance(35 * 60_000);
    expectOk(await m.press(m.secretary, 'vote.close', { motionId: vote.motionId }));
    const auditAfterClose = await m.db.prisma.auditEvent.count({ where: { subjectId: vote.motionId } });
    const pressedAgain = await m.press(m.secretary, 'vote.close', { motionId: vote.motionId });
    expect(pressedAgain.error?.code).toBe('motion.already_closed');
    expect(pressedAgain.error?.message).toBe(
      'Biểu quyết này đã kết thúc trước đó; không có gì thay đổi. («Nghị quyết tháng 9», lúc 14 giờ 35)',
    );
    expect((await m.say(m.secretary, 'kết thúc biểu quyết')).error?.code).toBe('motion.already_closed');
    expect(await m.db.prisma.auditEvent.count({ where: { subjectId: vote.motionId } })).toBe(auditAfterClose);
    // Reopening the motion that was voted is refused as well; another motion may now be opened.
    expect((await m.say(m.secretary, 'biểu quyết Nghị quyết tháng 9')).error?.code).toBe('motion.already_opened');
    const both = await Promise.all([
      m.press(m.secretary, 'vote.open', { meetingId: m.meetingId, title: 'Chương trình tháng 10', kind: 'other' }),
      m.press(m.secretary, 'vote.open', { meetingId: m.meetingId, title: 'Chương trình tháng 10', kind: 'other' }),
    ]);
    expect(both.map((r) => r.error?.code ?? 'opened').sort()).toEqual(['motion.already_opened', 'opened']);
    expect(await m.db.prisma.motion.count({ where: { meetingId: m.meetingId } })).toBe(2);
  });
});
