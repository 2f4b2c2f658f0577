/**
 * A refusal names the real reason (issue 13): who may act is checked before
 * the meeting or motion is looked up, so a probationary member typing "kết
 * thúc biểu quyết" is told who may close a vote, not that no vote was found.
 * And before a conversation is bound to a cell, help explains the setup
 * instead of listing commands that cannot work yet.
 */
import type { Turn, TurnResult } from '../../src/features/turn';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

function texts(result: TurnResult): string {
  return result.replies
    .map((r) => (r.kind === 'text' ? r.text : 'text' in r.view ? String(r.view.text) : ''))
    .join('\n');
}

describeEachDatabase('refusals name the real reason', (getDb) => {
  async function cellWithoutMeeting() {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-05T07:00:00Z'));
    const bot = playgroundBot({ db, clock, logger: silentLogger });
    const cell = await createCell(db);
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 3, probationary: 1 });
    return {
      db,
      clock,
      bot,
      ...driver(bot, clock),
      secretary,
      official: byStatus.official[1]!,
      probationary: byStatus.probationary[0]!,
    };
  }

  it('tells a probationary or ordinary member who may close a vote, record for others or note tasks — with no vote or meeting at all', async () => {
    const m = await cellWithoutMeeting();
    for (const [who, text, code] of [
      [m.probationary, 'kết thúc biểu quyết', 'role.chair_only'],
      [m.official, 'kết thúc biểu quyết', 'role.chair_only'],
      [m.probationary, `điểm danh hộ: ${m.official.fullName}`, 'role.recorder_only'],
      [m.official, `biểu quyết giơ tay: tán thành ${m.secretary.fullName}`, 'role.recorder_only'],
      [m.official, `nhiệm vụ: Báo cáo quý – ${m.secretary.fullName}`, 'role.secretary_only'],
    ] as const) {
      const result = await m.say(who, text);
      expect({ text, code: result.error?.code }).toEqual({ text, code });
    }
    const closing = await m.say(m.probationary, 'kết thúc biểu quyết');
    expect(closing.error?.message).toBe('Chỉ đồng chí chủ trì hoặc Bí thư được kết thúc biểu quyết.');
    expect(texts(closing)).not.toContain('Không tìm thấy');
    expect(await m.db.prisma.motion.count()).toBe(0);
  });

  it('still tells the committee, who may close, that there is nothing to close', async () => {
    const m = await cellWithoutMeeting();
    expect((await m.say(m.secretary, 'kết thúc biểu quyết')).error?.code).toBe('motion.not_found');
  });

  it("lets the meeting's chair (not on the committee) past the check to the meeting's own rule", async () => {
    const m = await cellWithoutMeeting();
    expectOk(
      await m.press(m.secretary, 'meeting.create', {
        date: '2025-09-05',
        time: '14:00',
        form: 'in_person',
        kind: 'regular',
        venues: 'Hội trường',
        agenda: 'Nghị quyết tháng 9',
        chairMemberId: m.official.id,
      }),
    );
    // The chair of a meeting that is not in progress is told there is no vote to close, as the committee is.
    expect((await m.say(m.official, 'kết thúc biểu quyết')).error?.code).toBe('motion.not_found');
    expect((await m.say(m.probationary, 'kết thúc biểu quyết')).error?.code).toBe('role.chair_only');
  });
});

describeEachDatabase('help before a cell is bound', (getDb) => {
  function unboundTurn(text: string, personal: boolean, locale: 'vi' | 'en' = 'vi'): Turn {
    return {
      event: { kind: 'message', text },
      actor: { platform: 'playground', platformUserId: 'nobody-yet' },
      conversation: { platform: 'playground', conversationId: 'not-a-cell', personal },
      locale,
      receivedAt: new Date('2025-09-01T03:00:00Z'),
      requestId: 'test-unbound',
    };
  }

  it('explains the setup steps with the setup button instead of member commands', async () => {
    const bot = playgroundBot({
      db: getDb(),
      clock: new ManualClock(new Date('2025-09-01T03:00:00Z')),
      logger: silentLogger,
    });
    const help = await bot.handle(unboundTurn('trợ giúp', false));
    expect(help.error).toBeUndefined();
    expect(help.replies.map((r) => (r.kind === 'card' ? r.view.type : r.kind))).toEqual(['message']);
    const [reply] = help.replies;
    if (reply?.kind !== 'card' || reply.view.type !== 'message') throw new Error('expected a message card');
    expect(reply.view.text).toContain('chưa được gắn với chi bộ nào');
    expect(reply.view.text).toContain('«Thiết lập chi bộ»');
    expect(reply.view.text).not.toMatch(/tán thành|xin vắng|điểm danh hộ/u);
    expect(reply.view.actions?.map((a) => a.verb)).toEqual(['setup.start']);

    const unknown = await bot.handle(unboundTurn('abc xyz', false));
    expect(texts(unknown)).toContain('Chưa hiểu yêu cầu của đồng chí.');
    expect(texts(unknown)).toContain('Các bước thiết lập');
    expect(unknown.replies.some((r) => r.kind === 'card' && r.view.type === 'help')).toBe(false);

    const english = await bot.handle(unboundTurn('help', false, 'en'));
    expect(texts(english)).toContain('This conversation is not bound to a cell yet');
  });

  it('tells a member whose account is linked to no cell, in a 1:1 chat, how to get linked', async () => {
    const bot = playgroundBot({
      db: getDb(),
      clock: new ManualClock(new Date('2025-09-01T03:00:00Z')),
      logger: silentLogger,
    });
    const help = await bot.handle(unboundTurn('trợ giúp', true));
    expect(texts(help)).toContain('chưa được liên kết với danh sách đảng viên');
    const [reply] = help.replies;
    expect(
      reply?.kind === 'card' && reply.view.type === 'message' ? reply.view.actions : 'not a message',
    ).toBeUndefined();
  });
});
