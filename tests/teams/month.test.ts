/**
 * A month of the second seed meeting (DOMAIN.md) played over real HTTP: the
 * bot server on one loopback port, a stand-in Bot Connector on another, and
 * exactly what Teams sends — conversationUpdate, @mention messages and
 * adaptiveCard/action invokes. 72 members (49 official, 23 probationary),
 * 70 present, a resolution passing with the official members' votes only.
 */
import { attachedCard, answeredCard, cardText, executeActions } from './card-text';
import {
  botAdded,
  execute,
  executeInPersonalChat,
  mention,
  personalChatId,
  scene,
  type TeamsScene,
  type TeamsUser,
} from './activities';
import { startTeamsHarness, type PostResult, type TeamsHarness } from './harness';
import { CELL_NAME, DEPUTY, GUEST, importSeedRoster, OFFICIAL, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(180_000);

const officials = PEOPLE.filter((p) => p.status === 'official');
const probationary = PEOPLE.filter((p) => p.status === 'probationary');
const [absent1, absent2] = probationary.slice(-2);
const present = PEOPLE.filter((p) => p !== absent1 && p !== absent2);
const ordinary = officials[4]!; // an official member with no role

describe('a month of a 72-member cell in a Teams channel, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  let cellId: string;
  let meetingId: string;
  let motionId: string;

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
  const say = async (who: TeamsUser, text: string): Promise<PostResult> => {
    const result = await h.post(mention(s, who, text));
    expect(result.status).toBe(200);
    return result;
  };
  const lastPosted = () => h.connector.posted.at(-1)!;
  const memberOf = (email: string) =>
    h.db.prisma.member.findFirstOrThrow({ where: { cellId, email: email.toLowerCase() } });

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-11-25T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    cellId = await importSeedRoster(h.db);
    h.connector.setMembers([...PEOPLE.map((p) => p.user), GUEST]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('posts one welcome card with "Thiết lập chi bộ" when added to the team', async () => {
    const result = await h.post(botAdded(s, SECRETARY.user));
    expect(result.status).toBe(200);
    expect(h.connector.posted).toHaveLength(1);
    const card = attachedCard(lastPosted().activity);
    expect(executeActions(card).map((a) => a.title)).toEqual(['Thiết lập chi bộ']);
    expect(await h.db.prisma.conversation.count()).toBe(0);
  });

  it('refuses setup by an ordinary member of the imported roster, then binds the channel for the secretary', async () => {
    const refused = answeredCard((await press(ordinary.user, 'setup.start', {})).body);
    expect(cardText(refused)).toContain('Chỉ đồng chí Bí thư');
    expect(await h.db.prisma.conversation.count()).toBe(0);

    const form = answeredCard((await press(SECRETARY.user, 'setup.start', {})).body);
    expect(cardText(form)).toContain(CELL_NAME);
    const bound = await h.db.prisma.conversation.findFirstOrThrow();
    expect(bound).toMatchObject({ platform: 'teams', conversationId: s.channelId, cellId });
    expect(JSON.parse(bound.reference)).toMatchObject({ serviceUrl: s.serviceUrl, conversation: { id: s.channelId } });
    expect(
      await h.db.prisma.channelAccount.count({
        where: { platform: 'teams', platformUserId: SECRETARY.user.aadObjectId },
      }),
    ).toBe(1);
    await h.flushOutbox();
    expect(lastPosted().activity['text']).toBe(
      'Đồng chí Nguyễn Thị Thu Hà đã gắn cuộc trò chuyện này với danh sách đảng viên của chi bộ.',
    );
  });

  it('validates and saves the setup form', async () => {
    const values = {
      cellName: CELL_NAME,
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp tỉnh',
      meetingDay: '31',
      meetingTime: '14:00',
      timezone: '',
      reminders: '10080,1440',
      approvalRef: '125-CV/ĐU',
      approvalDate: '2023-01-10',
    };
    const again = answeredCard((await press(SECRETARY.user, 'setup.save', values)).body);
    expect(cardText(again)).toContain('Ngày sinh hoạt hằng tháng');
    expect((await h.db.prisma.cell.findUniqueOrThrow({ where: { id: cellId } })).onlineApprovalRef).toBeNull();

    const saved = answeredCard((await press(SECRETARY.user, 'setup.save', { ...values, meetingDay: '5' })).body);
    expect(cardText(saved)).toContain('Đồng bộ danh sách đảng viên');
    const cell = await h.db.prisma.cell.findUniqueOrThrow({ where: { id: cellId } });
    expect(cell).toMatchObject({ timezone: 'Asia/Ho_Chi_Minh', onlineApprovalRef: '125-CV/ĐU' });
    expect(JSON.parse(cell.meetingRule)).toEqual({ kind: 'dayOfMonth', day: 5, time: '14:00' });
    // Filed by size as the scheduler reads them: a week before is the notice, a day before reminds those who have not answered.
    expect(JSON.parse(cell.reminderOffsets)).toEqual(
      expect.arrayContaining([
        { job: 'notice', minutesBefore: 10080 },
        { job: 'remind.rsvp', minutesBefore: 1440 },
      ]),
    );
    expect(JSON.parse(cell.reminderOffsets)).not.toContainEqual(expect.objectContaining({ job: 'remind.join' }));
  });

  it('syncs the roster from the team by email (any case) and lets the secretary set roles and groups', async () => {
    // Not linked yet: a stranger to the cell until the sync matches their email.
    const stranger = answeredCard((await press(ordinary.user, 'setup.roster', { page: '1' })).body);
    expect(cardText(stranger)).toContain('Đồng chí chưa có trong danh sách đảng viên');
    expect(await h.db.prisma.channelAccount.count()).toBe(1);

    const page1 = answeredCard((await press(SECRETARY.user, 'setup.roster', { page: '1' })).body);
    expect(cardText(page1)).toContain('Tổng số đảng viên: 72 (chính thức 49, dự bị 23).');
    // Teams refuses cards above about 28 KB: a page of the roster stays well under.
    expect(Buffer.byteLength(JSON.stringify(page1))).toBeLessThan(24_000);
    expect(cardText(page1)).toContain(
      'Cuộc trò chuyện có 73 tài khoản: đã liên kết 72 (mới khớp theo email 71); chưa có trong danh sách 1.',
    );
    expect(await h.db.prisma.channelAccount.count({ where: { platform: 'teams' } })).toBe(72);
    expect(
      h.connector.requests.some((r) =>
        r.path.startsWith(`/v3/conversations/${encodeURIComponent(s.teamId)}/pagedmembers`),
      ),
    ).toBe(true);
    const refused = answeredCard((await press(ordinary.user, 'setup.roster', { page: '1' })).body);
    expect(cardText(refused)).toContain('Chỉ đồng chí Bí thư');

    const third = await memberOf(PEOPLE[2]!.user.email);
    await press(SECRETARY.user, 'setup.roster.save', {
      page: '1',
      [`status.${third.id}`]: 'official',
      [`role.${third.id}`]: 'committee',
      [`group.${third.id}`]: 'Tổ 3 – Phân xưởng may',
    });
    expect(await h.db.prisma.member.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({
      role: 'committee',
      partyGroup: 'Tổ 3 – Phân xưởng may',
    });
    expect(await h.db.prisma.member.count({ where: { cellId } })).toBe(72);

    // A card cannot smuggle in its own member list: setup reads the channel's directory (Teams' members API), never card data.
    const forgedId = '11111111-2222-4333-8444-555555555555';
    const forged = {
      page: '1',
      conversationMembers: [{ platformUserId: forgedId, name: 'Kẻ Mạo Danh' }],
      [`status.new.${forgedId}`]: 'official',
    };
    const refusedForgery = answeredCard((await press(SECRETARY.user, 'setup.roster.save', forged)).body);
    expect(cardText(refusedForgery)).toContain('Dữ liệu gửi lên chưa hợp lệ');
    expect(await h.db.prisma.channelAccount.count({ where: { platformUserId: forgedId } })).toBe(0);
    expect(await h.db.prisma.member.count({ where: { cellId } })).toBe(72);
  });

  it("creates the meeting from the form (in the secretary's personal chat) and posts its notice in the channel", async () => {
    await say(SECRETARY.user, 'họp mới');
    // Committee work: the form goes to the secretary's personal chat, not the channel.
    expect(lastPosted().conversationId).toBe(personalChatId(SECRETARY.user));
    expect(executeActions(attachedCard(lastPosted().activity)).map((a) => a.verb)).toContain('meeting.create');
    const deputy = await memberOf(DEPUTY.user.email);
    const secretary = await memberOf(SECRETARY.user.email);
    const form = {
      date: '2023-12-05',
      time: '14:00',
      form: 'online',
      kind: 'regular',
      venues: 'Phòng họp trực tuyến của Chi bộ',
      agenda:
        'Thông tin thời sự – Nguyễn Thị Thu Hà\nĐánh giá nhiệm vụ tháng 11 – Trần Văn Bình\nChỉ tiêu năm 2024: giới thiệu 180 quần chúng học lớp cảm tình Đảng, kết nạp 60 đảng viên\nNghị quyết Chi bộ tháng 12/2023',
      guests: '',
      documents: '',
      chairMemberId: secretary.id,
      minuteTakerMemberId: deputy.id,
    };
    const created = await h.post(
      executeInPersonalChat(s, SECRETARY.user, 'meeting.create', form, lastPosted().activityId),
    );
    expect(created.status).toBe(200);
    // The pressed form becomes what happened: no live submit button left on it.
    const pressedForm = answeredCard(created.body);
    expect(cardText(pressedForm)).toContain('Đã tạo kỳ sinh hoạt từ biểu mẫu này');
    expect(executeActions(pressedForm)).toEqual([]);
    await h.flushOutbox();
    meetingId = (await h.db.prisma.meeting.findFirstOrThrow({ where: { cellId } })).id;

    await say(SECRETARY.user, 'thông báo');
    expect(lastPosted().conversationId.startsWith(s.channelId)).toBe(true);
    const notice = attachedCard(lastPosted().activity)!;
    expect(cardText(notice)).toContain('THÔNG BÁO');
    expect(notice['refresh']).toMatchObject({
      action: { type: 'Action.Execute', verb: 'card.refresh', data: { cardKey: `notice:${meetingId}` } },
    });
    expect((notice['refresh'] as { userIds: string[] }).userIds).toHaveLength(60);
    expect(await h.db.prisma.cardMessage.findFirst({ where: { cardKey: `notice:${meetingId}` } })).toMatchObject({
      platformMessageId: lastPosted().activityId,
    });
  });

  it('records two absences with reasons and refreshes the notice once (coalesced)', async () => {
    const noticeId = (await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `notice:${meetingId}` } }))
      .platformMessageId;
    for (const who of [absent1!, absent2!]) {
      const mine = answeredCard(
        (
          await press(
            who.user,
            'rsvp.answer',
            { meetingId, answer: 'excused', reason: 'Đi công tác tại chi nhánh Hải Phòng' },
            noticeId,
          )
        ).body,
      );
      expect(cardText(mine)).toContain('Đi công tác tại chi nhánh Hải Phòng');
    }
    const before = h.connector.updated.length;
    await h.flushOutbox();
    const updates = h.connector.updated.slice(before).filter((u) => u.activityId === noticeId);
    expect(updates).toHaveLength(1);
  });

  it('holds the roll call: 70 of 72 present', async () => {
    h.clock.set(new Date('2023-12-05T07:00:00Z'));
    await say(SECRETARY.user, 'điểm danh');
    const rollCallId = lastPosted().activityId;
    for (const who of present) await press(who.user, 'rollcall.checkin', { meetingId }, rollCallId);
    expect(await h.db.prisma.attendance.count({ where: { meetingId, presence: 'present' } })).toBe(70);
    await h.flushOutbox();
    const last = h.connector.updated.filter((u) => u.activityId === rollCallId).at(-1)!;
    expect(cardText(attachedCard(last.activity))).toContain('Có mặt: 70');
  });

  it('refuses probationary members, strangers, non-chairs and late ballots; the resolution passes with official votes only', async () => {
    await say(SECRETARY.user, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023');
    const voteCardId = lastPosted().activityId;
    const voteCard = attachedCard(lastPosted().activity)!;
    motionId = (await h.db.prisma.motion.findFirstOrThrow({ where: { meetingId } })).id;
    const refreshIds = (voteCard['refresh'] as { userIds: string[] }).userIds;
    expect(refreshIds).toHaveLength(60);
    expect(new Set(refreshIds.slice(0, OFFICIAL))).toEqual(new Set(officials.map((p) => p.user.aadObjectId)));

    const auditBefore = await h.db.prisma.auditEvent.count();
    const probationaryTry = answeredCard(
      (await press(probationary[0]!.user, 'vote.cast', { motionId, choice: 'approve' }, voteCardId)).body,
    );
    expect(cardText(probationaryTry)).toContain('Đảng viên dự bị tham gia ý kiến, không biểu quyết');
    const strangerTry = answeredCard(
      (await press(GUEST, 'vote.cast', { motionId, choice: 'approve' }, voteCardId)).body,
    );
    expect(cardText(strangerTry)).toContain('Đồng chí chưa có trong danh sách đảng viên');
    expect(await h.db.prisma.ballot.count({ where: { motionId } })).toBe(0);
    expect(await h.db.prisma.auditEvent.count()).toBe(auditBefore);

    for (const who of officials.slice(0, OFFICIAL - 1)) {
      const mine = answeredCard((await press(who.user, 'vote.cast', { motionId, choice: 'approve' }, voteCardId)).body);
      expect(mine['refresh']).toMatchObject({ action: { data: { cardKey: `vote:${motionId}` } } });
    }
    // 48 presses in the same second wait as one update of the shared card, queued by key: rendered when sent.
    const waiting = (
      await h.db.prisma.outboxMessage.findMany({ where: { operation: 'update', status: 'pending' } })
    ).filter((row) => row.dedupeKey.includes(`vote:${motionId}`));
    expect(waiting.map((row) => JSON.parse(row.payload) as unknown)).toEqual([
      { kind: 'shared-card', cardKey: `vote:${motionId}`, targetMessageId: voteCardId },
    ]);
    await press(
      officials.at(-1)!.user,
      'vote.cast',
      { motionId, choice: 'other', comment: 'Đề nghị bổ sung chỉ tiêu quý I/2024' },
      voteCardId,
    );
    await press(
      probationary[1]!.user,
      'vote.cast',
      { motionId, choice: 'other', comment: 'Đề nghị giao chỉ tiêu giới thiệu quần chúng cho từng tổ' },
      voteCardId,
    );

    const own = answeredCard(
      (await press(officials[9]!.user, 'card.refresh', { cardKey: `vote:${motionId}` }, voteCardId)).body,
    );
    expect(cardText(own)).toContain('Tán thành');

    const auditBeforeClose = await h.db.prisma.auditEvent.count();
    const notChair = answeredCard((await press(ordinary.user, 'vote.close', { motionId }, voteCardId)).body);
    expect(cardText(notChair)).toContain('Chỉ đồng chí chủ trì hoặc Bí thư');
    expect((await h.db.prisma.motion.findUniqueOrThrow({ where: { id: motionId } })).status).toBe('open');

    const closed = answeredCard((await press(SECRETARY.user, 'vote.close', { motionId }, voteCardId)).body);
    expect(cardText(closed)).toContain('48/49 đồng chí đảng viên chính thức tán thành');

    const late = answeredCard(
      (await press(officials[19]!.user, 'vote.cast', { motionId, choice: 'reject' }, voteCardId)).body,
    );
    expect(cardText(late)).toContain('Biểu quyết đã kết thúc');
    // Only the close itself was recorded: the refused notChair press and the late ballot left nothing.
    expect(await h.db.prisma.auditEvent.count()).toBe(auditBeforeClose + 1);

    const ballots = await h.db.prisma.ballot.findMany({ where: { motionId }, include: { member: true } });
    expect(ballots).toHaveLength(OFFICIAL);
    expect(ballots.every((b) => b.member.status === 'official')).toBe(true);
    expect(ballots.filter((b) => b.choice === 'approve')).toHaveLength(OFFICIAL - 1);
    expect(await h.db.prisma.opinion.count({ where: { motionId } })).toBe(1);
    const motion = await h.db.prisma.motion.findUniqueOrThrow({ where: { id: motionId } });
    expect(motion.passed).toBe(true);
    expect(JSON.parse(motion.resultSnapshot ?? '{}')).toMatchObject({ denominator: OFFICIAL });

    const updatesBefore = h.connector.updated.length;
    await h.flushOutbox();
    expect(
      h.connector.posted.some((p) =>
        String(p.activity['text'] ?? '').includes('48/49 đồng chí đảng viên chính thức tán thành'),
      ),
    ).toBe(true);
    const voteUpdates = h.connector.updated.slice(updatesBefore).filter((u) => u.activityId === voteCardId);
    // 50 changes within the same second: one coalesced update carrying the final state.
    expect(voteUpdates).toHaveLength(1);
    expect(cardText(attachedCard(voteUpdates[0]!.activity))).toContain('Nghị quyết được thông qua');
  });

  it("answers the secretary's request for the month summary in their personal chat", async () => {
    await say(SECRETARY.user, 'tóm tắt');
    expect(lastPosted().conversationId).toBe(personalChatId(SECRETARY.user));
    const summary = cardText(attachedCard(lastPosted().activity));
    expect(summary).toContain('48/49');
    expect(summary).toContain('70');
  });
});
