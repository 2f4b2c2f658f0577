/** Roster import: parse (pure) then import (one transaction). */
export { FIELD_NAMES, ROSTER_FIELDS, type RosterField } from './columns';
export { formatIssue, formatWarning, type RosterIssue, type RosterSource, type RosterWarning } from './issues';
export { parseRosterCsv, parseRosterFile, parseRosterXlsx, rosterFormatOf, type RosterFormat } from './parse-roster';
export { planImport, type ExistingMember, type ImportPlan, type MemberChange } from './plan-import';
export {
  CellNotFoundError,
  importRoster,
  type ImportOptions,
  type ImportTarget,
  type RosterImportOutcome,
} from './import-roster';
export { parseRosterDate, type RosterParseResult, type RosterRow } from './validate-rows';
