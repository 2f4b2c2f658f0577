/**
 * Malformed activities at POST /api/messages with authentication off (no app
 * id, as in development): a field of the wrong type is a 400 naming it, never
 * a 500 from inside the turn, and nothing is stored. Well-formed activities
 * (with Teams' nulls) still run.
 */
import { execute, mention, scene, teamsUser } from './activities';
import { startTeamsHarness, type TeamsHarness } from './harness';

const member = teamsUser(7, 'Trần Văn Bảy', 'bay.tran@hunglong.vn');

type Activity = Record<string, unknown>;
const withField = (activity: Activity, path: string, value: unknown): Activity => {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return activity;
  if (rest.length === 0) return { ...activity, [head]: value };
  return { ...activity, [head]: withField((activity[head] ?? {}) as Activity, rest.join('.'), value) };
};

describe('Teams activity shape (authentication off)', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
    h.connector.setMembers([member]);
  });
  afterAll(async () => {
    await h?.close();
  });

  const message = () => mention(scene(h.connector.serviceUrl), member, 'trợ giúp') as unknown as Activity;
  const invoke = () => execute(scene(h.connector.serviceUrl), member, 'setup.start', {}) as unknown as Activity;

  it.each([
    ['from.name', 42],
    ['from.name', { first: 'Bảy' }],
    ['from.aadObjectId', 7],
    ['text', 12345],
    ['text', { html: '<b>hi</b>' }],
    ['text', ['trợ giúp']],
    ['locale', 1],
    ['id', { id: 'x' }],
    ['conversation.id', 99],
    ['conversation.conversationType', []],
    ['conversation.isGroup', 'yes'],
    ['recipient.id', null],
    ['entities', 'mention'],
    ['entities', [{ type: 'mention', text: '<at>chibo</at>' }]],
    ['entities', [{ type: 7 }]],
    ['entities', [null]],
    ['membersAdded', { id: 'x' }],
    ['membersAdded', [{ name: 'no id' }]],
    ['channelData', 'tenant'],
  ])('refuses a message whose %s is %j with 400 naming the field', async (path, value) => {
    const result = await h.post(withField(message(), path, value));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: { code: 'activity.invalid', message: expect.stringContaining(path.split('.')[0] ?? '') },
    });
  });

  it.each([
    ['name', 5],
    ['from.name', true],
    ['replyToId', 1700000000001],
  ])('refuses an invoke whose %s is %j with 400', async (path, value) => {
    const result = await h.post(withField(invoke(), path, value));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: 'activity.invalid' } });
  });

  it('stored nothing for the refused activities', async () => {
    expect(await h.db.prisma.auditEvent.count()).toBe(0);
    expect(await h.db.prisma.outboxMessage.count()).toBe(0);
  });

  it('still runs a well-formed message, and one carrying nulls where Teams sends them', async () => {
    expect((await h.post(message())).status).toBe(200);
    const nulls = withField(withField(withField(message(), 'from.name', null), 'locale', null), 'channelData', null);
    expect((await h.post(nulls)).status).toBe(200);
  });
});
