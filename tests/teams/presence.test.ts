/**
 * Who votes is who is present, over the Teams protocol (real HTTP on loopback,
 * the stand-in Bot Connector): a press from a member not recorded present is
 * refused in the invoke answer only (nothing posted in the channel), the member
 * checks in and votes; the vote card says how many approvals are needed; a
 * show of hands is recorded by the thư ký; a second close says it is done and
 * leaves no live button.
 */
import { attachedCard, answeredCard, cardText, executeActions } from './card-text';
import { execute, mention, scene, type TeamsScene, type TeamsUser } from './activities';
import { startTeamsHarness, type PostResult, type TeamsHarness } from './harness';
import { DEPUTY, importSeedRoster, OFFICIAL, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(120_000);

const officials = PEOPLE.filter((p) => p.status === 'official');
const [absentOfficial, roomOnly] = [officials[10]!, officials[11]!];
const checkedIn = officials.filter((p) => p !== absentOfficial && p !== roomOnly);

describe('presence before ballots in a Teams channel, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  let meetingId: string;
  let motionId: string;
  let voteCardId: string;

  const press = async (
    who: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    replyToId?: string,
  ): Promise<PostResult> => {
    const result = await h.post(execute(s, who, verb, data, replyToId));
    expect(result.status).toBe(200);
    return result;
  };
  const say = async (who: TeamsUser, text: string): Promise<void> => {
    expect((await h.post(mention(s, who, text))).status).toBe(200);
  };
  const lastPosted = () => h.connector.posted.at(-1)!;

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-12-05T06:30:00Z') });
    s = scene(h.connector.serviceUrl);
    const cellId = await importSeedRoster(h.db);
    // The channel as setup binds it (tests/teams/month.test.ts plays setup itself): its reference and the accounts.
    const reference = {
      serviceUrl: s.serviceUrl,
      channelId: 'msteams',
      bot: { id: s.botId, name: s.botName },
      conversation: { id: s.channelId, isGroup: true, conversationType: 'channel', tenantId: s.tenantId },
    };
    await h.db.prisma.conversation.create({
      data: { platform: 'teams', conversationId: s.channelId, cellId, reference: JSON.stringify(reference) },
    });
    const members = await h.db.prisma.member.findMany({ where: { cellId } });
    const byEmail = new Map(members.map((m) => [m.email?.toLowerCase(), m.id]));
    await h.db.prisma.channelAccount.createMany({
      data: PEOPLE.map((p) => ({
        platform: 'teams',
        platformUserId: p.user.aadObjectId,
        memberId: byEmail.get(p.user.email.toLowerCase())!,
      })),
    });
    const chair = byEmail.get(SECRETARY.user.email.toLowerCase())!;
    const thuKy = byEmail.get(DEPUTY.user.email.toLowerCase())!;
    const meeting = await h.db.prisma.meeting.create({
      data: {
        cellId,
        period: '2023-12',
        form: 'online',
        startsAt: new Date('2023-12-05T07:00:00Z'),
        status: 'announced',
        chairMemberId: chair,
        minuteTakerMemberId: thuKy,
      },
    });
    meetingId = meeting.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('tells the chair to hold the roll call before a vote, then opens it with the number needed on the card', async () => {
    await say(SECRETARY.user, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023');
    expect(cardText(attachedCard(lastPosted().activity))).toContain('Chưa điểm danh nên chưa thể biểu quyết');
    expect(await h.db.prisma.motion.count()).toBe(0);

    h.clock.set(new Date('2023-12-05T07:00:00Z'));
    await say(SECRETARY.user, 'điểm danh');
    const rollCallId = lastPosted().activityId;
    for (const who of checkedIn) await press(who.user, 'rollcall.checkin', { meetingId }, rollCallId);
    await say(SECRETARY.user, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023');
    voteCardId = lastPosted().activityId;
    expect(cardText(attachedCard(lastPosted().activity))).toContain(
      'quá 1/2 – cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành',
    );
    motionId = (await h.db.prisma.motion.findFirstOrThrow({ where: { meetingId } })).id;
    await h.flushOutbox();
  });

  it('refuses the press of an official member not recorded present privately, then takes it after their check-in', async () => {
    const postedBefore = h.connector.posted.length;
    const refused = answeredCard(
      (await press(absentOfficial.user, 'vote.cast', { motionId, choice: 'approve' }, voteCardId)).body,
    );
    expect(cardText(refused)).toContain('Đồng chí chưa được ghi nhận có mặt tại kỳ sinh hoạt nên chưa biểu quyết được');
    expect(cardText(refused)).toContain('«có mặt»');
    await h.flushOutbox();
    // The refusal is the invoke answer alone: nothing was posted for the channel to see, no ballot stored.
    expect(h.connector.posted.length).toBe(postedBefore);
    expect(await h.db.prisma.ballot.count({ where: { motionId } })).toBe(0);

    // The refusal offers "Có mặt" on the card itself; pressed there, the answer is the vote card with the ballot buttons.
    const checkInAction = executeActions(refused).find((a) => a.verb === 'rollcall.checkin');
    expect(checkInAction).toMatchObject({ title: 'Có mặt', data: { meetingId, motionId } });
    h.clock.set(new Date('2023-12-05T07:45:00Z'));
    const afterCheckIn = answeredCard(
      (await press(absentOfficial.user, 'rollcall.checkin', checkInAction!.data, voteCardId)).body,
    );
    expect(executeActions(afterCheckIn).map((a) => a.title)).toEqual(
      expect.arrayContaining(['Tán thành', 'Không tán thành']),
    );
    expect(executeActions(afterCheckIn).map((a) => a.verb)).not.toContain('rollcall.checkin');
    expect(
      await h.db.prisma.attendance.findFirstOrThrow({
        where: { meetingId, member: { fullName: absentOfficial.fullName } },
      }),
    ).toMatchObject({ presence: 'present', late: true, checkedInAt: new Date('2023-12-05T07:45:00Z') });
    const mine = answeredCard(
      (await press(absentOfficial.user, 'vote.cast', { motionId, choice: 'approve' }, voteCardId)).body,
    );
    expect(cardText(mine)).toContain('Đồng chí đã biểu quyết');
    expect(await h.db.prisma.ballot.count({ where: { motionId } })).toBe(1);
  });

  it('records the show of hands of a member in the room through the thư ký, audited as such', async () => {
    for (const who of checkedIn.slice(0, 24))
      await press(who.user, 'vote.cast', { motionId, choice: 'approve' }, voteCardId);
    await say(DEPUTY.user, `biểu quyết giơ tay: tán thành ${roomOnly.fullName}`);
    expect(cardText(attachedCard(lastPosted().activity) ?? {})).toContain(
      'Đã ghi nhận biểu quyết giơ tay, thư ký ghi nhận',
    );
    const deputy = await h.db.prisma.member.findFirstOrThrow({ where: { fullName: DEPUTY.fullName } });
    const hand = await h.db.prisma.ballot.findFirstOrThrow({
      where: { motionId, member: { fullName: roomOnly.fullName } },
    });
    expect(hand.recordedById).toBe(deputy.id);
    expect(
      await h.db.prisma.attendance.findFirstOrThrow({ where: { meetingId, member: { fullName: roomOnly.fullName } } }),
    ).toMatchObject({ presence: 'present', recordedById: deputy.id });
  });

  it('closes once: a second press of the close says it is done and shows the closed card without live buttons', async () => {
    const closed = answeredCard((await press(SECRETARY.user, 'vote.close', { motionId }, voteCardId)).body);
    expect(cardText(closed)).toContain(`26/${OFFICIAL} đồng chí đảng viên chính thức tán thành`);
    expect(cardText(closed)).toContain('Trong đó 1 đồng chí biểu quyết giơ tay, thư ký ghi nhận.');
    await h.flushOutbox();
    const postedBefore = h.connector.posted.length;
    const audit = await h.db.prisma.auditEvent.count({ where: { subjectId: motionId } });

    const again = answeredCard((await press(SECRETARY.user, 'vote.close', { motionId }, voteCardId)).body);
    expect(cardText(again)).toContain('Biểu quyết này đã kết thúc trước đó; không có gì thay đổi.');
    expect(cardText(again)).toContain('Nghị quyết được thông qua.');
    expect(
      executeActions(again)
        .map((a) => a.verb)
        .filter((v) => v.startsWith('vote.')),
    ).toEqual([]);
    await h.flushOutbox();
    expect(h.connector.posted.length).toBe(postedBefore);
    expect(await h.db.prisma.auditEvent.count({ where: { subjectId: motionId } })).toBe(audit);
    // Present voters only: ballots never outnumber the members recorded present.
    const present = await h.db.prisma.attendance.count({ where: { meetingId, presence: 'present' } });
    expect(await h.db.prisma.ballot.count({ where: { motionId } })).toBeLessThanOrEqual(present);
  });
});
