/** The numbers of one meeting the roll-call card shows: the same computation as every report (core/meeting-figures.ts). */
import type { AttendanceStats } from '../../core/attendance';
import { computeMeetingFigures, type MeetingFigures } from '../../core/meeting-figures';
import type { QuorumCheck } from '../../core/quorum';
import type { Electorate } from '../../core/voting';
import type { CellRules, Locale } from '../../core/types';
import type { MeetingAttendance } from './attendance-data';

export interface MeetingNumbers {
  readonly stats: AttendanceStats;
  readonly electorate: Electorate;
  readonly quorum: QuorumCheck;
  /** Members of the electorate who are present: the most approvals any motion can get today. */
  readonly presentVoters: number;
  readonly figures: MeetingFigures;
}

/** The attendance figures of a meeting without its motions (the roll call does not count votes). */
export function computeMeetingNumbers(
  attendance: MeetingAttendance,
  rules: CellRules,
  locale: Locale,
  venues: readonly string[] = [],
): MeetingNumbers {
  const figures = computeMeetingFigures(
    { roster: attendance.roster, records: attendance.records, venues, rules, motions: [] },
    locale,
  );
  return {
    stats: figures.attendance,
    electorate: figures.electorate,
    quorum: figures.quorum,
    presentVoters: figures.presentVoters,
    figures,
  };
}
