/**
 * The playground's routes over HTTP on loopback: a member who answered the
 * notice "online from the factory" sees the factory preselected on the roll
 * call, another member the main venue; the notice a member sees opens the
 * online room.
 */
import { createCell, createRoster } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

type Json = Record<string, unknown>;
const MAIN = 'Hội trường tầng 3';
const FACTORY = 'Điểm cầu Nhà máy số 2';
const JOIN_URL = 'https://meet.google.com/abc-defg-hij';

function elements(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (typeof node !== 'object' || node === null) return [];
  return [node as Json, ...Object.values(node as Json).flatMap(elements)];
}

describe('the playground roll call, per member', () => {
  let t: TestApp;
  let cellId: string;
  const ids: Record<'secretary' | 'online' | 'inRoom', string> = { secretary: '', online: '', inRoom: '' };

  const turn = async (memberId: string, body: Json): Promise<Json> => {
    const res = await fetch(`${t.url}/playground/api/turn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cellId, memberId, ...body }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const card = async (cardKey: string, memberId: string): Promise<Json> => {
    const res = await fetch(`${t.url}/playground/api/cards/${encodeURIComponent(cardKey)}?memberId=${memberId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { card: Json }).card;
  };
  const venueValue = (c: Json): unknown => elements(c).find((e) => e['id'] === 'venue')?.['value'];

  beforeAll(async () => {
    t = await startTestApp();
    const cell = await createCell(t.db, { onlineApprovalRef: '15-CV/ĐUK' });
    cellId = cell.id;
    const { secretary, byStatus } = await createRoster(t.db, cellId, { official: 4 });
    ids.secretary = secretary.id;
    ids.online = byStatus.official[1]!.id;
    ids.inRoom = byStatus.official[2]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('preselects the venue each member gave in their answer', async () => {
    await turn(ids.secretary, {
      action: {
        verb: 'meeting.create',
        data: {
          date: '2025-09-05',
          time: '14:00',
          form: 'mixed',
          kind: 'regular',
          venues: `${MAIN}\n${FACTORY}`,
          joinUrl: JOIN_URL,
          agenda: 'Nghị quyết tháng 9',
        },
      },
    });
    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { cellId } });
    await turn(ids.secretary, { text: 'thông báo' });
    const notice = await card(`notice:${meeting.id}`, ids.online);
    expect((notice['actions'] as Json[]).find((a) => a['type'] === 'Action.OpenUrl')).toEqual({
      type: 'Action.OpenUrl',
      title: 'Vào phòng họp trực tuyến',
      url: JOIN_URL,
    });
    await turn(ids.online, {
      action: { verb: 'rsvp.answer', data: { meetingId: meeting.id, answer: 'attend_online', venue: FACTORY } },
    });
    t.clock.set(new Date('2025-09-05T07:00:00Z'));
    await turn(ids.secretary, { text: 'điểm danh' });
    expect(venueValue(await card(`rollcall:${meeting.id}`, ids.online))).toBe(FACTORY);
    expect(venueValue(await card(`rollcall:${meeting.id}`, ids.inRoom))).toBe(MAIN);
  });
});
