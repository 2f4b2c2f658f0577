/** Printing for the CLI: aligned tables for people, JSON for machines. */
import type { CliIo } from './context';

/** Writes one value as JSON on stdout (the only thing on stdout in --json mode). */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(io: CliIo, line = ''): void {
  io.stdout.write(`${line}\n`);
}

/** Human notes and errors: always stderr, so stdout stays clean JSON with --json. */
export function printError(io: CliIo, line: string): void {
  io.stderr.write(`${line}\n`);
}

// Vietnamese letters are one column each once composed (NFC); combining marks would otherwise count twice.
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Renders rows as columns padded to the widest cell, with a rule under the header. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(width(header), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.normalize('NFC') + ' '.repeat((widths[column] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** "05/9/2025 14:00" in the cell's zone; "" for no date. */
export function shortDateTime(date: Date | null, timeZone: string): string {
  if (!date) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** "05/9/2025" for a date-only value stored at UTC midnight. */
export function shortDate(date: Date | null): string {
  if (!date) return '';
  return `${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}
