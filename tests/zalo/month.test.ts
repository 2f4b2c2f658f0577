/**
 * A month of a cell on Zalo, over real HTTP on loopback: members link with
 * their codes, receive the notice 1:1 through the outbox, answer by button
 * payload, digit and text, check in, vote and change their vote; the
 * probationary member's ballot is refused; the secretary asks for the summary.
 */
import { formatCode, issueCodes } from '../../src/channels/zalo/linking';
import { describeEachDatabaseKind } from '../support/databases';
import { OA_ID, startZaloHarness, textOf, type ZaloHarness } from './harness';
import { createMeeting, seedZaloCell, type ZaloCell } from './setup';

describeEachDatabaseKind('a month of a cell on Zalo, over HTTP with a stand-in Zalo API', (database) => {
  let h: ZaloHarness;
  let c: ZaloCell;
  let meetingId: string;
  let motionId: string;

  beforeAll(async () => {
    h = await startZaloHarness(database);
    c = await seedZaloCell(h);
  });
  afterAll(async () => h.close());

  it('answers the unsigned {} probe with 200 and stores nothing', async () => {
    const response = await fetch(`${h.url}/api/zalo/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await h.db.prisma.zaloWebhookEvent.count()).toBe(0);
  });

  it('tells a stranger politely how to link, and nothing else', async () => {
    const before = h.standIn.sent().length;
    expect((await h.say('1111111111111111111', 'xin chào')).status).toBe(200);
    await h.settle();
    const texts = h.textsTo('1111111111111111111', before);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('chưa được liên kết');
    expect(await h.db.prisma.channelAccount.count()).toBe(0);
  });

  it('links each member who sends their one-time code, and a code works once', async () => {
    const codes = await issueCodes(h.db, c.cellId, h.clock.now());
    const codeOf = (memberId: string) => formatCode(codes.find((i) => i.member.id === memberId)?.code ?? '');
    const pairs = [
      [c.secretary, c.users.secretary],
      [c.official1, c.users.official1],
      [c.official2, c.users.official2],
      [c.probationary, c.users.probationary],
    ] as const;
    for (const [member, userId] of pairs) {
      const before = h.standIn.sent().length;
      const { status, ms } = await h.say(userId, codeOf(member.id).toLowerCase());
      expect(status).toBe(200);
      expect(ms).toBeLessThan(2_000);
      await h.settle();
      expect(h.textsTo(userId, before).join('\n')).toContain(
        `Đã liên kết tài khoản Zalo của đồng chí với đảng viên ${member.fullName}, Chi bộ Phòng Kỹ thuật`,
      );
    }
    const accounts = await h.db.prisma.channelAccount.findMany({ where: { platform: 'zalo' } });
    expect(accounts.map((a) => a.platformUserId).sort()).toEqual(Object.values(c.users).sort());

    const before = h.standIn.sent().length;
    await h.say('2222222222222222222', codeOf(c.official1.id));
    await h.settle();
    expect(h.textsTo('2222222222222222222', before)[0]).toContain(
      'Mã liên kết không đúng, đã được sử dụng hoặc đã hết hạn',
    );
    expect(await h.db.prisma.channelAccount.count()).toBe(4);
  });

  it('sends the notice posted from Zalo to every linked member, 1:1, with buttons, a digit fallback and a signed link', async () => {
    meetingId = await createMeeting(h, c.secretary);
    const before = h.standIn.sent().length;
    await h.say(c.users.secretary, 'thông báo');
    await h.settle();
    const notices = h.standIn
      .sent()
      .slice(before)
      .filter((call) => textOf(call).includes('THÔNG BÁO'));
    expect(notices).toHaveLength(4);
    for (const call of notices) {
      expect(call.path).toBe('/v3.0/oa/message/cs');
      expect(textOf(call)).toContain('Hoặc trả lời: 1 = Tham dự, 2 = Tham dự trực tuyến, 3 = Xin vắng');
      expect(textOf(call)).toContain(`${h.url}/links/zalo/`);
      const buttons = (
        call.body['message'] as {
          attachment: { payload: { buttons: { title: string; type: string; payload: unknown }[] } };
        }
      ).attachment.payload.buttons;
      expect(buttons.slice(0, 3).map((b) => [b.title, b.type, b.payload])).toEqual([
        ['Tham dự', 'oa.query.hide', `chibo:rsvp:${meetingId}:attend`],
        ['Tham dự trực tuyến', 'oa.query.hide', `chibo:rsvp:${meetingId}:attend_online`],
        ['Xin vắng', 'oa.query.hide', `chibo:rsvp:${meetingId}:excused`],
      ]);
      expect(typeof (call.body['recipient'] as { user_id: unknown }).user_id).toBe('string');
    }
  });

  it('records answers by button payload, by digit and by text; a reasonless absence gets the form to use', async () => {
    await h.say(c.users.official1, `chibo:rsvp:${meetingId}:attend`);
    await h.say(c.users.official2, 'vắng: đi công tác');
    await h.say(c.users.probationary, '2');
    const before = h.standIn.sent().length;
    await h.say(c.users.secretary, '3');
    await h.settle();
    const rows = await h.db.prisma.attendance.findMany({ where: { meetingId } });
    const rsvp = (memberId: string) => rows.find((r) => r.memberId === memberId);
    expect(rsvp(c.official1.id)).toMatchObject({ rsvp: 'attend' });
    expect(rsvp(c.official2.id)).toMatchObject({ rsvp: 'excused', rsvpReason: 'đi công tác' });
    expect(rsvp(c.probationary.id)).toMatchObject({ rsvp: 'attend_online' });
    expect(rsvp(c.secretary.id)?.rsvp ?? null).toBeNull();
    expect(h.textsTo(c.users.secretary, before).join('\n')).toContain('"vắng: <lý do>"');
  });

  it('opens the roll call and the vote; members check in by digit and vote by payload, text and digit, and change their vote', async () => {
    h.clock.set(new Date('2025-09-05T07:00:00Z'));
    await h.say(c.users.secretary, 'điểm danh');
    await h.settle();
    for (const userId of [c.users.secretary, c.users.official1, c.users.probationary]) await h.say(userId, '1');
    await h.settle();
    expect(await h.db.prisma.attendance.count({ where: { meetingId, presence: 'present' } })).toBe(3);

    const before = h.standIn.sent().length;
    await h.say(c.users.secretary, 'biểu quyết Nghị quyết Chi bộ tháng 9/2025');
    await h.settle();
    const motion = await h.db.prisma.motion.findFirstOrThrow({ where: { meetingId } });
    motionId = motion.id;
    const probationaryCall = h.standIn
      .sent()
      .slice(before)
      .find((call) => (call.body['recipient'] as { user_id: string }).user_id === c.users.probationary);
    expect(textOf(probationaryCall!)).toContain('Đảng viên dự bị tham gia ý kiến, không biểu quyết');
    expect(JSON.stringify(probationaryCall!.body)).not.toContain(`chibo:vote:${motionId}:approve`);

    await h.say(c.users.official1, `chibo:vote:${motionId}:reject`);
    await h.settle();
    await h.say(c.users.official1, 'tán thành');
    await h.say(c.users.secretary, '1');
    await h.settle();
    const ballots = await h.db.prisma.ballot.findMany({ where: { motionId } });
    expect(ballots.map((b) => [b.memberId, b.choice, b.version]).sort()).toEqual(
      [
        [c.official1.id, 'approve', 2],
        [c.secretary.id, 'approve', 1],
      ].sort(),
    );
  });

  it("refuses the probationary member's ballot, typed by hand as a button payload", async () => {
    const before = h.standIn.sent().length;
    await h.say(c.users.probationary, `chibo:vote:${motionId}:approve`);
    await h.settle();
    expect(await h.db.prisma.ballot.count({ where: { memberId: c.probationary.id } })).toBe(0);
    expect(h.textsTo(c.users.probationary, before).join('\n')).toContain(
      'Đảng viên dự bị tham gia ý kiến, không biểu quyết',
    );
  });

  it('a payload naming a motion of another cell acts as the sender only, and is refused', async () => {
    await h.say(c.users.official2, 'chibo:vote:someone-elses-motion:approve');
    await h.settle();
    expect(await h.db.prisma.ballot.count({ where: { memberId: c.official2.id } })).toBe(0);
  });

  it('gives the secretary the summary by text', async () => {
    await h.say(c.users.secretary, 'kết thúc biểu quyết');
    await h.settle();
    const before = h.standIn.sent().length;
    await h.say(c.users.secretary, 'tóm tắt');
    await h.settle();
    const summary = h.textsTo(c.users.secretary, before).join('\n');
    expect(summary).toContain('Nghị quyết Chi bộ tháng 9/2025');
    expect(summary.length).toBeGreaterThan(100);
    for (const call of h.standIn.sent()) expect(textOf(call).length).toBeLessThanOrEqual(2000);
    expect(OA_ID).toMatch(/^\d+$/);
  });
});
