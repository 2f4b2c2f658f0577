/**
 * `outbox list` and `outbox retry`: the messages the bot could not deliver
 * (dead rows: a permanent refusal, or a platform that kept failing for the
 * whole retry horizon) and those still waiting, and sending dead ones again.
 */
import { listOutboxRows, retryDeadRows, type OutboxRowView } from '../outbox/outbox-rows';
import type { OutboxStatus } from '../outbox/types';
import { CliFailure, EXIT_OK, stringOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printError, printJson, printLine, renderTable, shortDateTime } from './output';

const LIST_USAGE = 'outbox list [--cell <id>] [--status dead|pending|sending] [--json]';
const RETRY_USAGE = 'outbox retry --id <id> | --all-dead [--cell <id>] [--json]';
const STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'dead'];
const STATUS_LABELS: Readonly<Record<string, string>> = {
  pending: 'chờ gửi',
  sending: 'đang gửi',
  dead: 'không gửi được',
};
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const outboxListCommand: CommandSpec = {
  name: 'outbox list',
  usage: [LIST_USAGE],
  summary: 'Tin nhắn chưa gửi được (không gửi được / chờ gửi / đang gửi), theo chi bộ; mặc định mọi tin chưa gửi',
  options: { cell: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } },
  run: listRows,
};

export const outboxRetryCommand: CommandSpec = {
  name: 'outbox retry',
  usage: [RETRY_USAGE],
  summary: 'Gửi lại tin nhắn không gửi được: một tin (--id) hoặc tất cả (--all-dead), của một chi bộ nếu có --cell',
  options: {
    id: { type: 'string' },
    'all-dead': { type: 'boolean' },
    cell: { type: 'string' },
    json: { type: 'boolean' },
  },
  run: retryRows,
};

function statusOption(ctx: CommandContext): OutboxStatus[] | undefined {
  const value = stringOption(ctx.values, 'status')?.trim();
  if (value === undefined) return undefined;
  const status = STATUSES.find((s) => s === value);
  if (status === undefined)
    throw new UsageError(`--status phải là một trong ${STATUSES.join(', ')} (đã nhập "${value}")`, LIST_USAGE);
  return [status];
}

function rowJson(row: OutboxRowView) {
  return { ...row, queuedAt: row.queuedAt.toISOString(), firstFailedAt: row.firstFailedAt?.toISOString() ?? null };
}

function rowLine(row: OutboxRowView): string[] {
  return [
    row.id,
    `${STATUS_LABELS[row.status] ?? row.status} (${row.status})`,
    row.platform,
    row.cellId ?? '–',
    shortDateTime(row.queuedAt, TIME_ZONE),
    row.preview,
    (row.lastError ?? '').slice(0, 60),
  ];
}

async function listRows(ctx: CommandContext): Promise<number> {
  const statuses = statusOption(ctx);
  const cellId = stringOption(ctx.values, 'cell')?.trim();
  const rows = await ctx.withDatabase((db) =>
    listOutboxRows(db, { ...(statuses === undefined ? {} : { statuses }), ...(cellId ? { cellId } : {}) }),
  );
  if (ctx.json) {
    printJson(ctx.io, rows.map(rowJson));
  } else if (rows.length === 0) {
    printLine(ctx.io, 'Không có tin nhắn nào chưa gửi.');
  } else {
    printLine(
      ctx.io,
      renderTable(
        ['Mã', 'Trạng thái', 'Kênh', 'Chi bộ', 'Xếp hàng lúc', 'Nội dung', 'Lỗi gần nhất'],
        rows.map(rowLine),
      ),
    );
  }
  return EXIT_OK;
}

async function retryRows(ctx: CommandContext): Promise<number> {
  const id = stringOption(ctx.values, 'id')?.trim();
  const allDead = ctx.values['all-dead'] === true;
  const cellId = stringOption(ctx.values, 'cell')?.trim();
  if ((id === undefined) === !allDead) throw new UsageError('Cần đúng một trong --id hoặc --all-dead', RETRY_USAGE);
  if (id !== undefined && cellId !== undefined) throw new UsageError('--cell chỉ dùng với --all-dead', RETRY_USAGE);
  const now = ctx.deps.clock.now();
  const requeued = await ctx.withDatabase(async (db) => {
    if (id === undefined) return retryDeadRows(db, { allDead: true, ...(cellId ? { cellId } : {}) }, now);
    const row = await db.prisma.outboxMessage.findUnique({ where: { id }, select: { status: true } });
    if (row === null) throw new CliFailure(`Không tìm thấy tin nhắn có mã "${id}" (xem lệnh "outbox list")`);
    if (row.status !== 'dead')
      throw new CliFailure(
        `Tin nhắn "${id}" đang ở trạng thái ${STATUS_LABELS[row.status] ?? row.status} (${row.status}), không cần gửi lại`,
      );
    return retryDeadRows(db, { ids: [id] }, now);
  });
  if (ctx.json) printJson(ctx.io, { requeued });
  else printLine(ctx.io, `Đã xếp lại ${requeued.length} tin nhắn để gửi lại; bot sẽ gửi trong vài giây nếu đang chạy.`);
  if (!ctx.json && requeued.length === 0) printError(ctx.io, 'Không có tin nhắn nào không gửi được.');
  return EXIT_OK;
}
