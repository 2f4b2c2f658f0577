/**
 * What the minute-taker and the chair type during a meeting: speakers and
 * their gist, tasks with an owner and a deadline, progress on targets. Pure
 * text reading; the features decide who may record what.
 */

/** "30/9/2025", "30-09-2025", "hạn 30/9/2025" → "2025-09-30"; null when it is not a real date. */
export function parseDueDate(text: string): string | null {
  const match = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "2025-09-30" → "30/9/2025", as the minutes write deadlines. */
export function formatDueDate(iso: string): string {
  // Written as the rest of the bot writes dates: day padded, month not ("05/9/2025").
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${Number(month ?? '')}/${year ?? ''}`;
}

// Parts of a task line are separated by a dash with spaces around it (en dash, em dash or hyphen) or by "|".
const PART_SEPARATOR = /\s+[–—-]\s+|\s*\|\s*/u;

/** Splits "nội dung – người phụ trách – hạn 30/9/2025" into its trimmed, non-empty parts. */
export function splitParts(text: string): string[] {
  return text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A task line read into its fields; null when the title or the owner is missing. */
export interface TaskLine {
  readonly title: string;
  readonly owner: string;
  readonly due?: string;
}

/** Reads "<nội dung> – <người phụ trách> – <hạn dd/mm/yyyy>"; the deadline may be left out. */
export function parseTaskLine(text: string): TaskLine | null {
  const parts = splitParts(text);
  const last = parts[parts.length - 1];
  const due = parts.length >= 3 && last !== undefined ? parseDueDate(last) : null;
  const fields = due ? parts.slice(0, -1) : parts;
  const owner = fields.length >= 2 ? (fields[fields.length - 1] ?? '') : '';
  const title = fields.slice(0, -1).join(' – ');
  if (title === '' || owner === '') return null;
  return due ? { title, owner: stripHonorific(owner), due } : { title, owner: stripHonorific(owner) };
}

/** "đồng chí Nguyễn Văn A" / "đ/c Nguyễn Văn A" → "Nguyễn Văn A". */
export function stripHonorific(name: string): string {
  return name.replace(/^(đồng chí|dong chi|đ\/c|d\/c|đc)\s+/iu, '').trim();
}

/** A speaker line: "Nguyễn Văn A: ý chính" (the gist may be left out). */
export interface SpeakerLine {
  readonly speaker: string;
  readonly gist?: string;
}

export function parseSpeakerLine(text: string): SpeakerLine | null {
  // The name ends at the first separator, colon or spaced dash; the gist may contain either.
  const cut = text.search(/[:：]|\s[–—-]\s/u);
  const speaker = stripHonorific((cut >= 0 ? text.slice(0, cut) : text).trim());
  const gist =
    cut >= 0
      ? text
          .slice(cut + 1)
          .replace(/^[\s–—-]+/u, '')
          .trim()
      : '';
  if (speaker === '') return null;
  return gist === '' ? { speaker } : { speaker, gist };
}

/** A target line: "<tên> +3" (progress added), "<tên> = 37" (progress set) or, for a goal, "<tên> = 180 người". */
export interface TargetLine {
  readonly metric: string;
  readonly mode: 'add' | 'set';
  readonly amount: number;
  readonly unit?: string;
}

export function parseTargetLine(text: string): TargetLine | null {
  const match = /^(.+?)\s*(?:([+-])\s*(\d{1,7})|[=:]\s*(\d{1,7}))\s*(\S.*)?$/u.exec(text.trim());
  if (!match) return null;
  const metric = (match[1] ?? '')
    .trim()
    .replace(/[:：]$/u, '')
    .trim();
  if (metric === '') return null;
  const unit = match[5]?.trim();
  const base =
    match[4] !== undefined
      ? { metric, mode: 'set' as const, amount: Number(match[4]) }
      : { metric, mode: 'add' as const, amount: Number(match[3]) * (match[2] === '-' ? -1 : 1) };
  return unit ? { ...base, unit } : base;
}

/** "giới thiệu 180 quần chúng: 37" style progress line: "<metric>: <progress>/<goal> <unit>". */
export function targetProgressLine(target: { metric: string; goal: number; progress: number; unit: string }): string {
  const unit = target.unit ? ` ${target.unit}` : '';
  return `${target.metric}: ${target.progress}/${target.goal}${unit}`;
}
