/** `schedule`: what the scheduler will send (and has sent) for a cell, with each occurrence's status. */
import { localDateTimeToUtc } from '../core/zoned-time';
import { jobLabel, jobStatusLabel } from '../core/job-labels';
import { planSchedule, type ScheduledItem } from '../meetings/schedule-view';
import type { Database } from '../store/database';
import {
  CliFailure,
  EXIT_OK,
  requiredOption,
  stringOption,
  UsageError,
  type CommandContext,
  type CommandSpec,
} from './context';
import { printJson, printLine, renderTable, shortDateTime } from './output';

const USAGE = 'schedule --cell <id> [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]';
const DEFAULT_DAYS = 45;
const DAY = 24 * 60 * 60_000;

export const scheduleCommand: CommandSpec = {
  name: 'schedule',
  usage: [USAGE],
  summary:
    'Lịch gửi thông báo, nhắc lịch của một chi bộ và trạng thái (dự kiến / đã gửi / bỏ lỡ / đã hủy); mặc định 45 ngày tới',
  options: { cell: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  run: showSchedule,
};

function dateOption(ctx: CommandContext, name: 'from' | 'to'): string | undefined {
  const value = stringOption(ctx.values, name)?.trim();
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`--${name} phải có dạng YYYY-MM-DD (đã nhập "${value}")`, USAGE);
  }
  return value;
}

/** The range in the cell's zone: from the start of --from to the end of --to. */
async function loadSchedule(
  db: Database,
  ctx: CommandContext,
  cellId: string,
  fromText: string | undefined,
  toText: string | undefined,
) {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { timezone: true } });
  if (!cell) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
  const from = fromText ? localDateTimeToUtc(fromText, '00:00', cell.timezone) : ctx.deps.clock.now();
  const to = toText
    ? new Date(localDateTimeToUtc(toText, '23:59', cell.timezone).getTime() + 59_999)
    : new Date(from.getTime() + DEFAULT_DAYS * DAY);
  if (to < from) throw new UsageError('--to phải sau --from', USAGE);
  const items = (await planSchedule(db, cellId, from, to)) ?? [];
  return { timeZone: cell.timezone, from, to, items };
}

function itemJson(item: ScheduledItem) {
  return {
    at: item.at.toISOString(),
    job: item.job,
    status: item.status,
    period: item.period,
    meetingId: item.meetingId,
    fromRule: item.fromRule,
    key: item.key,
  };
}

function itemRow(item: ScheduledItem, timeZone: string): string[] {
  return [
    shortDateTime(item.at, timeZone),
    jobLabel(item.job, 'vi'),
    item.period,
    `${jobStatusLabel(item.status, 'vi')} (${item.status})`,
    item.fromRule ? 'theo lịch định kỳ' : item.meetingId,
  ];
}

async function showSchedule(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', USAGE);
  const fromText = dateOption(ctx, 'from');
  const toText = dateOption(ctx, 'to');
  const { timeZone, from, to, items } = await ctx.withDatabase((db) => loadSchedule(db, ctx, cellId, fromText, toText));
  if (ctx.json) {
    printJson(ctx.io, {
      cellId,
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      occurrences: items.map(itemJson),
    });
  } else if (items.length === 0) {
    printLine(ctx.io, 'Không có thông báo, nhắc lịch nào trong khoảng thời gian này.');
  } else {
    printLine(
      ctx.io,
      renderTable(
        ['Thời gian', 'Việc', 'Kỳ', 'Trạng thái', 'Kỳ sinh hoạt'],
        items.map((item) => itemRow(item, timeZone)),
      ),
    );
  }
  return EXIT_OK;
}
