/**
 * Presses that come close together may answer from a count of a moment ago
 * (src/features/votes/tally-memo.ts): each member's card must still count
 * their own ballot, never count a ballot twice, and a press in sequence must
 * see exactly the stored ballots.
 */
import type { VoteView } from '../../src/cards/view-models';
import { createBot } from '../../src/features/bot';
import { createTallyMemo } from '../../src/features/votes/tally-memo';
import type { TurnResult } from '../../src/features/turn';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { markPresent } from '../support/presence';
import { cardOf, driver, ManualClock, silentLogger, playgroundBot } from '../support/turns';

function myCard(result: TurnResult): VoteView {
  if (result.updatedCard?.type !== 'vote')
    throw new Error(`no vote card: ${JSON.stringify(result.error ?? result.updatedCard)}`);
  return result.updatedCard;
}

async function openVote(getDb: () => Parameters<typeof createBot>[0]['db'], officials: number) {
  const db = getDb();
  const clock = new ManualClock(new Date('2025-09-05T07:00:00Z'));
  // The memo as the composition root (src/app.ts) gives it.
  const bot = playgroundBot({ db, clock, logger: silentLogger, tallyMemo: createTallyMemo() });
  const cell = await createCell(db);
  const roster = await createRoster(db, cell.id, { official: officials, probationary: 2 });
  const meeting = await db.prisma.meeting.create({
    data: {
      cellId: cell.id,
      period: '2025-09',
      startsAt: clock.now(),
      status: 'in_progress',
      chairMemberId: roster.secretary.id,
    },
  });
  const { say, press } = driver(bot, clock);
  await say(roster.secretary, 'điểm danh');
  // Everyone is recorded present: only members present vote.
  await markPresent(
    db,
    meeting.id,
    [...roster.byStatus.official, ...roster.byStatus.probationary].map((m) => m.id),
  );
  const vote = cardOf(await say(roster.secretary, 'biểu quyết Nghị quyết tháng 9'), 'vote');
  return { db, bot, roster, press, motionId: vote.motionId };
}

describeEachDatabase("the tally on a member's card after a press", (getDb) => {
  it('counts exactly the stored ballots when members press one after another', async () => {
    const { roster, press, motionId } = await openVote(getDb, 12);
    const voters = roster.byStatus.official;
    for (const [i, member] of voters.entries()) {
      const card = myCard(await press(member, 'vote.cast', { motionId, choice: i % 3 === 0 ? 'reject' : 'approve' }));
      const cast = i + 1;
      expect(card.tally.approve + card.tally.reject).toBe(cast);
      expect(card.tally.reject).toBe(Math.floor(i / 3) + 1);
      expect(card.tally.notVoted).toBe(voters.length - cast);
      expect(card.myChoice?.choice).toBe(i % 3 === 0 ? 'reject' : 'approve');
    }
    // A changed ballot is counted afresh: one approve fewer, one reject more.
    const changed = myCard(await press(voters[1]!, 'vote.cast', { motionId, choice: 'reject' }));
    expect(changed.tally).toMatchObject({ approve: 7, reject: 5, notVoted: 0 });
  });

  it('shows each member of a burst their own ballot and never more ballots than are stored', async () => {
    const { db, bot, roster, press, motionId } = await openVote(getDb, 30);
    const voters = roster.byStatus.official;
    const cards = (
      await Promise.all(voters.map((member) => press(member, 'vote.cast', { motionId, choice: 'approve' })))
    ).map(myCard);
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(voters.length);
    for (const card of cards) {
      expect(card.myChoice?.choice).toBe('approve');
      expect(card.tally.approve).toBeGreaterThanOrEqual(1);
      expect(card.tally.approve).toBeLessThanOrEqual(voters.length);
      expect(card.tally.approve + card.tally.notVoted).toBe(voters.length);
    }
    // The shared card, counted when it is sent, counts everyone: nothing was lost or counted twice on the way.
    const next = await bot.sharedCard(`vote:${motionId}`);
    expect(next.type === 'vote' ? next.tally.approve : -1).toBe(voters.length);
    // A member refreshing their card sees their own choice for certain; the count may be half a second old.
    const refreshed = await bot.viewCard(
      `vote:${motionId}`,
      { platform: 'playground', platformUserId: voters[0]!.id },
      'vi',
    );
    expect(refreshed.type === 'vote' ? refreshed.myChoice?.choice : undefined).toBe('approve');
    expect(refreshed.type === 'vote' ? refreshed.tally.approve : -1).toBeGreaterThanOrEqual(1);
    expect(refreshed.type === 'vote' ? refreshed.tally.approve : Infinity).toBeLessThanOrEqual(voters.length);
  });
});
