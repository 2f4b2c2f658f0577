/** "Trợ giúp": the commands this member may use, or how to set up an unbound conversation. Unknown input gets it too. */
import type { HelpView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import { say } from '../../core/wording/say';
import { HELP_WORDING } from '../../core/wording/attendance';
import type { CommandHelp } from '../shared/action';
import { memberIsCommittee, type FeatureContext } from '../shared/context';
import { messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { setupHelpView } from './setup-help';

export function helpView(lines: readonly CommandHelp[], locale: Locale, isCommittee: boolean): HelpView {
  return {
    type: 'help',
    locale,
    isCommittee,
    commands: lines
      .filter((c) => isCommittee || !c.committeeOnly)
      .map((c) => ({ command: c.command, description: c[locale] })),
  };
}

/** The commands this member may use; before a cell is bound, how to set it up instead. */
export function showHelp(ctx: FeatureContext, lines: readonly CommandHelp[], unknownText?: string): TurnResult {
  if (ctx.cell === null) {
    const setup = setupHelpView(ctx);
    if (unknownText === undefined) return replyWith(setup);
    return replyWith(messageView(ctx.turn.locale, 'info', say(ctx.turn.locale, HELP_WORDING.notUnderstood)), setup);
  }
  const view = helpView(lines, ctx.turn.locale, memberIsCommittee(ctx.member));
  if (unknownText === undefined) return replyWith(view);
  const notice = messageView(ctx.turn.locale, 'info', say(ctx.turn.locale, HELP_WORDING.notUnderstoodCommands));
  return replyWith(notice, view);
}
