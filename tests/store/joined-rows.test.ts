/**
 * The hot-path reads done as raw joins (src/store/joined-rows.ts) must give
 * exactly the rows Prisma's own queries give — every column, with Prisma's
 * types — on both databases, and nothing where the join finds nothing.
 */
import { findMemberByAccount, resolveTurn } from '../../src/features/shared/resolve';
import { findVoteCardMotion, loadOpinions, requireBallotContext } from '../../src/features/votes/motion-queries';
import type { Database } from '../../src/store/database';
import { describeEachDatabase } from '../support/databases';
import { createCell, createMember } from '../support/factories';

let seeds = 0;

/** A cell with what the reads join; the names it returns are unique to this call (the database is shared by the tests). */
async function seed(db: Database) {
  seeds += 1;
  const tag = `s${seeds}`;
  // Nullable columns filled, so a wrong type or a column left out shows.
  const cell = await createCell(db, {
    onlineApprovalRef: '12-QĐ/ĐU',
    onlineApprovalDate: new Date('2025-01-02T03:04:05.678Z'),
    excusedInDenominator: false,
    attachedInMayVote: true,
  });
  const other = await createCell(db);
  const voter = await createMember(db, cell.id, { status: 'official', email: 'a@example.org', partyGroup: 'Tổ 1' });
  await db.prisma.member.update({
    where: { id: voter.id },
    data: {
      joinedAt: new Date('2010-05-06T00:00:00Z'),
      officialAt: new Date('2011-05-06T00:00:00Z'),
      phone: '0901234567',
    },
  });
  const probationary = await createMember(db, cell.id, { status: 'probationary' });
  const stranger = await createMember(db, other.id);
  await db.prisma.channelAccount.createMany({
    data: [
      { platform: 'teams', platformUserId: `aad-voter-${tag}`, memberId: voter.id, displayName: 'Voter' },
      { platform: 'teams', platformUserId: `aad-stranger-${tag}`, memberId: stranger.id },
    ],
  });
  await db.prisma.conversation.create({
    data: { platform: 'teams', conversationId: `19:cell-${tag}@thread.tacv2`, cellId: cell.id, reference: '{}' },
  });
  const meeting = await db.prisma.meeting.create({
    data: {
      cellId: cell.id,
      period: '2025-09',
      startsAt: new Date('2025-09-05T07:00:00Z'),
      status: 'in_progress',
      venues: '["Hội trường A"]',
      chairMemberId: voter.id,
    },
  });
  const motion = await db.prisma.motion.create({
    data: {
      meetingId: meeting.id,
      title: 'Nghị quyết',
      kind: 'admission',
      openedAt: new Date('2025-09-05T08:00:00Z'),
      deadline: new Date('2025-09-05T09:00:00Z'),
    },
  });
  await db.prisma.attendance.create({
    data: { meetingId: meeting.id, memberId: voter.id, presence: 'present', rsvp: 'attend', checkedInAt: new Date() },
  });
  await db.prisma.opinion.create({
    data: {
      motionId: motion.id,
      memberId: probationary.id,
      text: 'Ý kiến thứ hai',
      createdAt: new Date('2025-09-05T08:02:00Z'),
    },
  });
  await db.prisma.opinion.create({
    data: {
      motionId: motion.id,
      memberId: probationary.id,
      text: 'Ý kiến thứ nhất',
      createdAt: new Date('2025-09-05T08:01:00Z'),
    },
  });
  return { tag, cell, other, voter, probationary, stranger, meeting, motion };
}

/** The reference: the vote card's motion as Prisma's own include reads it. */
function prismaVoteCardMotion(db: Database, motionId: string) {
  return db.prisma.motion.findUnique({
    where: { id: motionId },
    include: {
      meeting: { include: { cell: true } },
      opinions: { include: { member: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
}

const teams = (platformUserId: string) => ({ platform: 'teams' as const, platformUserId, displayName: 'x' });
const channel = (conversationId: string) => ({ platform: 'teams' as const, conversationId, personal: false });

describeEachDatabase('hot-path reads as one join', (getDb) => {
  it('resolves the cell and member exactly as Prisma reads them', async () => {
    const db = getDb();
    const { tag, cell, voter } = await seed(db);
    const resolved = await resolveTurn(db, teams(`aad-voter-${tag}`), channel(`19:cell-${tag}@thread.tacv2`));
    expect(resolved.cell).toEqual(await db.prisma.cell.findUnique({ where: { id: cell.id } }));
    expect(resolved.member).toEqual(await db.prisma.member.findUnique({ where: { id: voter.id } }));
    expect(await findMemberByAccount(db, teams(`aad-voter-${tag}`))).toEqual(resolved.member);
    expect(await findMemberByAccount(db, teams('aad-nobody'))).toBeNull();
    expect(resolved.cell?.onlineApprovalDate).toBeInstanceOf(Date);
    expect(typeof resolved.cell?.attachedInMayVote).toBe('boolean');
  });

  it("finds nobody for an unknown account, no cell for an unbound conversation, and a stranger for another cell's member", async () => {
    const db = getDb();
    const { tag, cell } = await seed(db);
    const bound = channel(`19:cell-${tag}@thread.tacv2`);
    expect(await resolveTurn(db, teams('aad-nobody'), bound)).toEqual({
      cell: expect.objectContaining({ id: cell.id }),
      member: null,
    });
    expect(await resolveTurn(db, teams(`aad-voter-${tag}`), channel('19:unbound@thread.tacv2'))).toEqual({
      cell: null,
      member: null,
    });
    expect(await resolveTurn(db, teams(`aad-stranger-${tag}`), bound)).toEqual({
      cell: expect.objectContaining({ id: cell.id }),
      member: null,
    });
  });

  it("reads a press's motion, meeting and opinions as the vote card's own query does, with the voter's attendance", async () => {
    const db = getDb();
    const { cell, voter, probationary, motion } = await seed(db);
    const context = await requireBallotContext(db, cell, motion.id, voter.id);
    const viaPrisma = await prismaVoteCardMotion(db, motion.id);
    expect(context.motion).toEqual(viaPrisma);
    expect(await findVoteCardMotion(db, motion.id)).toEqual(viaPrisma);
    expect(await findVoteCardMotion(db, 'no-such-motion')).toBeNull();
    // Opinions are read only when the motion has some.
    const quiet = await db.prisma.motion.create({
      data: { meetingId: motion.meetingId, title: 'Không ý kiến', openedAt: new Date() },
    });
    expect(await findVoteCardMotion(db, quiet.id)).toEqual(await prismaVoteCardMotion(db, quiet.id));
    expect((await requireBallotContext(db, cell, quiet.id, voter.id)).motion.opinions).toEqual([]);
    expect(context.motion.opinions.map((o) => o.text)).toEqual(['Ý kiến thứ nhất', 'Ý kiến thứ hai']);
    expect(context.attendance).toEqual({ presence: 'present', rsvp: 'attend' });
    expect(context.hadBallot).toBe(false);
    await db.prisma.ballot.create({
      data: { motionId: motion.id, memberId: voter.id, choice: 'approve', castAt: new Date(), updatedAt: new Date() },
    });
    expect((await requireBallotContext(db, cell, motion.id, voter.id)).hadBallot).toBe(true);
    expect((await requireBallotContext(db, cell, motion.id, probationary.id)).attendance).toBeUndefined();
    expect(await loadOpinions(db, motion.id)).toEqual(viaPrisma?.opinions);
  });

  it('refuses a motion of another cell or none at all as not found', async () => {
    const db = getDb();
    const { other, voter, motion } = await seed(db);
    await expect(requireBallotContext(db, other, motion.id, voter.id)).rejects.toMatchObject({
      code: 'motion.not_found',
    });
    await expect(requireBallotContext(db, other, 'no-such-motion', voter.id)).rejects.toMatchObject({
      code: 'motion.not_found',
    });
  });
});
