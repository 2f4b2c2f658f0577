/**
 * The CLI's dispatcher: parse argv strictly (node:util parseArgs), run one
 * command, map the outcome to an exit code. Takes its io and deps as
 * arguments so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { isDomainError } from '../core/errors';
import type { Database } from '../store/database';
import { cellsCommand } from './cells';
import { cellsSetCommand, cellsShowCommand } from './cell-settings';
import {
  cellCreateCommand,
  cellMoveCommand,
  committeeCreateCommand,
  committeeMemberCommand,
  committeeSetCommand,
  committeesCommand,
} from './committees';
import { reportCommand } from './report';
import {
  CliFailure,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliDeps,
  type CliIo,
  type CommandContext,
  type CommandSpec,
  type OptionValues,
} from './context';
import { demoCommand } from './demo';
import { importRosterCommand } from './import-roster';
import { meetingsCommand } from './meetings';
import { membersCommand } from './members';
import { migrateCommand } from './migrate';
import { unexpectedErrorText } from './error-text';
import { printError, printLine } from './output';
import { summaryCommand } from './summary';
import { exportCommand, minutesCommand, resolutionCommand } from './documents';
import { zaloCodesCommand, zaloConnectCommand } from './zalo-codes';
import { scheduleCommand } from './schedule';
import { backupCommand, restoreCommand } from './backup';
import { outboxListCommand, outboxRetryCommand } from './outbox';

export const COMMANDS: readonly CommandSpec[] = [
  importRosterCommand,
  cellsCommand,
  cellsShowCommand,
  cellsSetCommand,
  cellCreateCommand,
  cellMoveCommand,
  committeesCommand,
  committeeCreateCommand,
  committeeSetCommand,
  committeeMemberCommand,
  reportCommand,
  membersCommand,
  meetingsCommand,
  summaryCommand,
  demoCommand,
  migrateCommand,
  scheduleCommand,
  zaloCodesCommand,
  zaloConnectCommand,
  minutesCommand,
  resolutionCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  outboxListCommand,
  outboxRetryCommand,
];

const PROGRAM = 'npm run cli --';
const GENERAL_USAGE = `${PROGRAM} <lệnh> [tùy chọn]   (danh sách lệnh: ${PROGRAM} help)`;

/** The full help text. */
export function usageText(): string {
  const commands = COMMANDS.flatMap((c) => [...c.usage.map((u) => `  ${u}`), `      ${c.summary}`]);
  return [
    'chibo-bot — công cụ quản trị chi bộ (admin CLI)',
    '',
    `Cách dùng: ${PROGRAM} <lệnh> [tùy chọn]`,
    '',
    'Lệnh:',
    '  help [<lệnh>]',
    '      In hướng dẫn này, hoặc của một lệnh',
    ...commands,
    '',
    'Tùy chọn chung: --json (stdout chỉ có JSON; thông báo ra stderr), --debug (in chi tiết lỗi), --help',
    'Với --json, gọi `npm run -s cli -- …` hoặc `npx chibo …`: không có -s, npm in thêm dòng "> chibo-bot cli" ra stdout.',
    'Cơ sở dữ liệu: biến môi trường DATABASE_URL (mặc định file:./data/chibo.db).',
    'Mã thoát: 0 thành công, 1 lỗi, 2 sai cú pháp lệnh.',
  ].join('\n');
}

function commandUsage(command: CommandSpec): string {
  return command.usage.map((u) => `${PROGRAM} ${u}`).join('\n       ');
}

/** Runs one command line; resolves to the exit code (0 ok, 1 failure, 2 usage). Never rejects. */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const state = { debug: argv.includes('--debug') };
  try {
    return await dispatch(argv, io, deps, state);
  } catch (error) {
    return reportError(io, error, state.debug);
  }
}

async function dispatch(argv: readonly string[], io: CliIo, deps: CliDeps, state: { debug: boolean }): Promise<number> {
  // A command of two words ("outbox list") is matched before one of one word.
  const pair = COMMANDS.find((c) => c.name === argv.slice(0, 2).join(' '));
  const [name, ...rest] = pair ? [pair.name, ...argv.slice(2)] : argv;
  if (name === undefined) throw new UsageError('Chưa có lệnh', GENERAL_USAGE);
  if (name === 'help' || name === '--help' || name === '-h') return help(io, rest[0]);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? 'Tùy chọn không hợp lệ' : 'Lệnh không hợp lệ';
    throw new UsageError(`${what}: ${name}`, GENERAL_USAGE);
  }
  const values = parseOptions(command, rest);
  if (values.help === true) {
    printLine(io, `Cách dùng: ${commandUsage(command)}\n${command.summary}`);
    return EXIT_OK;
  }
  return command.run(contextFor(io, deps, values, state));
}

function help(io: CliIo, topic: string | undefined): number {
  const command = COMMANDS.find((c) => c.name === topic);
  printLine(io, command ? `Cách dùng: ${commandUsage(command)}\n${command.summary}` : usageText());
  return EXIT_OK;
}

function parseOptions(command: CommandSpec, args: readonly string[]): OptionValues {
  try {
    const options = { ...command.options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } } as const;
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), commandUsage(command));
  }
}

// parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes and long English text; say it briefly, in Vietnamese.
function parseArgsMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không hợp lệ: ${quoted}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Đối số thừa: ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return optionValueMessage(message, quoted);
    default:
      throw error;
  }
}

// Node writes "Option '-c, --cell <value>' argument missing" or "Option '--json' does not take an argument".
function optionValueMessage(message: string, quoted: string): string {
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (message.includes('argument missing')) return `Tùy chọn ${option} cần một giá trị`;
  if (message.includes('does not take an argument')) return `Tùy chọn ${option} không nhận giá trị`;
  return `Giá trị của tùy chọn ${option} không hợp lệ`;
}

function contextFor(io: CliIo, deps: CliDeps, values: OptionValues, state: { debug: boolean }): CommandContext {
  return {
    io,
    deps,
    values,
    json: values.json === true,
    async withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
      const config = deps.config();
      state.debug ||= config.logLevel === 'debug' || config.logLevel === 'trace';
      const db = await deps.openDatabase(config.databaseUrl);
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    },
  };
}

function reportError(io: CliIo, error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    printError(io, `Lỗi: ${error.message}`);
    printError(io, `Cách dùng: ${error.usage}`);
    return EXIT_USAGE;
  }
  const message = isDomainError(error)
    ? error.userMessage('vi')
    : error instanceof CliFailure
      ? error.message
      : unexpectedErrorText(error);
  printError(io, `Lỗi: ${message}`);
  if (debug && !(error instanceof Error && error.stack) && !(error instanceof CliFailure))
    printError(io, String(error));
  if (debug && error instanceof Error && error.stack) printError(io, error.stack);
  return EXIT_FAILURE;
}
