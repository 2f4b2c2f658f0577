/**
 * The wording catalogue: every text the bot says in Vietnamese and English,
 * one file per area. Code picks a text with `say(locale, AREA.entry, params)`
 * instead of writing `locale === 'vi' ? … : …` (tests/unit/wording-catalogue.test.ts
 * keeps it so).
 */
import type { WordingTable } from './say';
import { ATTENDANCE_WORDING, HELP_WORDING, NOTICE_WORDING } from './attendance';
import { FIGURES_WORDING, ROSTER_IMPORT_WORDING } from './figures';
import { FORMAT_WORDING } from './formats';
import { MEETING_WORDING } from './meetings';
import { PERIOD_WORDING } from './periods';
import { REPORT_WORDING } from './reports';
import { JOB_STATUS_WORDING, JOB_WORDING, SCHEDULE_WORDING } from './schedule';
import { SETUP_WORDING } from './setup';
import { SUMMARY_WORDING } from './summaries';
import { TURN_WORDING } from './turn';
import { HANDS_CHOICE_WORDING, TARGET_WORDING, VOTE_NOTE_WORDING, VOTE_WORDING } from './votes';
import { ZALO_WORDING } from './zalo';

export { asLocale, isLocale, pick, say, type Bilingual, type WordingEntry, type WordingTable } from './say';

/** Every area, for the catalogue's own checks. */
export const WORDING_CATALOGUE: Readonly<Record<string, WordingTable>> = {
  attendance: ATTENDANCE_WORDING,
  figures: FIGURES_WORDING,
  formats: FORMAT_WORDING,
  help: HELP_WORDING,
  meetings: MEETING_WORDING,
  notices: NOTICE_WORDING,
  periods: PERIOD_WORDING,
  reports: REPORT_WORDING,
  rosterImport: ROSTER_IMPORT_WORDING,
  schedule: SCHEDULE_WORDING,
  setup: SETUP_WORDING,
  summaries: SUMMARY_WORDING,
  jobs: JOB_WORDING,
  jobStatuses: JOB_STATUS_WORDING,
  targets: TARGET_WORDING,
  turn: TURN_WORDING,
  votes: VOTE_WORDING,
  voteNotes: VOTE_NOTE_WORDING,
  handsChoices: HANDS_CHOICE_WORDING,
  zalo: ZALO_WORDING,
};
