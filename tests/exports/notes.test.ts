/**
 * Speakers, tasks and targets during a meeting through the playground channel,
 * with role checks and audit events, and the "biên bản" command answering the
 * committee with signed download links.
 */
import type { BotDependencies } from '../../src/features/bot';
import { renderCard } from '../../src/cards/render';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import { verifyLink } from '../../src/web/signed-links';
import { ofType } from '../support/card-checks';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

const SECRET = 'notes-test-secret-0123456789abcdef0123';

describeEachDatabase('meeting notes and document links', (getDb) => {
  it('records speakers, tasks and targets; refuses members who may not', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-05T07:30:00Z'));
    const links = createDocumentLinks({ secret: SECRET, baseUrl: () => 'https://chibo.example.org', clock });
    const deps: BotDependencies = Object.assign({ db, clock, logger: silentLogger }, { links });
    const { say, press } = driver(playgroundBot(deps), clock);
    const cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 4, probationary: 1 });
    const [taker, plain] = byStatus.official.slice(1);
    const meeting = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2025-09',
        startsAt: new Date('2025-09-05T07:00:00Z'),
        status: 'in_progress',
        chairMemberId: secretary.id,
        minuteTakerMemberId: taker!.id,
      },
    });

    expect(cardOf(expectOk(await say(plain!, 'đăng ký phát biểu')), 'message').text).toContain('thứ tự: 1');
    expectOk(await say(plain!, 'đăng ký phát biểu'));
    expect(await db.prisma.speech.count({ where: { meetingId: meeting.id } })).toBe(1);
    expect((await say(plain!, `phát biểu: ${taker!.fullName}: tự ghi`)).error?.code).toBe('role.secretary_only');
    expectOk(await say(taker!, `phát biểu: ${plain!.fullName}: Đề nghị tăng cường kiểm tra.`));
    const speeches = await db.prisma.speech.findMany({ where: { meetingId: meeting.id } });
    expect(speeches).toEqual([
      expect.objectContaining({ memberId: plain!.id, status: 'recorded', gist: 'Đề nghị tăng cường kiểm tra.' }),
    ]);
    expect((await say(taker!, 'phát biểu: Người Lạ Hoàn Toàn: x')).error?.code).toBe('input.invalid');

    expect((await say(taker!, `nhiệm vụ: Báo cáo – ${plain!.fullName} – 30/9/2025`)).error?.code).toBe(
      'role.secretary_only',
    );
    expectOk(await press(secretary, 'task.add', { title: 'Báo cáo quý', owner: plain!.fullName, due: '30/9/2025' }));
    expect(await db.prisma.task.findFirst({ where: { meetingId: meeting.id } })).toMatchObject({
      ownerMemberId: plain!.id,
      dueDate: new Date('2025-09-30T00:00:00Z'),
    });
    expect((await press(secretary, 'task.add', { title: 'x', owner: 'y', due: '31/2/2025' })).error?.code).toBe(
      'input.invalid',
    );

    expectOk(await say(secretary, 'chỉ tiêu năm: Giới thiệu quần chúng = 180 người'));
    expect(cardOf(expectOk(await say(secretary, 'chỉ tiêu: giới thiệu quần chúng +37')), 'message').text).toContain(
      'Giới thiệu quần chúng: 37/180 người',
    );
    expectOk(await press(secretary, 'target.progress', { metric: 'Giới thiệu quần chúng', amount: '3' }));
    expect(await db.prisma.target.findFirst({ where: { cellId: cell.id } })).toMatchObject({
      period: '2025',
      goal: 180,
      progress: 40,
    });
    expect((await say(plain!, 'chỉ tiêu: Giới thiệu quần chúng +1')).error?.code).toBe('role.secretary_only');

    const types = (await db.prisma.auditEvent.findMany({ where: { cellId: cell.id } })).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['speaker.registered', 'speech.recorded', 'task.added', 'target.set', 'target.progress']),
    );

    await db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'closed' } });
    expect((await say(plain!, 'biên bản')).error?.code).toBe('role.secretary_only');
    const answer = cardOf(expectOk(await say(secretary, 'biên bản')), 'message');
    expect(answer.links).toHaveLength(3);
    const card = renderCard(answer);
    expect(ofType(card, 'Action.OpenUrl')).toHaveLength(3);
    const token = decodeURIComponent(new URL(answer.links?.[0]?.url ?? '').pathname.split('/').pop() ?? '');
    expect(verifyLink(SECRET, token, clock.now(), 'minutes')).toMatchObject({
      ok: true,
      claims: { memberId: secretary.id, subjectId: meeting.id },
    });
    const dashboard = cardOf(expectOk(await say(secretary, 'bảng điều khiển')), 'message');
    expect(dashboard.links?.[0]?.url).toMatch(/^https:\/\/chibo\.example\.org\/tab\?token=/);
  });

  it('says so when the server issues no links', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-05T07:30:00Z'));
    const { say } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary } = await createRoster(db, cell.id, { official: 2 });
    expect(cardOf(await say(secretary, 'bảng điều khiển'), 'message').text).toContain('PUBLIC_BASE_URL');
  });
});
