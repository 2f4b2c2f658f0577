/**
 * A slow Bot Connector must not slow voting. Over real HTTP with the stand-in
 * connector answering posts only after 20 s: eight typed messages wait for
 * their replies to be posted, and vote presses sent after them are answered
 * with the updated card before any of those replies is through; the messages
 * are answered within the connector's 15 s, and the replies are all
 * delivered in the end. And an invoke whose turn waits on the
 * connector longer than Teams' deadline is answered "being processed", while
 * the turn goes on to do its work.
 */
import { createBenchWorld, BOT_ID, CHANNEL_ID, type BenchWorld } from '../../bench/vote-burst-setup';
import { answeredCard, cardText } from './card-text';
import {
  botAdded,
  direct,
  execute,
  mention,
  personalChatId,
  scene,
  type TeamsScene,
  type TeamsUser,
} from './activities';
import { startTeamsHarness, type PostResult, type TeamsHarness } from './harness';
import { importSeedRoster, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(90_000);

const SLOW_MS = 20_000;
const TYPED = 8;
const PRESSES = 5;

async function waitFor(condition: () => boolean, what: string, limitMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function benchUser(member: BenchWorld['members'][number], n: number): TeamsUser {
  return { id: `29:bench${n}`, aadObjectId: member.aadObjectId, name: `Đảng viên ${n}`, email: `dv${n}@example.vn` };
}

describe('Teams with a Bot Connector that answers posts in 20 s', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  let world: BenchWorld;

  beforeEach(async () => {
    h = await startTeamsHarness();
    s = { ...scene(h.connector.serviceUrl, BOT_ID), channelId: CHANNEL_ID };
    world = await createBenchWorld(h.db, TYPED + PRESSES, h.clock.now(), h.connector.serviceUrl);
  });
  afterEach(async () => {
    h.connector.delayCalls(null);
    await h.close();
  });

  it('answers vote presses with the updated card while eight typed messages wait for their replies, then delivers every reply', async () => {
    const users = world.members.map(benchUser);
    h.connector.delayCalls({ method: 'POST', ms: SLOW_MS });
    const finished: string[] = [];
    // Typed in each member's personal chat: the help is theirs, posted there with the turn's own context.
    const typed = users
      .slice(0, TYPED)
      .map((user) => h.post(direct(s, user, 'trợ giúp')).then((result) => (finished.push('typed'), result)));
    // Every typed message is now waiting on the connector to post its reply.
    await waitFor(() => h.connector.delayedNow === TYPED, 'the typed messages to reach the connector');

    const pressed: PostResult[] = await Promise.all(
      users
        .slice(TYPED)
        .map((user) =>
          h
            .post(execute(s, user, 'vote.cast', { motionId: world.motionId, choice: 'approve' }))
            .then((result) => (finished.push('press'), result)),
        ),
    );
    expect(finished).toEqual(Array(PRESSES).fill('press'));
    expect(h.connector.posted).toHaveLength(0);
    for (const result of pressed) {
      expect(result.status).toBe(200);
      expect(cardText(answeredCard(result.body))).toContain('Tán thành');
    }
    expect(await h.db.prisma.ballot.count({ where: { motionId: world.motionId, choice: 'approve' } })).toBe(PRESSES);

    // The messages are answered within the Bot Connector's 15 s, before their replies are through…
    const replies = await Promise.all(typed);
    expect(replies.map((r) => r.status)).toEqual(Array(TYPED).fill(200));
    expect(finished.slice(PRESSES)).toEqual(Array(TYPED).fill('typed'));
    expect(h.connector.posted).toHaveLength(0);
    // …and the replies are all posted once the connector answers.
    await waitFor(() => h.connector.posted.length === TYPED, 'every reply to be posted', SLOW_MS + 10_000);
    // One reply in each typed message's own chat.
    expect(new Set(h.connector.posted.map((p) => p.conversationId))).toEqual(
      new Set(users.slice(0, TYPED).map(personalChatId)),
    );
  });

  it('queues a reply the connector refused in the outbox, which delivers it to the same thread', async () => {
    // The secretary's roll call is the cell's: it is posted in the thread it was typed in.
    const [secretary] = world.members.map(benchUser);
    // More refusals than the turn's connector client absorbs with retries of its own.
    h.connector.failNext({ method: 'POST', status: 503, times: 4 });
    const activity = mention(s, secretary!, 'điểm danh');
    expect((await h.post(activity)).status).toBe(200);
    expect(h.connector.posted).toHaveLength(0);
    expect(await h.db.prisma.outboxMessage.count({ where: { status: 'pending' } })).toBe(1);

    await h.flushOutbox();
    expect(h.connector.posted).toHaveLength(1);
    expect(h.connector.posted[0]?.conversationId).toBe(activity.conversation.id);
  });
});

describe('Teams with a Bot Connector slower than the 5 s an invoke may take', () => {
  let h: TeamsHarness;
  let s: TeamsScene;

  beforeEach(async () => {
    h = await startTeamsHarness();
    s = scene(h.connector.serviceUrl);
    await importSeedRoster(h.db);
    h.connector.setMembers(PEOPLE.map((p) => p.user));
  });
  afterEach(async () => {
    h.connector.delayCalls(null);
    await h.close();
  });

  it('answers the press "being processed" before the connector answers, and the turn still binds the conversation', async () => {
    expect((await h.post(botAdded(s, SECRETARY.user))).status).toBe(200);
    // "Thiết lập chi bộ" reads the team's members from the connector: 8 s today.
    h.connector.delayCalls({ method: 'GET', ms: 8_000 });
    const answer = await h.post(execute(s, SECRETARY.user, 'setup.start', {}));

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(String((answer.body as { value: unknown }).value)).toContain('đang được xử lý');
    expect(h.connector.delayedNow).toBe(1);
    expect(await h.db.prisma.conversation.count()).toBe(0);

    // The turn goes on: the channel's close waits for it, as a shutdown would.
    await h.teams.close();
    expect(await h.db.prisma.conversation.findFirstOrThrow()).toMatchObject({ conversationId: s.channelId });
    await h.flushOutbox();
    expect(h.connector.posted.at(-1)?.activity['text']).toContain('đã gắn cuộc trò chuyện này với danh sách đảng viên');
  });
});
