/**
 * Privacy in a shared channel, over the Teams protocol (real HTTP on loopback,
 * the connector stand-in): committee work (the "họp mới" form, the draft
 * notice) and one member's confirmations and refusals never reach the channel
 * conversation — they reach the member's personal chat or the invoke answer —
 * while what is published (the notice once sent, the roll call, the vote, its
 * result) is posted in the channel. Asserted on what the stand-in received,
 * per conversation id.
 */
import { attachedCard, answeredCard, cardText, executeActions } from './card-text';
import {
  botAdded,
  direct,
  execute,
  executeInPersonalChat,
  mention,
  personalChatId,
  scene,
  type TeamsScene,
  type TeamsUser,
} from './activities';
import { startTeamsHarness, type PostResult, type TeamsHarness } from './harness';
import { GUEST, importSeedRoster, PEOPLE, SECRETARY } from './month-fixture';
import type { RecordedActivity } from '../support/connector-stand-in';

jest.setTimeout(120_000);

const ordinary = PEOPLE[4]!; // an official member with no role
const probationer = PEOPLE.find((p) => p.status === 'probationary')!;

/** What a member reads in a posted activity: its text, or its card's text. */
function shown(post: RecordedActivity): string {
  return [String(post.activity['text'] ?? ''), cardText(attachedCard(post.activity) ?? {})].join('\n');
}

describe('privacy in a shared Teams channel, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  let meetingId: string;

  /** Everything posted in the channel (any of its threads). */
  const inChannel = () => h.connector.posted.filter((p) => p.conversationId.startsWith(s.channelId));
  const inPersonalChatOf = (user: TeamsUser) =>
    h.connector.posted.filter((p) => p.conversationId === personalChatId(user));
  const post = async (activity: object): Promise<PostResult> => {
    const result = await h.post(activity);
    expect(result.status).toBe(200);
    return result;
  };
  /** Runs `act`, flushes the outbox, and returns what the channel and the member's personal chat received meanwhile. */
  const during = async (user: TeamsUser, act: () => Promise<unknown>) => {
    const [channelBefore, personalBefore] = [inChannel().length, inPersonalChatOf(user).length];
    await act();
    await h.flushOutbox();
    return { channel: inChannel().slice(channelBefore), personal: inPersonalChatOf(user).slice(personalBefore) };
  };

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-11-25T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    await importSeedRoster(h.db);
    h.connector.setMembers([...PEOPLE.map((p) => p.user), GUEST]);
    await post(botAdded(s, SECRETARY.user));
    await post(execute(s, SECRETARY.user, 'setup.start', {}));
    // The roster card links every member of the team by email.
    await post(execute(s, SECRETARY.user, 'setup.roster', { page: '1' }));
    await h.flushOutbox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends the "họp mới" form to the secretary\'s personal chat, not the channel', async () => {
    const seen = await during(SECRETARY.user, () => post(mention(s, SECRETARY.user, 'họp mới')));
    expect(seen.channel).toEqual([]);
    expect(seen.personal).toHaveLength(1);
    expect(executeActions(attachedCard(seen.personal[0]!.activity)).map((a) => a.verb)).toContain('meeting.create');
    // The chat was opened for the secretary alone, with the turn's tenant.
    expect(h.connector.createdConversations.at(-1)).toMatchObject({
      isGroup: false,
      members: [{ id: SECRETARY.user.aadObjectId }],
      tenantId: s.tenantId,
    });
  });

  it('keeps the draft notice in the personal chat; "Gửi thông báo" there posts the notice in the channel', async () => {
    const form = inPersonalChatOf(SECRETARY.user).at(-1)!;
    const values = {
      ...executeActions(attachedCard(form.activity)).find((a) => a.verb === 'meeting.create')!.data,
      date: '2023-12-05',
      time: '14:00',
      form: 'in_person',
      kind: 'regular',
      venues: 'Hội trường Công ty',
      agenda: 'Thông tin thời sự\nNghị quyết Chi bộ',
    };
    const drafted = await during(SECRETARY.user, async () => {
      const answer = answeredCard(
        (await post(executeInPersonalChat(s, SECRETARY.user, 'meeting.create', values, form.activityId))).body,
      );
      expect(cardText(answer)).toContain('Đã tạo kỳ sinh hoạt từ biểu mẫu này');
    });
    expect(drafted.channel).toEqual([]);
    expect(drafted.personal.map(shown).join('\n')).toContain('Bản nháp: thông báo chưa được gửi tới chi bộ.');
    // The form pressed in the personal chat is replaced by the invoke answer; nothing is queued to update it.
    expect(h.connector.updated.filter((u) => u.activityId === form.activityId)).toEqual([]);
    meetingId = (await h.db.prisma.meeting.findFirstOrThrow()).id;

    const withButton = drafted.personal.find((p) =>
      executeActions(attachedCard(p.activity) ?? {}).some((a) => a.verb === 'notice.post'),
    )!;
    const posted = await during(SECRETARY.user, () =>
      post(executeInPersonalChat(s, SECRETARY.user, 'notice.post', { meetingId }, withButton.activityId)),
    );
    expect(posted.personal).toEqual([]);
    expect(posted.channel).toHaveLength(1);
    const notice = attachedCard(posted.channel[0]!.activity)!;
    expect(cardText(notice)).toContain('THÔNG BÁO');
    expect(cardText(notice)).not.toContain('Bản nháp');
    expect(notice['refresh']).toMatchObject({ action: { data: { cardKey: `notice:${meetingId}` } } });
    expect(await h.db.prisma.cardMessage.findFirst({ where: { cardKey: `notice:${meetingId}` } })).toMatchObject({
      conversationId: s.channelId,
      platformMessageId: posted.channel[0]!.activityId,
    });
  });

  it('answers a member\'s typed "tham dự" in their personal chat, and a press on the notice in the invoke answer only', async () => {
    const typed = await during(ordinary.user, () => post(mention(s, ordinary.user, 'tham dự')));
    expect(typed.channel).toEqual([]);
    expect(typed.personal.map(shown).join('\n')).toContain('Đã ghi nhận đồng chí tham dự');

    const noticeId = (await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `notice:${meetingId}` } }))
      .platformMessageId;
    const member = PEOPLE[6]!;
    const pressed = await during(member.user, async () => {
      const mine = answeredCard(
        (
          await post(
            execute(s, member.user, 'rsvp.answer', { meetingId, answer: 'excused', reason: 'Đi công tác' }, noticeId),
          )
        ).body,
      );
      expect(cardText(mine)).toContain('Đi công tác');
    });
    expect(pressed.channel).toEqual([]);
    expect(pressed.personal).toEqual([]);
    // The shared notice is updated with the counts, never with the member's reason.
    const updates = h.connector.updated.filter((u) => u.activityId === noticeId);
    expect(updates.length).toBeGreaterThan(0);
    expect(cardText(attachedCard(updates.at(-1)!.activity))).not.toContain('Đi công tác');
  });

  it('sends refusals of a typed command to the one who typed it, a stranger included', async () => {
    const refused = await during(ordinary.user, () => post(mention(s, ordinary.user, 'họp mới')));
    expect(refused.channel).toEqual([]);
    expect(refused.personal.map(shown).join('\n')).toContain('Chỉ đồng chí Bí thư');

    const stranger = await during(GUEST, () => post(mention(s, GUEST, 'điểm danh')));
    expect(stranger.channel).toEqual([]);
    expect(stranger.personal).toHaveLength(1);
  });

  it("posts the roll call, the vote and its result in the channel; a probationary member's typed ballot and opinion go to them alone", async () => {
    h.clock.set(new Date('2023-12-05T07:00:00Z'));
    const rollCall = await during(SECRETARY.user, () => post(mention(s, SECRETARY.user, 'điểm danh')));
    expect(rollCall.personal).toEqual([]);
    expect(rollCall.channel.map(shown).join('\n')).toContain('ĐIỂM DANH');
    for (const who of [SECRETARY, ordinary, probationer])
      await post(execute(s, who.user, 'rollcall.checkin', { meetingId }, rollCall.channel[0]!.activityId));
    const typedPresence = await during(PEOPLE[7]!.user, () => post(mention(s, PEOPLE[7]!.user, 'có mặt')));
    expect(typedPresence.channel).toEqual([]);
    expect(typedPresence.personal.map(shown).join('\n')).toContain('Đã ghi nhận đồng chí có mặt');

    const vote = await during(SECRETARY.user, () =>
      post(mention(s, SECRETARY.user, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023')),
    );
    expect(vote.personal).toEqual([]);
    expect(vote.channel).toHaveLength(1);

    const ballot = await during(probationer.user, () => post(mention(s, probationer.user, 'tán thành')));
    expect(ballot.channel).toEqual([]);
    expect(ballot.personal.map(shown).join('\n')).toContain('Đảng viên dự bị tham gia ý kiến, không biểu quyết');
    const opinion = await during(probationer.user, () =>
      post(mention(s, probationer.user, 'ý kiến khác: đề nghị bổ sung chỉ tiêu')),
    );
    expect(opinion.channel).toEqual([]);
    expect(opinion.personal.map(shown).join('\n')).toContain('Ý kiến của đồng chí đã được ghi nhận riêng');
    const own = await during(ordinary.user, () => post(mention(s, ordinary.user, 'tán thành')));
    expect(own.channel).toEqual([]);
    expect(own.personal.map(shown).join('\n')).toContain('Đã ghi nhận biểu quyết của đồng chí');

    const result = await during(SECRETARY.user, () => post(mention(s, SECRETARY.user, 'kết thúc biểu quyết')));
    expect(result.personal).toEqual([]);
    expect(result.channel.map(shown).join('\n')).toContain('tán thành');
  });

  it('never falls back to the channel when the personal chat cannot be opened in the turn: the outbox opens it later', async () => {
    h.connector.failNext({ method: 'POST', status: 403 });
    const before = h.connector.createdConversations.length;
    const seen = await during(ordinary.user, () => post(mention(s, ordinary.user, 'trợ giúp')));
    expect(seen.channel).toEqual([]);
    // Refused once in the turn, then opened by the outbox for the member's linked account.
    expect(h.connector.createdConversations.length).toBe(before + 1);
    expect(seen.personal).toHaveLength(1);

    h.connector.failNext({ method: 'POST', status: 403 });
    const stranger = await during(GUEST, () => post(mention(s, GUEST, 'trợ giúp')));
    // No roster account to address later: nothing is posted, least of all in the channel.
    expect(stranger.channel).toEqual([]);
    expect(stranger.personal).toEqual([]);
  });

  it('answers a committee card pressed in the channel with where it went, and sends the card to the personal chat', async () => {
    const seen = await during(SECRETARY.user, async () => {
      const answer = (await post(execute(s, SECRETARY.user, 'meeting.form', {}))).body as {
        type: string;
        value: string;
      };
      expect(answer).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Đã gửi tới cuộc trò chuyện riêng của đồng chí với trợ lý.',
      });
    });
    expect(seen.channel).toEqual([]);
    expect(seen.personal).toHaveLength(1);
    expect(executeActions(attachedCard(seen.personal[0]!.activity)).map((a) => a.verb)).toContain('meeting.create');
  });

  it('posts what a committee member publishes from the personal chat in the channel, and keeps the rest there', async () => {
    const seen = await during(SECRETARY.user, () => post(direct(s, SECRETARY.user, 'bế mạc')));
    expect(seen.channel.map(shown).join('\n')).toContain('Kỳ sinh hoạt đã bế mạc. Tóm tắt kết quả:');
    expect(seen.channel.map(shown).join('\n')).toContain('TÓM TẮT KẾT QUẢ');
    expect(seen.personal.map(shown)).toEqual([expect.stringContaining('Đã gửi tới cuộc trò chuyện chung của chi bộ.')]);
    // A second "bế mạc" there is the secretary's own answer: it stays in the personal chat.
    const again = await during(SECRETARY.user, () => post(direct(s, SECRETARY.user, 'bế mạc')));
    expect(again.channel).toEqual([]);
    expect(again.personal.map(shown).join('\n')).toContain('Kỳ sinh hoạt đã bế mạc lúc');
  });
});
