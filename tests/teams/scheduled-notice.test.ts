/**
 * The notice the scheduler posts by itself (no one typed "thông báo") is a
 * shared card like any other: the message Teams gives it is remembered, and the
 * RSVPs that follow refresh that message, over real HTTP to the stand-in.
 */
import { attachedCard, answeredCard, cardText } from './card-text';
import { botAdded, execute, scene, type TeamsScene } from './activities';
import { startTeamsHarness, type TeamsHarness } from './harness';
import { CELL_NAME, importSeedRoster, PEOPLE, SECRETARY } from './month-fixture';

jest.setTimeout(60_000);

describe('a notice posted by the scheduler in a Teams channel', () => {
  let h: TeamsHarness;
  let s: TeamsScene;

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2023-11-25T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    await importSeedRoster(h.db);
    h.connector.setMembers(PEOPLE.map((p) => p.user));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is refreshed in place when members answer it', async () => {
    expect((await h.post(botAdded(s, SECRETARY.user))).status).toBe(200);
    expect((await h.post(execute(s, SECRETARY.user, 'setup.start', {}))).status).toBe(200);
    const values = {
      cellName: CELL_NAME,
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp tỉnh',
      meetingDay: '5',
      meetingTime: '14:00',
      timezone: '',
      reminders: '10080',
      approvalRef: '',
      approvalDate: '',
    };
    expect(cardText(answeredCard((await h.post(execute(s, SECRETARY.user, 'setup.save', values))).body))).toContain(
      'Đồng bộ danh sách đảng viên',
    );
    // Members are linked to their Teams accounts by the roster sync.
    await h.post(execute(s, SECRETARY.user, 'setup.roster', { page: '1' }));
    await h.flushOutbox();

    // 5 December 2023, 14:00 in Hà Nội; the notice goes out seven days before.
    h.clock.set(new Date('2023-11-28T07:01:00Z'));
    await h.app.channels.scheduler.tick();
    const postedBefore = h.connector.posted.length;
    await h.flushOutbox();
    const notices = h.connector.posted
      .slice(postedBefore)
      .filter((p) => cardText(attachedCard(p.activity) ?? {}).includes('THÔNG BÁO'));
    expect(notices).toHaveLength(1);
    const meeting = await h.db.prisma.meeting.findFirstOrThrow();
    const remembered = await h.db.prisma.cardMessage.findFirstOrThrow({ where: { cardKey: `notice:${meeting.id}` } });
    expect(remembered.platformMessageId).toBe(notices[0]!.activityId);

    const member = PEOPLE[10]!;
    const mine = answeredCard(
      (
        await h.post(
          execute(
            s,
            member.user,
            'rsvp.answer',
            { meetingId: meeting.id, answer: 'excused', reason: 'Đi công tác tại Đà Nẵng' },
            remembered.platformMessageId,
          ),
        )
      ).body,
    );
    expect(cardText(mine)).toContain('Đi công tác tại Đà Nẵng');
    const updatedBefore = h.connector.updated.length;
    // The update waits for the next second's window: nothing is sent now, and a second answer joins it.
    await h.dispatcher.runOnce();
    expect(h.connector.updated.length).toBe(updatedBefore);
    await h.post(
      execute(
        s,
        PEOPLE[11]!.user,
        'rsvp.answer',
        { meetingId: meeting.id, answer: 'attend' },
        remembered.platformMessageId,
      ),
    );
    expect(await h.db.prisma.outboxMessage.count({ where: { operation: 'update', status: 'pending' } })).toBe(1);
    await h.flushOutbox();
    const updates = h.connector.updated
      .slice(updatedBefore)
      .filter((u) => u.activityId === remembered.platformMessageId);
    expect(updates).toHaveLength(1);
    expect(cardText(attachedCard(updates[0]!.activity) ?? {})).toMatch(
      /Tham dự\s+1\s+Tham dự trực tuyến\s+0\s+Xin vắng\s+1\s+Chưa trả lời\s+70/,
    );
  });
});
