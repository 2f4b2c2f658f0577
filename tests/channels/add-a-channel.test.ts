/**
 * ARCHITECTURE.md's "Add a channel", proved: a fake channel (its own folder,
 * tests/support/fake-channel) joins the app through the one registration list
 * and works end to end over HTTP on loopback — its turns are answered, it
 * hands setup its directory, it hears the shared-card news of a turn once,
 * and the outbox sends to it through its transport.
 */
import { CHANNEL_REGISTRY } from '../../src/channels/registry';
import { startTestApp, type TestApp } from '../support/app';
import { fakeChannel, FAKE, type FakeChannel } from '../support/fake-channel';
import { createCell, createRoster } from '../support/factories';
import type { Member } from '../../src/store/rows';

interface Answer {
  readonly replies: string[];
  readonly updatedCard?: string;
  readonly error?: { readonly code: string };
}

describe('a channel added by its folder and one registration line', () => {
  let t: TestApp;
  let fake: FakeChannel;
  let cellId: string;
  let secretary: Member;

  const turn = async (body: Record<string, unknown>): Promise<Answer> => {
    const response = await fetch(`${t.url}/fake/api/turn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: cellId, ...body }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Answer;
  };

  beforeAll(async () => {
    t = await startTestApp({ background: false, channelRegistry: [...CHANNEL_REGISTRY, fakeChannel] });
    const registered = t.app.channels.get(fakeChannel);
    if (registered === undefined) throw new Error('the fake channel was not made');
    fake = registered;
    const cell = await createCell(t.db, { name: 'Chi bộ Thử Kênh' });
    cellId = cell.id;
    ({ secretary } = await createRoster(t.db, cell.id, { official: 2 }));
    // What the channel's own linking would write: the secretary's account, the conversation bound to the cell.
    await t.db.prisma.channelAccount.create({
      data: { platform: FAKE, platformUserId: 'fake-secretary', memberId: secretary.id },
    });
    await t.db.prisma.conversation.create({ data: { platform: FAKE, conversationId: cell.id, cellId: cell.id } });
  });

  afterAll(async () => {
    await t.close();
  });

  it("is one of the app's channels, next to the registered ones", () => {
    expect(t.app.channels.modules.map((m) => m.platform)).toEqual(['teams', 'playground', FAKE]);
  });

  it("answers its turns and hears a posted card's news once, for the turn's cell", async () => {
    const created = await turn({
      userId: 'fake-secretary',
      verb: 'meeting.create',
      data: {
        date: '2025-09-05',
        time: '14:00',
        form: 'in_person',
        kind: 'regular',
        venues: 'Hội trường tầng 3',
        agenda: 'Thông tin thời sự',
        chairMemberId: secretary.id,
      },
    });
    expect(created.error).toBeUndefined();
    expect(created.replies.join('\n')).toContain('"type":"notice"');
    expect(fake.heard).toEqual([]);

    const posted = await turn({ userId: 'fake-secretary', text: 'thông báo' });
    expect(posted.error).toBeUndefined();
    expect(posted.replies.join('\n')).toContain('Hội trường tầng 3');
    expect(fake.heard).toHaveLength(1);
    expect(fake.heard[0]).toMatchObject({
      cellId,
      news: { origin: FAKE, posted: [expect.stringMatching(/^notice:/) as unknown] },
    });
  });

  it('refuses a stranger as every channel does', async () => {
    const answer = await turn({ userId: 'nobody', text: 'thông báo' });
    expect(answer.error?.code).toBe('member.unknown');
  });

  it("hands setup its directory: the roster card links the conversation's accounts", async () => {
    fake.people.push(
      { platformUserId: 'fake-secretary', name: secretary.fullName },
      { platformUserId: 'fake-newcomer', name: 'Lê Văn Mới', email: 'moi@example.vn' },
    );
    const roster = await turn({ userId: 'fake-secretary', verb: 'setup.roster', data: { page: '1' } });
    expect(roster.updatedCard).toContain('Cuộc trò chuyện có 2 tài khoản: đã liên kết 1');
    expect(roster.updatedCard).toContain('Lê Văn Mới');
  });

  it('gets proactive sends through its transport, rendered by its renderer', async () => {
    const report = await t.app.channels.delivery.toCell(
      cellId,
      { type: 'message', locale: 'vi', tone: 'info', text: 'Nhắc lịch sinh hoạt' },
      'test.reminder',
      'fake-1',
    );
    expect(report.queued).toBe(1);
    await t.app.channels.dispatcher.runOnce();
    expect(fake.sent).toEqual([
      { recipient: cellId, payload: { kind: 'text', text: expect.stringContaining('Nhắc lịch sinh hoạt') as unknown } },
    ]);
  });
});
