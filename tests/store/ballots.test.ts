/** Ballot rules that depend on the database: one per member per motion, races with close, the audit trail. */
import { createBot } from '../../src/features/bot';
import { recordBallot } from '../../src/features/votes/ballot-store';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { markPresent } from '../support/presence';
import { cardOf, driver, ManualClock, silentLogger, playgroundBot } from '../support/turns';

async function openMotion(getDb: () => Parameters<typeof createBot>[0]['db']) {
  const db = getDb();
  const clock = new ManualClock(new Date('2025-09-05T07:00:00Z'));
  const bot = playgroundBot({ db, clock, logger: silentLogger });
  const cell = await createCell(db);
  const roster = await createRoster(db, cell.id, { official: 9, probationary: 3 });
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
  // Everyone but the last official member is recorded present (only members present vote).
  const absent = roster.byStatus.official[roster.byStatus.official.length - 1]!;
  const members = await db.prisma.member.findMany({
    where: { cellId: cell.id, NOT: { id: absent.id } },
    select: { id: true },
  });
  await markPresent(
    db,
    meeting.id,
    members.map((m) => m.id),
  );
  const vote = cardOf(await say(roster.secretary, 'biểu quyết Nghị quyết tháng 9'), 'vote');
  return { db, clock, roster, say, press, motionId: vote.motionId, meetingId: meeting.id, absent };
}

describeEachDatabase('ballots', (getDb) => {
  it('keeps one ballot when a member presses twice at the same instant', async () => {
    const { db, roster, press, motionId } = await openMotion(getDb);
    const member = roster.byStatus.official[1]!;
    const results = await Promise.all([
      press(member, 'vote.cast', { motionId, choice: 'approve' }),
      press(member, 'vote.cast', { motionId, choice: 'reject' }),
      press(member, 'vote.cast', { motionId, choice: 'approve' }),
    ]);
    expect(results.every((r) => r.error === undefined)).toBe(true);
    const ballots = await db.prisma.ballot.findMany({ where: { motionId } });
    expect(ballots).toHaveLength(1);
    const audit = await db.prisma.auditEvent.count({
      where: { subjectId: motionId, type: { in: ['ballot.cast', 'ballot.changed'] } },
    });
    expect(audit).toBe(ballots[0]!.version);
  });

  it('writes a press that found no ballot as a change or nothing when one was written meanwhile', async () => {
    const { db, roster, motionId } = await openMotion(getDb);
    const member = roster.byStatus.official[2]!;
    const cellId = member.cellId;
    const write = (choice: 'approve' | 'reject', hadBallot: boolean) =>
      recordBallot(db, { cellId, motionId, memberId: member.id, choice, comment: null, at: new Date() }, hadBallot);
    expect(await write('approve', false)).toBe('cast');
    // Both believe there was no ballot yet: the insert is refused on the unique key, and the retry reads.
    expect(await write('reject', false)).toBe('changed');
    expect(await write('reject', false)).toBe('unchanged');
    expect(await db.prisma.ballot.findMany({ where: { motionId }, select: { choice: true, version: true } })).toEqual([
      { choice: 'reject', version: 2 },
    ]);
    const audit = await db.prisma.auditEvent.findMany({
      where: { subjectId: motionId, actorMemberId: member.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { type: true },
    });
    expect(audit.map((a) => a.type)).toEqual(['ballot.cast', 'ballot.changed']);
  });

  it('stores a first ballot and its audit row as the general path does', async () => {
    const { db, roster, motionId } = await openMotion(getDb);
    const member = roster.byStatus.official[4]!;
    const at = new Date('2025-09-05T07:31:12.345Z');
    expect(
      await recordBallot(
        db,
        {
          cellId: member.cellId,
          motionId,
          memberId: member.id,
          choice: 'other',
          comment: 'Đề nghị bổ sung chỉ tiêu',
          at,
        },
        false,
      ),
    ).toBe('cast');
    const ballot = await db.prisma.ballot.findUnique({
      where: { motionId_memberId: { motionId, memberId: member.id } },
    });
    expect(ballot).toMatchObject({
      choice: 'other',
      comment: 'Đề nghị bổ sung chỉ tiêu',
      castAt: at,
      updatedAt: at,
      version: 1,
    });
    const audit = await db.prisma.auditEvent.findMany({ where: { subjectId: motionId, actorMemberId: member.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ cellId: member.cellId, type: 'ballot.cast' });
    expect(JSON.parse(audit[0]!.data)).toEqual({ choice: 'other', comment: 'Đề nghị bổ sung chỉ tiêu' });
    expect(Math.abs(audit[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a first ballot once the motion is closed, and stores nothing for it', async () => {
    const { db, roster, motionId } = await openMotion(getDb);
    const member = roster.byStatus.official[3]!;
    await db.prisma.motion.update({ where: { id: motionId }, data: { status: 'closed', closedAt: new Date() } });
    const write = {
      cellId: member.cellId,
      motionId,
      memberId: member.id,
      choice: 'approve' as const,
      comment: null,
      at: new Date(),
    };
    await expect(recordBallot(db, write, false)).rejects.toMatchObject({ code: 'motion.closed' });
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: motionId, type: 'ballot.cast' } })).toBe(0);
  });

  it('never inserts a first ballot of a member not recorded present, on either write', async () => {
    const { db, absent, motionId } = await openMotion(getDb);
    const write = {
      cellId: absent.cellId,
      motionId,
      memberId: absent.id,
      choice: 'approve' as const,
      comment: null,
      at: new Date(),
    };
    // hadBallot false takes the raw first-ballot statement: its own condition must keep the ballot out.
    await expect(recordBallot(db, write, false)).rejects.toMatchObject({ code: 'vote.not_present' });
    await expect(recordBallot(db, write, true)).rejects.toMatchObject({ code: 'vote.not_present' });
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: motionId, type: 'ballot.cast' } })).toBe(0);
  });

  it('keeps out a member who sent "xin vắng" until they check in, then takes their ballot', async () => {
    const { db, absent, motionId, meetingId } = await openMotion(getDb);
    await db.prisma.attendance.create({
      data: { meetingId, memberId: absent.id, rsvp: 'excused', rsvpReason: 'Đi công tác' },
    });
    const write = {
      cellId: absent.cellId,
      motionId,
      memberId: absent.id,
      choice: 'approve' as const,
      comment: null,
      at: new Date(),
    };
    await expect(recordBallot(db, write, false)).rejects.toMatchObject({ code: 'vote.not_present' });
    await db.prisma.attendance.update({
      where: { meetingId_memberId: { meetingId, memberId: absent.id } },
      data: { presence: 'present', checkedInAt: new Date() },
    });
    expect(await recordBallot(db, write, false)).toBe('cast');
  });

  it('counts every ballot of a burst of different members exactly once', async () => {
    const { db, roster, press, motionId } = await openMotion(getDb);
    const results = await Promise.all(
      roster.byStatus.official.map((m) => press(m, 'vote.cast', { motionId, choice: 'approve' })),
    );
    // The one official member not recorded present is refused; the eight present each count once.
    expect(results.filter((r) => r.error?.code === 'vote.not_present')).toHaveLength(1);
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(8);
  });

  it('never records a ballot after the close snapshot', async () => {
    const { db, roster, press, motionId } = await openMotion(getDb);
    const voters = roster.byStatus.official.slice(1, -1);
    const results = await Promise.all([
      ...voters.map((m) => press(m, 'vote.cast', { motionId, choice: 'approve' })),
      press(roster.secretary, 'vote.close', { motionId }),
    ]);
    const motion = await db.prisma.motion.findUniqueOrThrow({ where: { id: motionId } });
    const snapshot = JSON.parse(motion.resultSnapshot ?? '{}') as { approve: number };
    const accepted = results.slice(0, voters.length).filter((r) => r.error === undefined).length;
    const refused = results.slice(0, voters.length).filter((r) => r.error?.code === 'motion.closed').length;
    expect(accepted + refused).toBe(voters.length);
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(accepted);
    expect(snapshot.approve).toBe(accepted);
  });

  it('refuses strangers and probationary votes and stores nothing for them', async () => {
    const { db, roster, press, motionId } = await openMotion(getDb);
    const stranger = await press({ id: 'no-such-member', cellId: roster.secretary.cellId }, 'vote.cast', {
      motionId,
      choice: 'approve',
    });
    expect(stranger.error?.code).toBe('member.unknown');
    const probationary = await press(roster.byStatus.probationary[0]!, 'vote.cast', { motionId, choice: 'approve' });
    expect(probationary.error?.code).toBe('vote.not_eligible_probationary');
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(0);
  });

  it('lets presses wait for a motion locked longer than a burst lasts, rather than refusing them', async () => {
    const { db, roster, press, motionId, meetingId } = await openMotion(getDb);
    const voters = await db.prisma.member.createManyAndReturn({
      data: Array.from({ length: 14 }, (_, i) => ({
        cellId: roster.secretary.cellId,
        fullName: `Đảng viên chờ ${i}`,
        status: 'official',
        role: 'member',
      })),
    });
    await markPresent(
      db,
      meetingId,
      voters.map((v) => v.id),
    );
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = (): void => undefined;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // A close-like holder keeps the motion row (and, on SQLite, the writer) for longer than Prisma's 2 s default wait.
    const holder = db.prisma.$transaction(async (tx) => {
      await tx.motion.updateMany({ where: { id: motionId, status: 'open' }, data: { status: 'open' } });
      locked();
      await released;
    });
    await isLocked;
    const presses = voters.map((m) => press(m, 'vote.cast', { motionId, choice: 'approve' }));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    release();
    await holder;
    const results = await Promise.all(presses);
    expect(results.map((r) => r.error?.code)).toEqual(voters.map(() => undefined));
    expect(await db.prisma.ballot.count({ where: { motionId } })).toBe(voters.length);
  });

  it('ignores any member id smuggled into card data', async () => {
    const { db, roster, press, motionId } = await openMotion(getDb);
    const voter = roster.byStatus.official[2]!;
    const other = roster.byStatus.official[3]!;
    await press(voter, 'vote.cast', { motionId, choice: 'approve', memberId: other.id, userId: other.id });
    const ballots = await db.prisma.ballot.findMany({ where: { motionId } });
    expect(ballots.map((b) => b.memberId)).toEqual([voter.id]);
  });

  it('refuses a secret-ballot matter', async () => {
    const { say, roster } = await openMotion(getDb);
    const result = await say(roster.secretary, 'kết thúc biểu quyết');
    expect(result.error).toBeUndefined();
    const secret = await say(roster.secretary, 'biểu quyết kỷ luật: đồng chí A');
    expect(secret.error?.code).toBe('motion.secret_ballot');
  });
});
