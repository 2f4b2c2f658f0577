"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = void 0;
exports.usageText = usageText;
exports.runCli = runCli;
/**
 * The CLI's dispatcher: parse argv strictly (node:util parseArgs), run one
 * command, map the outcome to an exit code. Takes its io and deps as
 * arguments so tests run it in-process.
 */
const node_util_1 = require("node:util");
const errors_1 = require("../core/errors");
const cells_1 = require("./cells");
const context_1 = require("./context");
const demo_1 = require("./demo");
const import_roster_1 = require("./import-roster");
const meetings_1 = require("./meetings");
const members_1 = require("./members");
const migrate_1 = require("./migrate");
const output_1 = require("./output");
const summary_1 = require("./summary");
const documents_1 = require("./documents");
const zalo_codes_1 = require("./zalo-codes");
const schedule_1 = require("./schedule");
exports.COMMANDS = [
    import_roster_1.importRosterCommand,
    cells_1.cellsCommand,
    members_1.membersCommand,
    meetings_1.meetingsCommand,
    summary_1.summaryCommand,
    demo_1.demoCommand,
    migrate_1.migrateCommand,
    schedule_1.scheduleCommand,
    zalo_codes_1.zaloCodesCommand,
    zalo_codes_1.zaloConnectCommand,
    documents_1.minutesCommand,
    documents_1.resolutionCommand,
    documents_1.exportCommand,
];
const PROGRAM = 'npm run cli --';
const GENERAL_USAGE = `${PROGRAM} <lệnh> [tùy chọn]   (danh sách lệnh: ${PROGRAM} help)`;
/** The full help text. */
function usageText() {
    const commands = exports.COMMANDS.flatMap((c) => [...c.usage.map((u) => `  ${u}`), `      ${c.summary}`]);
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
        'Cơ sở dữ liệu: biến môi trường DATABASE_URL (mặc định file:./data/chibo.db).',
        'Mã thoát: 0 thành công, 1 lỗi, 2 sai cú pháp lệnh.',
    ].join('\n');
}
function commandUsage(command) {
    return command.usage.map((u) => `${PROGRAM} ${u}`).join('\n       ');
}
/** Runs one command line; resolves to the exit code (0 ok, 1 failure, 2 usage). Never rejects. */
async function runCli(argv, io, deps) {
    const state = { debug: argv.includes('--debug') };
    try {
        return await dispatch(argv, io, deps, state);
    }
    catch (error) {
        return reportError(io, error, state.debug);
    }
}
async function dispatch(argv, io, deps, state) {
    const [name, ...rest] = argv;
    if (name === undefined)
        throw new context_1.UsageError('Chưa có lệnh (no command)', GENERAL_USAGE);
    if (name === 'help' || name === '--help' || name === '-h')
        return help(io, rest[0]);
    const command = exports.COMMANDS.find((c) => c.name === name);
    if (!command) {
        const what = name.startsWith('-') ? 'Tùy chọn không hợp lệ' : 'Lệnh không hợp lệ';
        throw new context_1.UsageError(`${what}: ${name} (unknown ${name.startsWith('-') ? 'option' : 'command'})`, GENERAL_USAGE);
    }
    const values = parseOptions(command, rest);
    if (values.help === true) {
        (0, output_1.printLine)(io, `Cách dùng: ${commandUsage(command)}\n${command.summary}`);
        return context_1.EXIT_OK;
    }
    return command.run(contextFor(io, deps, values, state));
}
function help(io, topic) {
    const command = exports.COMMANDS.find((c) => c.name === topic);
    (0, output_1.printLine)(io, command ? `Cách dùng: ${commandUsage(command)}\n${command.summary}` : usageText());
    return context_1.EXIT_OK;
}
function parseOptions(command, args) {
    try {
        const options = { ...command.options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } };
        return (0, node_util_1.parseArgs)({ args: [...args], options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new context_1.UsageError(parseArgsMessage(error), commandUsage(command));
    }
}
// parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes and long English text; say it briefly, in Vietnamese too.
function parseArgsMessage(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `Tùy chọn không hợp lệ: ${quoted} (unknown option)`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `Đối số thừa: ${quoted} (unexpected argument)`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return `Giá trị tùy chọn không hợp lệ: ${message}`;
        default:
            throw error;
    }
}
function contextFor(io, deps, values, state) {
    return {
        io,
        deps,
        values,
        json: values.json === true,
        async withDatabase(work) {
            const config = deps.config();
            state.debug ||= config.logLevel === 'debug' || config.logLevel === 'trace';
            const db = await deps.openDatabase(config.databaseUrl);
            try {
                return await work(db);
            }
            finally {
                await db.close();
            }
        },
    };
}
function reportError(io, error, debug) {
    if (error instanceof context_1.UsageError) {
        (0, output_1.printError)(io, `Lỗi: ${error.message}`);
        (0, output_1.printError)(io, `Cách dùng: ${error.usage}`);
        return context_1.EXIT_USAGE;
    }
    const message = (0, errors_1.isDomainError)(error) ? error.userMessage('vi') : error instanceof Error ? error.message : String(error);
    (0, output_1.printError)(io, `Lỗi: ${message}`);
    if (debug && error instanceof Error && error.stack)
        (0, output_1.printError)(io, error.stack);
    return context_1.EXIT_FAILURE;
}
//# sourceMappingURL=run.js.map