/**
 * A meeting's details over the Teams protocol (real HTTP on loopback, the
 * stand-in Bot Connector): the form's join link (a link typed among the venues
 * is moved to it, and the form comes back to be checked), the notice's "Vào
 * phòng họp trực tuyến" button, exempt members counted when they will attend,
 * online attendance offered by an online meeting with one venue, and the roll
 * call preselecting for each member the venue of their own answer: one shared
 * card preselects none, each member's refreshed view preselects theirs, and a
 * check-in from the shared card with none chosen records theirs.
 */
import { attachedCard, answeredCard, cardText, executeActions } from './card-text';
import { execute, mention, scene, type TeamsScene, type TeamsUser } from './activities';
import { startTeamsHarness, type PostResult, type TeamsHarness } from './harness';
import { DEPUTY, importSeedRoster, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(120_000);

type Json = Record<string, unknown>;
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_chibo%40thread.v2/0';
const MAIN = 'Hội trường tầng 3, trụ sở Công ty';
const FACTORY = 'Phân xưởng Đông Anh';

/** Every element of a card (body, actions, show-cards) in document order. */
function elements(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (typeof node !== 'object' || node === null) return [];
  const own = node as Json;
  return [own, ...Object.values(own).flatMap(elements)];
}
const venueInput = (card: Json | undefined): Json | undefined =>
  elements(card).find((e) => e['id'] === 'venue' && e['type'] === 'Input.ChoiceSet');
const openUrls = (card: Json | undefined): Json[] =>
  ((card?.['actions'] ?? []) as Json[]).filter((a) => a['type'] === 'Action.OpenUrl');

describe('meeting details in a Teams channel, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  let cellId: string;
  let meetingId: string;
  let noticeId: string;
  const [online, inRoom, exempt] = [PEOPLE[10]!, PEOPLE[11]!, PEOPLE[12]!];

  const press = async (who: TeamsUser, verb: string, data: Json, replyToId?: string): Promise<PostResult> => {
    const result = await h.post(execute(s, who, verb, data, replyToId));
    expect(result.status).toBe(200);
    return result;
  };
  const say = async (who: TeamsUser, text: string): Promise<void> => {
    expect((await h.post(mention(s, who, text))).status).toBe(200);
  };
  const memberId = async (who: { user: TeamsUser }): Promise<string> =>
    (await h.db.prisma.member.findFirstOrThrow({ where: { cellId, email: who.user.email } })).id;

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-12-01T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    cellId = await importSeedRoster(h.db);
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
    // DOMAIN.md: exempt members are not summoned but may attend.
    await h.db.prisma.member.update({
      where: { id: byEmail.get(exempt.user.email.toLowerCase())! },
      data: { status: 'exempt' },
    });
    await h.db.prisma.cell.update({ where: { id: cellId }, data: { onlineApprovalRef: '15-CV/ĐUK' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('moves a link typed among the venues to the join link, then creates the meeting with it', async () => {
    const [secretary, deputy] = [await memberId(SECRETARY), await memberId(DEPUTY)];
    const form = {
      date: '2023-12-05',
      time: '14:00',
      form: 'mixed',
      kind: 'regular',
      venues: `${MAIN}\n${FACTORY}\n${JOIN_URL}`,
      joinUrl: '',
      agenda: 'Thông tin thời sự – Nguyễn Thị Thu Hà',
      guests: '',
      documents: '',
      chairMemberId: secretary,
      minuteTakerMemberId: deputy,
      formKey: 'form-meeting-details-1',
    };
    const back = answeredCard((await press(SECRETARY.user, 'meeting.create', form)).body);
    expect(cardText(back)).toContain(`Dòng "${JOIN_URL}" ở ô Địa điểm là đường dẫn phòng họp trực tuyến`);
    const inputs = new Map(
      elements(back)
        .filter((e) => typeof e['id'] === 'string')
        .map((e) => [e['id'], e['value']]),
    );
    expect(inputs.get('venues')).toBe(`${MAIN}\n${FACTORY}`);
    expect(inputs.get('joinUrl')).toBe(JOIN_URL);
    expect(await h.db.prisma.meeting.count()).toBe(0);

    // A join link that is not https is refused with the reason.
    const refused = answeredCard(
      (
        await press(SECRETARY.user, 'meeting.create', {
          ...form,
          venues: `${MAIN}\n${FACTORY}`,
          joinUrl: 'http://zoom.us/j/1',
        })
      ).body,
    );
    expect(cardText(refused)).toContain('Đường dẫn phòng họp trực tuyến cần là một địa chỉ https://');

    await press(SECRETARY.user, 'meeting.create', {
      ...form,
      venues: String(inputs.get('venues')),
      joinUrl: String(inputs.get('joinUrl')),
    });
    const meeting = await h.db.prisma.meeting.findFirstOrThrow({ where: { cellId } });
    expect(meeting.joinUrl).toBe(JOIN_URL);
    expect(JSON.parse(meeting.venues)).toEqual([
      { name: MAIN, main: true },
      { name: FACTORY, main: false },
    ]);
    meetingId = meeting.id;
    await h.flushOutbox();
  });

  it('posts a notice that opens the online room, and counts an exempt member who will attend', async () => {
    await say(SECRETARY.user, 'thông báo');
    await h.flushOutbox();
    noticeId = (await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `notice:${meetingId}` } }))
      .platformMessageId;
    const notice = attachedCard(h.connector.posted.find((p) => p.activityId === noticeId)!.activity);
    expect(openUrls(notice)).toEqual([{ type: 'Action.OpenUrl', title: 'Vào phòng họp trực tuyến', url: JOIN_URL }]);

    await press(online.user, 'rsvp.answer', { meetingId, answer: 'attend_online', venue: FACTORY }, noticeId);
    await press(inRoom.user, 'rsvp.answer', { meetingId, answer: 'attend' }, noticeId);
    const mine = answeredCard(
      (await press(exempt.user, 'rsvp.answer', { meetingId, answer: 'attend_online', venue: MAIN }, noticeId)).body,
    );
    const text = cardText(mine);
    expect(text).toContain('Tham dự\n1');
    expect(text).toContain('Tham dự trực tuyến\n2');
    expect(text).toContain('Trong đó đảng viên miễn sinh hoạt sẽ tham dự\n1');
    // Exempt members are not summoned: 71 invited, 2 of them answered.
    expect(text).toContain('Chưa trả lời\n69');
  });

  it('preselects no venue on the shared roll call, and each member their own venue in their view', async () => {
    h.clock.set(new Date('2023-12-05T07:00:00Z'));
    await say(SECRETARY.user, 'điểm danh');
    await h.flushOutbox();
    const rollCallId = (await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `rollcall:${meetingId}` } }))
      .platformMessageId;
    const shared = attachedCard(h.connector.posted.find((p) => p.activityId === rollCallId)!.activity);
    expect(venueInput(shared)).toMatchObject({ placeholder: 'Điểm cầu đồng chí đã đăng ký' });
    expect(venueInput(shared)).not.toHaveProperty('value');
    // The shared card refreshes itself for each member (Universal Actions): each sees their own preselect.
    expect(shared?.['refresh']).toMatchObject({
      action: { verb: 'card.refresh', data: { cardKey: `rollcall:${meetingId}` } },
    });
    const viewOf = async (who: TeamsUser) =>
      answeredCard((await press(who, 'card.refresh', { cardKey: `rollcall:${meetingId}` }, rollCallId)).body);
    expect(venueInput(await viewOf(online.user))).toMatchObject({ value: FACTORY, isRequired: true });
    expect(venueInput(await viewOf(inRoom.user))).toMatchObject({ value: MAIN });

    // Pressed on the shared card with no venue chosen, the check-in takes the member's own answer.
    const checkedIn = answeredCard(
      (await press(online.user, 'rollcall.checkin', { meetingId, venue: '' }, rollCallId)).body,
    );
    expect(cardText(checkedIn)).toContain(`Có mặt – điểm cầu ${FACTORY}`);
    await press(inRoom.user, 'rollcall.checkin', { meetingId }, rollCallId);
    const rows = await h.db.prisma.attendance.findMany({
      where: { meetingId, presence: 'present' },
      select: { memberId: true, presenceVenue: true },
    });
    expect(new Map(rows.map((r) => [r.memberId, r.presenceVenue]))).toEqual(
      new Map([
        [await memberId(online), FACTORY],
        [await memberId(inRoom), MAIN],
      ]),
    );
  });

  it('offers "Tham dự trực tuyến" on an online meeting with one venue', async () => {
    const single = await h.db.prisma.meeting.create({
      data: {
        cellId,
        period: '2023-12',
        kind: 'thematic',
        form: 'online',
        startsAt: new Date('2023-12-20T07:00:00Z'),
        status: 'announced',
        venues: JSON.stringify([{ name: MAIN, main: true }]),
        joinUrl: JOIN_URL,
      },
    });
    const view = answeredCard((await press(online.user, 'card.refresh', { cardKey: `notice:${single.id}` })).body);
    const titles = executeActions(view).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Tham dự', 'Xác nhận', 'Gửi lý do']));
    expect(elements(view).some((e) => e['type'] === 'Action.ShowCard' && e['title'] === 'Tham dự trực tuyến')).toBe(
      true,
    );
    expect(venueInput(view)).toMatchObject({ value: MAIN });
    expect(openUrls(view)).toHaveLength(1);
  });
});
