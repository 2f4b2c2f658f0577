"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryCommand = void 0;
const load_summary_1 = require("../features/summaries/load-summary");
const summary_view_1 = require("../features/summaries/summary-view");
const period_summary_1 = require("../features/summaries/period-summary");
const period_view_1 = require("../features/summaries/period-view");
const context_1 = require("./context");
const output_1 = require("./output");
const USAGE = 'summary --meeting <id> [--json] [--lang vi|en]';
const PERIOD_USAGE = 'summary --cell <id> --year <2025> | --period <2025-09> [--json] [--lang vi|en]';
exports.summaryCommand = {
    name: 'summary',
    usage: [USAGE, PERIOD_USAGE],
    summary: 'Tóm tắt một kỳ sinh hoạt (điểm danh, biểu quyết, phát biểu, nhiệm vụ)',
    options: { meeting: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, cell: { type: 'string' }, year: { type: 'string' }, period: { type: 'string' } },
    run: showSummary,
};
function localeOf(ctx) {
    const lang = (0, context_1.stringOption)(ctx.values, 'lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en')
        throw new context_1.UsageError(`--lang phải là vi hoặc en (got "${lang}")`, USAGE);
    return lang;
}
async function showSummary(ctx) {
    if ((0, context_1.stringOption)(ctx.values, 'cell') !== undefined)
        return showPeriodSummary(ctx);
    const meetingId = (0, context_1.requiredOption)(ctx.values, 'meeting', USAGE);
    const locale = localeOf(ctx);
    const summary = await ctx.withDatabase((db) => (0, load_summary_1.loadMeetingSummary)(db, meetingId, locale));
    if (ctx.json)
        (0, output_1.printJson)(ctx.io, summary);
    else
        (0, output_1.printLine)(ctx.io, (0, summary_view_1.summaryText)(summary, locale));
    return context_1.EXIT_OK;
}
/** `summary --cell <id> --year 2025` (or `--period 2025-09`): the roll-up of a year or a month. */
async function showPeriodSummary(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', PERIOD_USAGE);
    const period = (0, context_1.stringOption)(ctx.values, 'year') ?? (0, context_1.stringOption)(ctx.values, 'period');
    if (!period || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period))
        throw new context_1.UsageError('Cần --year 2025 hoặc --period 2025-09', PERIOD_USAGE);
    const locale = localeOf(ctx);
    const summary = await ctx.withDatabase((db) => (0, period_summary_1.loadPeriodSummary)(db, cellId, period, locale, ctx.deps.clock.now()));
    if (ctx.json)
        (0, output_1.printJson)(ctx.io, summary);
    else
        (0, output_1.printLine)(ctx.io, (0, period_view_1.periodSummaryText)(summary, locale));
    return context_1.EXIT_OK;
}
//# sourceMappingURL=summary.js.map