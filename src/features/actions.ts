/**
 * Every action the bot takes, one table per feature folder. The router, the
 * help card and the verbs channels accept are read from here; a verb, who may
 * press it, its data, its text commands and its help line live in its
 * feature's `actions.ts` and nowhere else. tests/unit/action-tables.test.ts
 * holds the tables whole (a schema and a help line or reason each, one table
 * per verb, every card verb an action).
 */
import type { CardVerb } from '../cards/view-models';
import { attendanceActions } from './attendance/actions';
import { committeeActions } from './committees/actions';
import { helpActions } from './help/actions';
import { meetingActions } from './meetings/actions';
import { minutesActions } from './minutes/actions';
import { noticeActions } from './notices/actions';
import { rosterActions } from './roster/actions';
import { scheduleActions } from './schedule/actions';
import type { Action, CommandHelp, CommandName } from './shared/action';
import { isCommitteeWork } from './shared/who';
import { setupActions } from './setup/actions';
import { speakerActions } from './speakers/actions';
import { summaryActions } from './summaries/actions';
import { targetActions } from './targets/actions';
import { taskActions } from './tasks/actions';
import { voteActions } from './votes/actions';

/** The tables by feature folder (the help card's own takes the lines of all of them). */
export const ACTION_TABLES: Readonly<Record<string, readonly Action[]>> = {
  help: helpActions(() => COMMAND_HELP),
  meetings: meetingActions,
  notices: noticeActions,
  attendance: attendanceActions,
  votes: voteActions,
  summaries: summaryActions,
  speakers: speakerActions,
  tasks: taskActions,
  targets: targetActions,
  minutes: minutesActions,
  setup: setupActions,
  schedule: scheduleActions,
  roster: rosterActions,
  committees: committeeActions,
};

export const ACTIONS: readonly Action[] = Object.values(ACTION_TABLES).flat();

const BY_VERB = new Map<string, Action>(ACTIONS.map((action) => [action.verb, action]));
const BY_COMMAND = new Map<CommandName, Action>(
  ACTIONS.flatMap((action) => action.commands.map((name) => [name, action] as const)),
);

/** The action behind a verb (every CardVerb has one: the tables' test). */
export function actionOf(verb: CardVerb): Action | undefined {
  return BY_VERB.get(verb);
}

/** The action a parsed text command presses. */
export function actionOfCommand(name: CommandName): Action | undefined {
  return BY_COMMAND.get(name);
}

/** The help card's lines, in the order a meeting uses them; committee-only where `who` is committee work. */
export const COMMAND_HELP: readonly CommandHelp[] = Object.freeze(
  ACTIONS.flatMap((action) =>
    'unlisted' in action.help ? [] : action.help.map((line) => ({ ...line, who: action.who })),
  )
    .sort((a, b) => a.rank - b.rank)
    .map(({ command, alias, vi, en, who }) => ({ command, alias, vi, en, committeeOnly: isCommitteeWork(who) })),
);
