"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rosterFormatOf = rosterFormatOf;
exports.parseRosterCsv = parseRosterCsv;
exports.parseRosterXlsx = parseRosterXlsx;
exports.parseRosterFile = parseRosterFile;
/**
 * Entry point of the pure half of a roster import: bytes of a CSV or XLSX file
 * → validated rows, issues with their lines, and warnings.
 */
const read_table_1 = require("./read-table");
const validate_rows_1 = require("./validate-rows");
/** The format a file name announces; null for anything else (old .xls included: save it as .xlsx). */
function rosterFormatOf(fileName) {
    const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
    return extension === 'csv' || extension === 'txt' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
}
/** Parses a CSV roster (UTF-8 with or without BOM, comma or semicolon separated). */
function parseRosterCsv(content) {
    return (0, validate_rows_1.validateRosterTable)((0, read_table_1.readCsvTable)(content));
}
/** Parses the first sheet of an XLSX roster. */
async function parseRosterXlsx(content) {
    return (0, validate_rows_1.validateRosterTable)(await (0, read_table_1.readXlsxTable)(content));
}
/** Parses a roster file of the given format. */
async function parseRosterFile(content, format) {
    return format === 'xlsx' ? parseRosterXlsx(content) : parseRosterCsv(content);
}
//# sourceMappingURL=parse-roster.js.map