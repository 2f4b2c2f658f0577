/**
 * A cell that meets in a Teams channel while two members answer on Zalo, over
 * real HTTP on both sides (the app's /api/messages with a stand-in Bot
 * Connector, the signed Zalo webhook with a stand-in Zalo API): a vote opened
 * in Teams reaches the Zalo members, their ballots move the Teams card, and the
 * result reaches them when the chair closes the vote in Teams.
 */
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { attachedCard, cardText } from '../teams/card-text';
import {
  direct,
  mention,
  personalChatId,
  scene,
  teamsUser,
  type TeamsScene,
  type TeamsUser,
} from '../teams/activities';
import { describeEachDatabaseKind } from '../support/databases';
import { startZaloHarness, type ZaloHarness } from './harness';
import { createMeeting, linkDirectly, seedZaloCell, type ZaloCell } from './setup';

jest.setTimeout(60_000);

describeEachDatabaseKind('one cell on Teams and Zalo at once', (database) => {
  let h: ZaloHarness;
  let c: ZaloCell;
  let connector: ConnectorStandIn;
  let s: TeamsScene;
  let secretaryInTeams: TeamsUser;

  const say = async (text: string): Promise<void> => {
    const response = await fetch(`${h.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mention(s, secretaryInTeams, text)),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    h = await startZaloHarness(database);
    c = await seedZaloCell(h);
    await linkDirectly(h, c.official1, c.users.official1);
    await linkDirectly(h, c.official2, c.users.official2);
    connector = await startConnectorStandIn();
    s = scene(connector.serviceUrl);
    secretaryInTeams = teamsUser(1, c.secretary.fullName, 'bithu@example.vn');
    // The channel as setup binds it: its reference for proactive sends, the secretary's Teams account.
    const reference = {
      serviceUrl: s.serviceUrl,
      channelId: 'msteams',
      bot: { id: s.botId, name: s.botName },
      conversation: { id: s.channelId, isGroup: true, conversationType: 'channel', tenantId: s.tenantId },
    };
    await h.db.prisma.conversation.create({
      data: { platform: 'teams', conversationId: s.channelId, cellId: c.cellId, reference: JSON.stringify(reference) },
    });
    await h.db.prisma.channelAccount.create({
      data: { platform: 'teams', platformUserId: secretaryInTeams.aadObjectId, memberId: c.secretary.id },
    });
    await createMeeting(h, c.secretary);
    // The roll call first: only members recorded present vote.
    await say('điểm danh');
    for (const user of [c.users.official1, c.users.official2]) await h.say(user, 'có mặt');
    await h.settle();
  });
  afterAll(async () => {
    await h?.close();
    await connector?.close();
  });

  it('brings a vote opened in Teams to the Zalo members, their ballots to the Teams card, and the result back to them', async () => {
    await say('biểu quyết Nghị quyết Chi bộ tháng 9');
    const voteCard = connector.posted.find((p) =>
      cardText(attachedCard(p.activity) ?? {}).includes('Nghị quyết Chi bộ tháng 9'),
    );
    expect(voteCard).toBeDefined();
    const zaloFrom = h.standIn.sent().length;
    await h.settle();
    for (const user of [c.users.official1, c.users.official2])
      expect(h.textsTo(user, zaloFrom).join('\n')).toContain('Nghị quyết Chi bộ tháng 9');

    await h.say(c.users.official1, 'tán thành');
    await h.say(c.users.official2, 'không tán thành');
    const updatesFrom = connector.updated.length;
    await h.settle();
    const motion = await h.db.prisma.motion.findFirstOrThrow({ include: { ballots: true } });
    expect(motion.ballots.map((b) => b.choice).sort()).toEqual(['approve', 'reject']);
    const updates = connector.updated.slice(updatesFrom).filter((u) => u.activityId === voteCard!.activityId);
    // Both ballots within a second: one coalesced update, showing both.
    expect(updates).toHaveLength(1);
    expect(cardText(attachedCard(updates[0]!.activity) ?? {})).toMatch(/Tán thành\s+1\s+Không tán thành\s+1/);

    const resultFrom = h.standIn.sent().length;
    await say('kết thúc biểu quyết');
    await h.settle();
    for (const user of [c.users.official1, c.users.official2])
      expect(h.textsTo(user, resultFrom).join('\n')).toMatch(/không được thông qua|không thông qua/);
    // Told once: a second close is refused and announces nothing more.
    const after = h.standIn.sent().length;
    await say('kết thúc biểu quyết');
    await h.settle();
    expect(h.standIn.sent().length).toBe(after);
  });

  it('posts a vote the secretary opens from Zalo in the Teams channel, and its result there when closed from Zalo', async () => {
    await linkDirectly(h, c.secretary, c.users.secretary);
    const postedFrom = connector.posted.length;
    await h.say(c.users.secretary, 'biểu quyết Chương trình sinh hoạt tháng 9');
    await h.settle();
    const posted = connector.posted.slice(postedFrom).filter((p) => p.conversationId === s.channelId);
    expect(posted.map((p) => cardText(attachedCard(p.activity) ?? {})).join('\n')).toContain(
      'Chương trình sinh hoạt tháng 9',
    );
    const motion = await h.db.prisma.motion.findFirstOrThrow({ where: { status: 'open' } });
    // Posted by the outbox, the card is remembered in Teams like one posted there: it will be updated.
    expect(await h.db.prisma.cardMessage.count({ where: { platform: 'teams', cardKey: `vote:${motion.id}` } })).toBe(1);

    await h.say(c.users.official1, 'tán thành');
    await h.say(c.users.secretary, 'kết thúc biểu quyết');
    const resultFrom = connector.posted.length;
    await h.settle();
    const texts = connector.posted.slice(resultFrom).map((p) => String(p.activity['text'] ?? ''));
    expect(texts.join('\n')).toMatch(/1\/3 đồng chí/);
  });

  it('posts a vote the secretary opens from their Teams personal chat in the channel and brings it to the Zalo members', async () => {
    const postedFrom = connector.posted.length;
    const zaloFrom = h.standIn.sent().length;
    const response = await fetch(`${h.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(direct(s, secretaryInTeams, 'biểu quyết Phân công nhiệm vụ quý IV')),
    });
    expect(response.status).toBe(200);
    await h.settle();
    const posted = connector.posted.slice(postedFrom);
    const inChannel = posted
      .filter((p) => p.conversationId === s.channelId)
      .map((p) => cardText(attachedCard(p.activity) ?? {}));
    expect(inChannel.join('\n')).toContain('Phân công nhiệm vụ quý IV');
    // The personal chat is told where it went, and does not get a copy of the card.
    const inChat = posted.filter((p) => p.conversationId === personalChatId(secretaryInTeams));
    expect(inChat.map((p) => String(p.activity['text'] ?? ''))).toEqual([
      'Đã gửi tới cuộc trò chuyện chung của chi bộ.',
    ]);
    for (const user of [c.users.official1, c.users.official2])
      expect(h.textsTo(user, zaloFrom).join('\n')).toContain('Phân công nhiệm vụ quý IV');
  });
});
