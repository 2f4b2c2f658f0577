"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.printJson = printJson;
exports.printLine = printLine;
exports.printError = printError;
exports.renderTable = renderTable;
exports.shortDateTime = shortDateTime;
exports.shortDate = shortDate;
/** Writes one value as JSON on stdout (the only thing on stdout in --json mode). */
function printJson(io, value) {
    io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
function printLine(io, line = '') {
    io.stdout.write(`${line}\n`);
}
/** Human notes and errors: always stderr, so stdout stays clean JSON with --json. */
function printError(io, line) {
    io.stderr.write(`${line}\n`);
}
// Vietnamese letters are one column each once composed (NFC); combining marks would otherwise count twice.
function width(text) {
    return [...text.normalize('NFC')].length;
}
/** Renders rows as columns padded to the widest cell, with a rule under the header. */
function renderTable(headers, rows) {
    const widths = headers.map((header, column) => Math.max(width(header), ...rows.map((row) => width(row[column] ?? ''))));
    const line = (cells) => cells
        .map((cell, column) => cell.normalize('NFC') + ' '.repeat((widths[column] ?? 0) - width(cell)))
        .join('  ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
/** "05/9/2025 14:00" in the cell's zone; "" for no date. */
function shortDateTime(date, timeZone) {
    if (!date)
        return '';
    const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        day: '2-digit',
        month: 'numeric',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
    }).formatToParts(date);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
/** "05/9/2025" for a date-only value stored at UTC midnight. */
function shortDate(date) {
    if (!date)
        return '';
    return `${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
//# sourceMappingURL=output.js.map