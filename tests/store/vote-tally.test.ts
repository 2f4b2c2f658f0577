/**
 * The live tally a vote card shows is counted by the database (grouped), the
 * close snapshot member by member: on every mix of statuses, presences, RSVPs,
 * ballots, meeting states and cell rules, the two must give the same figures.
 */
import { MEMBER_STATUSES, PRESENCES, RSVP_ANSWERS, VOTE_CHOICES, type MotionKind } from '../../src/core/types';
import { loadMeetingAttendance } from '../../src/features/attendance/attendance-data';
import { findMotion } from '../../src/features/votes/motion-queries';
import { computeOutcome } from '../../src/features/votes/vote-outcome';
import { liveOutcome } from '../../src/features/votes/vote-tally';
import { toCellRules } from '../../src/store/mappers';
import type { Database } from '../../src/store/database';
import { describeEachDatabase } from '../support/databases';
import { createCell } from '../support/factories';
import { seededRandom as random } from '../support/seeded-random';

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

interface Scenario {
  readonly seed: number;
  readonly meetingStatus: 'announced' | 'in_progress' | 'closed';
  readonly kind: MotionKind;
  readonly excusedInDenominator: boolean;
  readonly attachedInMayVote: boolean;
}

/** A cell of 60 random members with random attendance and ballots (ineligible members' ballots included: they must be ignored). */
async function seedScenario(db: Database, scenario: Scenario) {
  const next = random(scenario.seed);
  const cell = await createCell(db, {
    excusedInDenominator: scenario.excusedInDenominator,
    attachedInMayVote: scenario.attachedInMayVote,
  });
  await db.prisma.member.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      cellId: cell.id,
      fullName: `Đảng viên ${i}`,
      status: pick(next, MEMBER_STATUSES),
      role: 'member',
    })),
  });
  const members = await db.prisma.member.findMany({ where: { cellId: cell.id } });
  const meeting = await db.prisma.meeting.create({
    data: {
      cellId: cell.id,
      period: '2025-09',
      startsAt: new Date('2025-09-05T07:00:00Z'),
      status: scenario.meetingStatus,
    },
  });
  const motion = await db.prisma.motion.create({
    data: { meetingId: meeting.id, title: 'Nghị quyết', kind: scenario.kind, openedAt: new Date() },
  });
  for (const member of members) {
    if (next() < 0.7) {
      const presence = next() < 0.3 ? null : pick(next, PRESENCES);
      const rsvp = next() < 0.3 ? null : pick(next, RSVP_ANSWERS);
      await db.prisma.attendance.create({ data: { meetingId: meeting.id, memberId: member.id, presence, rsvp } });
    }
    if (next() < 0.75) {
      const at = new Date();
      await db.prisma.ballot.create({
        data: { motionId: motion.id, memberId: member.id, choice: pick(next, VOTE_CHOICES), castAt: at, updatedAt: at },
      });
    }
  }
  return motion.id;
}

const SCENARIOS: readonly Scenario[] = [
  { seed: 1, meetingStatus: 'in_progress', kind: 'resolution', excusedInDenominator: true, attachedInMayVote: false },
  { seed: 2, meetingStatus: 'in_progress', kind: 'admission', excusedInDenominator: false, attachedInMayVote: true },
  { seed: 3, meetingStatus: 'announced', kind: 'confirmation', excusedInDenominator: false, attachedInMayVote: false },
  { seed: 4, meetingStatus: 'closed', kind: 'resolution', excusedInDenominator: true, attachedInMayVote: true },
  { seed: 5, meetingStatus: 'closed', kind: 'other', excusedInDenominator: false, attachedInMayVote: true },
  { seed: 6, meetingStatus: 'in_progress', kind: 'resolution', excusedInDenominator: false, attachedInMayVote: false },
];

describeEachDatabase('live vote tally (grouped in the database)', (getDb) => {
  it.each(SCENARIOS)(
    'matches the member-by-member count (seed $seed, meeting $meetingStatus, $kind)',
    async (scenario) => {
      const db = getDb();
      const motionId = await seedScenario(db, scenario);
      const motion = await findMotion(db, motionId);
      if (!motion) throw new Error('motion missing');
      const attendance = await loadMeetingAttendance(db, motion.meeting);
      const { electorate, ...expected } = computeOutcome(
        scenario.kind,
        attendance,
        motion.ballots,
        toCellRules(motion.meeting.cell),
      );
      const live = await liveOutcome(db, motion);
      expect(live).toEqual(expected);
      // The scenario is not degenerate: some members are in, some out, some ballots counted and some ignored.
      expect(electorate.length).toBeGreaterThan(0);
      expect(electorate.length).toBeLessThan(60);
      expect(live.approve + live.reject + live.other).toBeLessThan(motion.ballots.length);
      // Only members recorded present vote: ballots stored for absent members are in neither count.
      expect(live.approve + live.reject + live.other).toBeLessThanOrEqual(live.presentVoters);
      expect([live.approve, live.reject, live.other]).toEqual([
        live.presentApprove,
        live.presentReject,
        live.presentOther,
      ]);
    },
  );

  it('counts nobody when the cell has no members', async () => {
    const db = getDb();
    const cell = await createCell(db);
    const meeting = await db.prisma.meeting.create({
      data: { cellId: cell.id, period: '2025-10', startsAt: new Date(), status: 'in_progress' },
    });
    const motion = await db.prisma.motion.create({
      data: { meetingId: meeting.id, title: 'Trống', kind: 'resolution', openedAt: new Date() },
    });
    const live = await liveOutcome(db, { ...motion, meeting: { ...meeting, cell } });
    expect(live).toMatchObject({ denominator: 0, approve: 0, passed: false, approvePercent: 0 });
  });
});
