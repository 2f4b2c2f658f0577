/**
 * The outcome of a motion: live while it is open, frozen at close. The
 * electorate is snapshotted when the vote closes, so later roster changes never
 * change a recorded result.
 */
import { z } from 'zod';
import { computeElectorate, decideMotion, tallyBallots } from '../../core/voting';
import type { BallotRecord, CellRules, MotionKind } from '../../core/types';
import type { Ballot } from '../../store/rows';
import { toVoteChoice } from '../../store/mappers';
import type { MeetingAttendance } from '../attendance/attendance-data';

type BallotFields = Pick<Ballot, 'memberId' | 'choice' | 'comment'> & Partial<Pick<Ballot, 'recordedById'>>;

export const outcomeSchema = z.object({
  denominator: z.number().int().min(0),
  electorate: z.array(z.string()),
  approve: z.number().int().min(0),
  reject: z.number().int().min(0),
  other: z.number().int().min(0),
  /** Members of the electorate who were present, and how they voted. */
  presentVoters: z.number().int().min(0),
  presentApprove: z.number().int().min(0),
  presentReject: z.number().int().min(0),
  presentOther: z.number().int().min(0),
  approvalsNeeded: z.number().int().min(0),
  approvePercent: z.number().min(0).max(100),
  passed: z.boolean(),
  /** Counted ballots recorded for members by the chair or thư ký (a show of hands); absent in older snapshots. */
  byShowOfHands: z.number().int().min(0).optional(),
});
export type MotionOutcome = z.infer<typeof outcomeSchema>;

export function toBallotRecords(ballots: readonly BallotFields[]): BallotRecord[] {
  return ballots.map((b) => ({ memberId: b.memberId, choice: toVoteChoice(b.choice), comment: b.comment }));
}

/** Computes the outcome from the roster, presence and ballots as they stand now. */
export function computeOutcome(
  kind: MotionKind,
  attendance: MeetingAttendance,
  ballots: readonly BallotFields[],
  rules: CellRules,
): MotionOutcome {
  const electorate = computeElectorate(attendance.roster, attendance.records, rules);
  const records = toBallotRecords(ballots);
  const present = new Set(attendance.records.filter((r) => r.presence === 'present').map((r) => r.memberId));
  const presentElectorate = electorate.electorate.filter((id) => present.has(id));
  // Only members recorded present vote (core/meeting-figures.ts reads the rows the same way): a stored ballot
  // of a member not present is never counted, whatever the denominator.
  const tally = tallyBallots(records, presentElectorate);
  const presentTally = tally;
  const decision = decideMotion(kind, tally, electorate.denominator);
  const counted = new Set(presentElectorate);
  const byShowOfHands = ballots.filter((b) => counted.has(b.memberId) && (b.recordedById ?? null) !== null).length;
  return {
    denominator: electorate.denominator,
    electorate: [...electorate.electorate],
    approve: tally.approve,
    reject: tally.reject,
    other: tally.other,
    presentVoters: presentElectorate.length,
    presentApprove: presentTally.approve,
    presentReject: presentTally.reject,
    presentOther: presentTally.other,
    approvalsNeeded: decision.approvalsNeeded,
    approvePercent: decision.approvePercent,
    passed: decision.passed,
    // Only when there are some: the live card (vote-tally.ts) does not count them, and its figures must equal these.
    ...(byShowOfHands > 0 ? { byShowOfHands } : {}),
  };
}

export function parseOutcome(json: string): MotionOutcome {
  return outcomeSchema.parse(JSON.parse(json));
}
