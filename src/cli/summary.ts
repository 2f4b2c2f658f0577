/** `summary`: the secretary's report of one meeting, as chat text or JSON. */
import type { Locale } from '../core/types';
import { loadMeetingSummary } from '../features/summaries/load-summary';
import { summaryText } from '../features/summaries/summary-view';
import { loadPeriodSummary } from '../features/summaries/period-summary';
import { periodSummaryText } from '../features/summaries/period-view';
import { EXIT_OK, requiredOption, stringOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine } from './output';
import { isLocale } from '../core/wording/say';

const USAGE = 'summary --meeting <id> [--json] [--lang vi|en]';
const PERIOD_USAGE = 'summary --cell <id> --year <2025> | --period <2025-09> [--json] [--lang vi|en]';

export const summaryCommand: CommandSpec = {
  name: 'summary',
  usage: [USAGE, PERIOD_USAGE],
  summary: 'Tóm tắt một kỳ sinh hoạt (điểm danh, biểu quyết, phát biểu, nhiệm vụ)',
  options: {
    meeting: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    cell: { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
  },
  run: showSummary,
};

function localeOf(ctx: CommandContext): Locale {
  const lang = stringOption(ctx.values, 'lang') ?? 'vi';
  if (!isLocale(lang)) throw new UsageError(`--lang phải là vi hoặc en (đã nhập "${lang}")`, USAGE);
  return lang;
}

async function showSummary(ctx: CommandContext): Promise<number> {
  if (stringOption(ctx.values, 'cell') !== undefined) return showPeriodSummary(ctx);
  const meetingId = requiredOption(ctx.values, 'meeting', USAGE);
  const locale = localeOf(ctx);
  const summary = await ctx.withDatabase((db) => loadMeetingSummary(db, meetingId, locale));
  if (ctx.json) printJson(ctx.io, summary);
  else printLine(ctx.io, summaryText(summary, locale));
  return EXIT_OK;
}

/** `summary --cell <id> --year 2025` (or `--period 2025-09`): the roll-up of a year or a month. */
async function showPeriodSummary(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', PERIOD_USAGE);
  const period = stringOption(ctx.values, 'year') ?? stringOption(ctx.values, 'period');
  if (!period || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period))
    throw new UsageError('Cần --year 2025 hoặc --period 2025-09', PERIOD_USAGE);
  const locale = localeOf(ctx);
  const summary = await ctx.withDatabase((db) => loadPeriodSummary(db, cellId, period, locale, ctx.deps.clock.now()));
  if (ctx.json) printJson(ctx.io, summary);
  else printLine(ctx.io, periodSummaryText(summary, locale));
  return EXIT_OK;
}
