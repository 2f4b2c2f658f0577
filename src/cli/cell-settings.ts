/**
 * `cells show` and `cells set`: a cell's settings as the setup card shows
 * them, and changing them from the command line — validated and audited by
 * the same code as the card (src/features/settings), with no member behind
 * the change (the audit row's source is "cli").
 */
import {
  applySettings,
  invalidSettingText,
  parseSettings,
  SETTING_FIELDS,
  SETTING_KEYS,
  settingLines,
  type SettingKey,
  type SettingsInput,
} from '../features/settings';
import type { Database } from '../store/database';
import type { Cell } from '../store/rows';
import {
  CliFailure,
  EXIT_OK,
  requiredOption,
  stringOption,
  UsageError,
  type CommandContext,
  type CommandSpec,
} from './context';
import { printError, printJson, printLine } from './output';

const SHOW_USAGE = 'cells show --cell <id> [--json]';
const SET_USAGE =
  'cells set --cell <id> [--name …] [--parent …] [--locality "Hà Nội"] [--timezone Asia/Ho_Chi_Minh] [--meeting-rule "ngày 5 14:00"] ' +
  '[--reminders "7 ngày, 1 ngày, 1 giờ"] [--quorum 2/3] [--excused-in-denominator có|không] [--attached-in-may-vote có|không] ' +
  '[--approval-ref "123-QĐ/ĐU"] [--approval-date YYYY-MM-DD] [--json]';

const settingOptions = Object.fromEntries(
  SETTING_KEYS.map((key) => [SETTING_FIELDS[key].cli, { type: 'string' as const }]),
);

export const cellsShowCommand: CommandSpec = {
  name: 'cells show',
  usage: [SHOW_USAGE],
  summary:
    'Xem thiết lập của một chi bộ (địa danh, múi giờ, lịch, nhắc lịch, quy chế biểu quyết, văn bản đồng ý sinh hoạt trực tuyến)',
  options: { cell: { type: 'string' }, json: { type: 'boolean' } },
  run: showSettings,
};

export const cellsSetCommand: CommandSpec = {
  name: 'cells set',
  usage: [SET_USAGE],
  summary:
    'Sửa thiết lập của một chi bộ; mỗi thay đổi được kiểm tra và ghi nhật ký như trên thẻ thiết lập (chuỗi rỗng xóa số, ngày văn bản)',
  options: { cell: { type: 'string' }, json: { type: 'boolean' }, ...settingOptions },
  run: setSettings,
};

/** The settings as stored, for --json (the same names as the CLI options' settings). */
function settingsJson(cell: Cell) {
  return {
    id: cell.id,
    name: cell.name,
    parentOrganisation: cell.parentOrganisation,
    locality: cell.locality,
    timezone: cell.timezone,
    meetingRule: JSON.parse(cell.meetingRule) as unknown,
    reminderOffsets: JSON.parse(cell.reminderOffsets) as unknown,
    quorum: `${cell.quorumNumerator}/${cell.quorumDenominator}`,
    excusedInDenominator: cell.excusedInDenominator,
    attachedInMayVote: cell.attachedInMayVote,
    onlineApprovalRef: cell.onlineApprovalRef,
    onlineApprovalDate: cell.onlineApprovalDate ? cell.onlineApprovalDate.toISOString().slice(0, 10) : null,
  };
}

async function findCell(db: Database, cellId: string): Promise<Cell> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
  return cell;
}

async function showSettings(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', SHOW_USAGE);
  const cell = await ctx.withDatabase((db) => findCell(db, cellId));
  if (ctx.json) printJson(ctx.io, settingsJson(cell));
  else printLine(ctx.io, settingLines(cell, 'vi').join('\n'));
  return EXIT_OK;
}

/** The settings named on the command line, as typed. */
function settingsInput(ctx: CommandContext): SettingsInput {
  const input: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const value = stringOption(ctx.values, SETTING_FIELDS[key].cli);
    if (value !== undefined) input[key] = value;
  }
  if (Object.keys(input).length === 0)
    throw new UsageError(
      'Chưa có thiết lập nào để sửa: đề nghị ghi ít nhất một tùy chọn, ví dụ --quorum 2/3',
      SET_USAGE,
    );
  return input;
}

async function setSettings(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', SET_USAGE);
  const input = settingsInput(ctx);
  const saved = await ctx.withDatabase(async (db) => {
    const cell = await findCell(db, cellId);
    const parsed = parseSettings(input, cell);
    if (!parsed.ok) {
      const lines = parsed.invalid.map((key) => `--${SETTING_FIELDS[key].cli}: ${invalidSettingText(key, 'vi')}`);
      throw new CliFailure(`Chưa lưu thay đổi nào.\n${lines.join('\n')}`);
    }
    return applySettings(db, cell.id, parsed.patch, null, 'cli');
  });
  if (ctx.json) {
    printJson(ctx.io, { ...settingsJson(saved.cell), changes: saved.changes });
    return EXIT_OK;
  }
  if (saved.changes.length === 0) {
    printError(ctx.io, 'Không có thay đổi: các giá trị đã như vậy.');
    return EXIT_OK;
  }
  printLine(ctx.io, `Đã lưu ${saved.changes.length} thay đổi của ${saved.cell.name}:`);
  printLine(
    ctx.io,
    settingLines(
      saved.cell,
      'vi',
      saved.changes.map((c) => c.field),
    )
      .map((line) => `- ${line}`)
      .join('\n'),
  );
  return EXIT_OK;
}
