/** The numbers of one meeting every view shares: attendance, electorate and quorum. */
import { computeAttendance, type AttendanceStats } from '../../core/attendance';
import { checkQuorum, type QuorumCheck } from '../../core/quorum';
import { computeElectorate, type Electorate } from '../../core/voting';
import type { CellRules, Locale } from '../../core/types';
import type { MeetingAttendance } from './attendance-data';

export interface MeetingNumbers {
  readonly stats: AttendanceStats;
  readonly electorate: Electorate;
  readonly quorum: QuorumCheck;
  /** Members of the electorate who are present: the most approvals any motion can get today. */
  readonly presentVoters: number;
}

export function computeMeetingNumbers(attendance: MeetingAttendance, rules: CellRules, locale: Locale): MeetingNumbers {
  const stats = computeAttendance(attendance.roster, attendance.records);
  const electorate = computeElectorate(attendance.roster, attendance.records, rules);
  const present = new Set(attendance.records.filter((r) => r.presence === 'present').map((r) => r.memberId));
  const presentVoters = electorate.electorate.filter((id) => present.has(id)).length;
  const quorum = checkQuorum(
    { presentVoters, denominator: electorate.denominator, officialTotal: stats.roster.official, presentOfficial: stats.present.official },
    rules,
    'resolution',
    locale,
  );
  return { stats, electorate, quorum, presentVoters };
}
