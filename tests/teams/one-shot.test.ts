/**
 * One-shot actions over the Teams protocol (real HTTP on loopback, the
 * connector stand-in): "Gửi thông báo" pressed twice, or twice at once, posts
 * one notice and the pressed card says when it went out; members' answers
 * refresh that one notice; the form submitted twice makes one meeting; a
 * second "bế mạc" changes nothing and says when the meeting closed. The form
 * and the draft are committee work: they are in the secretary's personal chat.
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
import { CELL_NAME, importSeedRoster, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(120_000);

describe('one-shot actions in a Teams channel, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;

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
  /** A press on a card in the member's personal chat (the form, the draft's "Gửi thông báo"). */
  const pressPrivately = async (
    who: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    replyToId: string,
  ): Promise<PostResult> => {
    const result = await h.post(executeInPersonalChat(s, who, verb, data, replyToId));
    expect(result.status).toBe(200);
    return result;
  };
  const say = async (who: TeamsUser, text: string): Promise<void> => {
    expect((await h.post(mention(s, who, text))).status).toBe(200);
  };
  const noticesPosted = () =>
    h.connector.posted.filter((p) => cardText(attachedCard(p.activity) ?? {}).includes('THÔNG BÁO'));
  /** The posted card holding a button of this verb (its message id and the button's data). */
  const postedButton = (verb: string) => {
    const post = [...h.connector.posted]
      .reverse()
      .find((p) => executeActions(attachedCard(p.activity) ?? {}).some((a) => a.verb === verb));
    if (!post) throw new Error(`no posted card with ${verb}`);
    return {
      activityId: post.activityId,
      conversationId: post.conversationId,
      data: executeActions(attachedCard(post.activity)).find((a) => a.verb === verb)!.data,
    };
  };

  /** "họp mới", then the form submitted (kind given); returns the new meeting's id. */
  const createMeeting = async (kind: string, date: string): Promise<string> => {
    await say(SECRETARY.user, 'họp mới');
    const form = postedButton('meeting.create');
    expect(form.conversationId).toBe(personalChatId(SECRETARY.user));
    const values = {
      ...form.data,
      date,
      time: '14:00',
      form: 'in_person',
      kind,
      venues: 'Hội trường Công ty',
      agenda: 'Thông tin thời sự\nNghị quyết Chi bộ',
    };
    const first = answeredCard((await pressPrivately(SECRETARY.user, 'meeting.create', values, form.activityId)).body);
    expect(cardText(first)).toContain('Đã tạo kỳ sinh hoạt từ biểu mẫu này');
    expect(executeActions(first)).toEqual([]);
    const second = answeredCard((await pressPrivately(SECRETARY.user, 'meeting.create', values, form.activityId)).body);
    expect(cardText(second)).toContain('Biểu mẫu này đã được gửi; không tạo thêm kỳ sinh hoạt');
    const updatedBefore = h.connector.updated.length;
    await h.flushOutbox();
    // In the personal chat the invoke answer is the secretary's only copy: nothing else to update.
    expect(h.connector.updated.slice(updatedBefore).filter((u) => u.activityId === form.activityId)).toEqual([]);
    const meetings = await h.db.prisma.meeting.findMany({ where: { kind }, select: { id: true } });
    expect(meetings).toHaveLength(1);
    return meetings[0]!.id;
  };

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-11-25T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    await importSeedRoster(h.db);
    h.connector.setMembers(PEOPLE.map((p) => p.user));
    await h.post(botAdded(s, SECRETARY.user));
    await press(SECRETARY.user, 'setup.start', {});
    const values = {
      cellName: CELL_NAME,
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp tỉnh',
      meetingDay: '5',
      meetingTime: '14:00',
      timezone: '',
      reminders: '',
      approvalRef: '',
      approvalDate: '',
    };
    await press(SECRETARY.user, 'setup.save', values);
    await press(SECRETARY.user, 'setup.roster', { page: '1' });
    await h.flushOutbox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('posts one notice for "Gửi thông báo" pressed twice; the pressed card says when; answers refresh that notice', async () => {
    const meetingId = await createMeeting('regular', '2023-12-05');
    const button = postedButton('notice.post');
    const before = noticesPosted().length;

    expect(button.conversationId).toBe(personalChatId(SECRETARY.user));
    const first = answeredCard(
      (await pressPrivately(SECRETARY.user, 'notice.post', button.data, button.activityId)).body,
    );
    expect(cardText(first)).toContain('Đã gửi thông báo lúc 09 giờ 00, ngày 25/11/2023.');
    // The pressed draft becomes that sentence for the secretary: no live button left.
    expect(executeActions(first)).toEqual([]);
    await h.flushOutbox();
    const second = answeredCard(
      (await pressPrivately(SECRETARY.user, 'notice.post', button.data, button.activityId)).body,
    );
    expect(cardText(second)).toContain('Thông báo đã được gửi lúc 09 giờ 00, ngày 25/11/2023; không gửi lại.');
    await say(SECRETARY.user, 'thông báo');
    await h.flushOutbox();
    const posted = noticesPosted().slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.conversationId).toBe(s.channelId);

    const noticeId = posted[0]!.activityId;
    expect(await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `notice:${meetingId}` } })).toMatchObject(
      { platformMessageId: noticeId },
    );
    const updatesBefore = h.connector.updated.length;
    await press(PEOPLE[10]!.user, 'rsvp.answer', { meetingId, answer: 'attend' }, noticeId);
    await h.flushOutbox();
    const updates = h.connector.updated.slice(updatesBefore);
    expect(updates.map((u) => u.activityId)).toEqual([noticeId]);
    expect(cardText(attachedCard(updates[0]!.activity))).toMatch(/Tham dự\s+1\s/);
  });

  it('posts one notice when "Gửi thông báo" is pressed twice at once', async () => {
    await createMeeting('extraordinary', '2023-12-12');
    const button = postedButton('notice.post');
    const before = noticesPosted().length;
    const both = await Promise.all([
      pressPrivately(SECRETARY.user, 'notice.post', button.data, button.activityId),
      pressPrivately(SECRETARY.user, 'notice.post', button.data, button.activityId),
    ]);
    const texts = both.map((r) => cardText(answeredCard(r.body)));
    expect(texts.filter((t) => t.includes('Đã gửi thông báo lúc'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Thông báo đã được gửi lúc'))).toHaveLength(1);
    await h.flushOutbox();
    expect(noticesPosted().slice(before)).toHaveLength(1);
  });

  it('closes the meeting once: a second "bế mạc" says when it closed', async () => {
    h.clock.set(new Date('2023-12-05T07:00:00Z'));
    await say(SECRETARY.user, 'điểm danh');
    h.clock.advance(100 * 60_000);
    await say(SECRETARY.user, 'bế mạc');
    await say(SECRETARY.user, 'bế mạc');
    await h.flushOutbox();
    const text = (p: { activity: Record<string, unknown> }) =>
      cardText(attachedCard(p.activity) ?? {}) || String(p.activity['text'] ?? '');
    // The close and its summary are the cell's; the second "bế mạc" is answered to the secretary alone.
    const channel = h.connector.posted
      .filter((p) => p.conversationId.startsWith(s.channelId))
      .slice(-2)
      .map(text);
    expect(channel[0]).toContain('Kỳ sinh hoạt đã bế mạc. Tóm tắt kết quả:');
    expect(channel[1]).toContain('TÓM TẮT KẾT QUẢ');
    const personal = h.connector.posted
      .filter((p) => p.conversationId === personalChatId(SECRETARY.user))
      .slice(-1)
      .map(text);
    expect(personal[0]).toContain('Kỳ sinh hoạt đã bế mạc lúc 15 giờ 40, ngày 05/12/2023.');
    expect(await h.db.prisma.auditEvent.count({ where: { type: 'meeting.closed' } })).toBe(1);
  });
});
