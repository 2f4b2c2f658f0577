/**
 * One-shot actions through the playground channel, on both databases: the
 * notice is posted once (a second press, two presses at once, or the
 * scheduler after a press post nothing more and say so), the meeting form
 * makes one meeting however often it is submitted, and "bế mạc" closes once.
 */
import { createBot } from '../../src/features/bot';
import { runJob } from '../../src/scheduler/run-job';
import type { Database } from '../../src/store/database';
import type { TurnResult } from '../../src/features/turn';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';
import { playgroundDelivery } from '../scheduler/helpers';

const FORM = {
  date: '2026-12-05',
  time: '14:00',
  form: 'in_person',
  venues: 'Hội trường tầng 3',
  agenda: 'Thông tin thời sự\nNghị quyết tháng 12',
};

function noticeReplies(result: TurnResult): number {
  return result.replies.filter((r) => r.kind === 'card' && r.view.type === 'notice').length;
}

function textOf(result: TurnResult): string {
  const view = result.updatedCard ?? result.replies.find((r) => r.kind === 'card')?.view;
  return view?.type === 'message' ? view.text : '';
}

async function setUp(db: Database) {
  // 08:15 in Hà Nội on 3 December 2026.
  const clock = new ManualClock(new Date('2026-12-03T01:15:00Z'));
  const { say, press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
  const cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
  const { secretary, byStatus } = await createRoster(db, cell.id, { official: 4, probationary: 1 });
  return { clock, say, press, cell, secretary, official: byStatus.official[1]! };
}

describeEachDatabase('one-shot actions say they are done', (getDb) => {
  it('posts the notice once: the pressed card shows when, a second press posts nothing and says so', async () => {
    const db = getDb();
    const { press, say, cell, secretary } = await setUp(db);
    const formKey = 'form-key-notice-twice';
    const created = expectOk(await press(secretary, 'meeting.create', { ...FORM, kind: 'thematic', formKey }));
    const meetingId = cardOf(created, 'notice').meetingId;

    const first = expectOk(await press(secretary, 'notice.post', { meetingId }));
    expect(noticeReplies(first)).toBe(1);
    expect(first.updatedCard).toMatchObject({
      type: 'message',
      text: 'Đã gửi thông báo lúc 08 giờ 15, ngày 03/12/2026.',
    });
    expect(first.updatedCard).not.toHaveProperty('actions');

    const second = expectOk(await press(secretary, 'notice.post', { meetingId }));
    expect(second.replies).toEqual([]);
    expect(textOf(second)).toContain('Thông báo đã được gửi lúc 08 giờ 15, ngày 03/12/2026; không gửi lại');
    const typed = expectOk(await say(secretary, 'thông báo'));
    expect(noticeReplies(typed)).toBe(0);
    expect(textOf(typed)).toContain('Thông báo đã được gửi lúc');

    expect(await db.prisma.auditEvent.count({ where: { cellId: cell.id, type: 'notice.posted' } })).toBe(1);
  });

  it('posts one notice when two presses arrive at once, and the scheduler then posts none', async () => {
    const db = getDb();
    const { clock, press, cell, secretary } = await setUp(db);
    await db.prisma.conversation.create({ data: { platform: 'playground', conversationId: cell.id, cellId: cell.id } });
    const meetingId = cardOf(
      expectOk(await press(secretary, 'meeting.create', { ...FORM, kind: 'extraordinary' })),
      'notice',
    ).meetingId;

    const both = await Promise.all([
      press(secretary, 'notice.post', { meetingId }),
      press(secretary, 'notice.post', { meetingId }),
    ]);
    both.forEach(expectOk);
    expect(both.map(noticeReplies).sort()).toEqual([0, 1]);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: meetingId, type: 'notice.posted' } })).toBe(1);

    const deps = {
      db,
      clock,
      logger: silentLogger,
      delivery: playgroundDelivery(db, clock),
      bot: createBot({ db, clock, logger: silentLogger }),
    };
    const occurrence = {
      key: `notice|${cell.id}|${meetingId}`,
      job: 'notice' as const,
      cellId: cell.id,
      meetingId,
      at: clock.now(),
      meetingEndsAt: clock.now(),
    };
    expect(await runJob(deps, occurrence)).toMatchObject({ queued: 0 });
    expect(await db.prisma.outboxMessage.count()).toBe(0);
  });

  it('lets the scheduler announce a draft once, and a press after it posts nothing', async () => {
    const db = getDb();
    const { clock, press, cell, secretary } = await setUp(db);
    await db.prisma.conversation.create({ data: { platform: 'playground', conversationId: cell.id, cellId: cell.id } });
    const meetingId = cardOf(
      expectOk(await press(secretary, 'meeting.create', { ...FORM, kind: 'extraordinary' })),
      'notice',
    ).meetingId;
    const deps = {
      db,
      clock,
      logger: silentLogger,
      delivery: playgroundDelivery(db, clock),
      bot: createBot({ db, clock, logger: silentLogger }),
    };
    const occurrence = {
      key: `notice|${cell.id}|${meetingId}|s`,
      job: 'notice' as const,
      cellId: cell.id,
      meetingId,
      at: clock.now(),
      meetingEndsAt: clock.now(),
    };
    expect(await runJob(deps, occurrence)).toMatchObject({ queued: 1 });
    // The same occurrence run again (a resumed run) queues nothing new; a press posts nothing.
    expect(await runJob(deps, occurrence)).toMatchObject({ queued: 0, existing: 1 });
    const after = expectOk(await press(secretary, 'notice.post', { meetingId }));
    expect(noticeReplies(after)).toBe(0);
    expect(textOf(after)).toContain('Thông báo đã được gửi lúc');
  });

  it('makes one meeting of a form submitted twice, in turn or at once', async () => {
    const db = getDb();
    const { press, say, cell, secretary } = await setUp(db);
    const shown = cardOf(expectOk(await say(secretary, 'họp mới')), 'meeting.form');
    expect(shown.formKey).toMatch(/^[\w-]{8,64}$/);
    const data = { ...FORM, kind: 'thematic', formKey: shown.formKey };

    const first = expectOk(await press(secretary, 'meeting.create', data));
    expect(textOf({ ...first, replies: [] })).toContain('Đã tạo kỳ sinh hoạt từ biểu mẫu này lúc');
    const again = expectOk(await press(secretary, 'meeting.create', data));
    expect(again.replies).toEqual([]);
    expect(textOf(again)).toContain('Biểu mẫu này đã được gửi; không tạo thêm kỳ sinh hoạt');
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(1);

    const racing = { ...FORM, date: '2026-12-20', kind: 'extraordinary', formKey: 'form-key-racing-submits' };
    const both = await Promise.all([
      press(secretary, 'meeting.create', racing),
      press(secretary, 'meeting.create', racing),
    ]);
    both.forEach(expectOk);
    expect(both.map((r) => r.replies.length).sort()).toEqual([0, 2]);
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(2);

    // The month's regular meeting, filled by one form at once twice: filled once.
    const regular = { ...FORM, kind: 'regular', formKey: 'form-key-regular-once' };
    expectOk(await press(secretary, 'meeting.create', { ...regular, formKey: 'form-key-regular-first' }));
    const fills = await Promise.all([
      press(secretary, 'meeting.create', regular),
      press(secretary, 'meeting.create', regular),
    ]);
    fills.forEach(expectOk);
    expect(fills.map((r) => r.replies.length).sort()).toEqual([0, 2]);
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id, kind: 'regular' } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { cellId: cell.id, type: 'meeting.updated' } })).toBe(1);
  });

  it('closes the meeting once: a second "bế mạc", or two at once, change nothing and say when', async () => {
    const db = getDb();
    const { clock, say, cell, secretary } = await setUp(db);
    const meeting = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2026-12',
        startsAt: clock.now(),
        status: 'announced',
        noticePostedAt: new Date('2026-11-20T01:00:00Z'),
      },
    });
    // Two opens at once start the meeting once; a later one does not move its start.
    (await Promise.all([say(secretary, 'điểm danh'), say(secretary, 'điểm danh')])).forEach(expectOk);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: meeting.id, type: 'rollcall.opened' } })).toBe(1);
    clock.advance(5 * 60_000);
    expectOk(await say(secretary, 'điểm danh'));
    expect((await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).startedAt).toEqual(
      new Date('2026-12-03T01:15:00Z'),
    );
    clock.advance(95 * 60_000);
    const first = expectOk(await say(secretary, 'bế mạc'));
    expect(cardOf(first, 'summary').meetingId).toBe(meeting.id);
    const second = expectOk(await say(secretary, 'bế mạc'));
    expect(second.replies).toHaveLength(1);
    expect(textOf(second)).toBe('Kỳ sinh hoạt đã bế mạc lúc 09 giờ 55, ngày 03/12/2026.');
    expect(await db.prisma.auditEvent.count({ where: { subjectId: meeting.id, type: 'meeting.closed' } })).toBe(1);

    const other = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2026-12',
        kind: 'extraordinary',
        startsAt: clock.now(),
        status: 'in_progress',
        startedAt: clock.now(),
      },
    });
    const both = await Promise.all([say(secretary, 'bế mạc'), say(secretary, 'bế mạc')]);
    both.forEach(expectOk);
    expect(both.map((r) => r.replies.length).sort()).toEqual([1, 2]);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: other.id, type: 'meeting.closed' } })).toBe(1);
  });
});
