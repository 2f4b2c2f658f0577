/** `summary`: the secretary's report of one meeting, as chat text or JSON. */
import type { Locale } from '../core/types';
import { loadMeetingSummary } from '../features/summaries/load-summary';
import { summaryText } from '../features/summaries/summary-view';
import { EXIT_OK, requiredOption, stringOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine } from './output';

const USAGE = 'summary --meeting <id> [--json] [--lang vi|en]';

export const summaryCommand: CommandSpec = {
  name: 'summary',
  usage: [USAGE],
  summary: 'Tóm tắt một kỳ sinh hoạt (điểm danh, biểu quyết, phát biểu, nhiệm vụ)',
  options: { meeting: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  run: showSummary,
};

function localeOf(ctx: CommandContext): Locale {
  const lang = stringOption(ctx.values, 'lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang phải là vi hoặc en (got "${lang}")`, USAGE);
  return lang;
}

async function showSummary(ctx: CommandContext): Promise<number> {
  const meetingId = requiredOption(ctx.values, 'meeting', USAGE);
  const locale = localeOf(ctx);
  const summary = await ctx.withDatabase((db) => loadMeetingSummary(db, meetingId, locale));
  if (ctx.json) printJson(ctx.io, summary);
  else printLine(ctx.io, summaryText(summary, locale));
  return EXIT_OK;
}
