/**
 * An OA group bound to the cell: the notice arrives there as text; members answer there by text and digit; chat is
 * ignored. A member's confirmation (a reason for being away included) and a refusal go to their own 1:1 chat, never the group.
 */
import { ZALO_PATHS } from '../../src/channels/zalo/client';
import { OA_ID, startZaloHarness, textOf, type ZaloHarness } from './harness';
import { createMeeting, linkDirectly, seedZaloCell, type ZaloCell } from './setup';

const GROUP = '8888888888888888888';

describe('an OA-owned Zalo group', () => {
  let h: ZaloHarness;
  let c: ZaloCell;

  beforeAll(async () => {
    h = await startZaloHarness();
    c = await seedZaloCell(h);
    await linkDirectly(h, c.secretary, c.users.secretary);
    await linkDirectly(h, c.official1, c.users.official1);
    await h.db.prisma.conversation.create({ data: { platform: 'zalo', conversationId: GROUP, cellId: c.cellId } });
  });
  afterAll(async () => h.close());

  const groupText = (userId: string, text: string, msgId: string) =>
    h.webhook({
      event_name: 'user_send_group_text',
      sender: { id: userId },
      recipient: { id: GROUP },
      oa_id: OA_ID,
      message: { text, msg_id: msgId },
    });

  it('gets the notice as text with the digit answers, and records answers given in the group', async () => {
    const meetingId = await createMeeting(h, c.secretary);
    await groupText(c.users.secretary, 'thông báo', 'g-1');
    await h.settle();
    const toGroup = h.standIn.sent().filter((call) => call.path === ZALO_PATHS.group);
    expect(toGroup).toHaveLength(1);
    expect(toGroup[0]!.body).toMatchObject({ recipient: { group_id: GROUP } });
    expect(JSON.stringify(toGroup[0]!.body)).not.toContain('attachment');
    expect(textOf(toGroup[0]!)).toContain('Hoặc trả lời: 1 = Tham dự');

    const before = h.standIn.calls.length;
    await groupText(c.users.official1, 'hôm nay trời đẹp quá', 'g-2');
    await groupText(c.users.official1, '2', 'g-3');
    await groupText(c.users.secretary, 'vắng: họp Đảng ủy', 'g-4');
    await h.settle();
    const rows = await h.db.prisma.attendance.findMany({ where: { meetingId } });
    expect(rows.find((r) => r.memberId === c.official1.id)).toMatchObject({ rsvp: 'attend_online' });
    expect(rows.find((r) => r.memberId === c.secretary.id)).toMatchObject({
      rsvp: 'excused',
      rsvpReason: 'họp Đảng ủy',
    });
    const replies = h.standIn.calls
      .slice(before)
      .filter((call) => call.path === ZALO_PATHS.group)
      .map(textOf);
    expect(replies).toEqual([]);
    expect(
      h.textsTo(c.users.official1, before).some((t) => t.includes('Đồng chí đã đăng ký: Tham dự trực tuyến')),
    ).toBe(true);
    expect(h.textsTo(c.users.secretary, before).join('\n')).toContain('họp Đảng ủy');
  });

  it('sends a refusal of a command typed in the group to the sender alone', async () => {
    const before = h.standIn.calls.length;
    await groupText(c.users.official1, 'họp mới', 'g-5');
    await h.settle();
    expect(h.standIn.calls.slice(before).filter((call) => call.path === ZALO_PATHS.group)).toEqual([]);
    expect(h.textsTo(c.users.official1, before).join('\n')).toContain('Chỉ đồng chí Bí thư');
  });
});
