/**
 * What the chair or thư ký records for members in the room without a device
 * (mixed meetings): who is present, and the ballots of a show of hands. Names
 * are read as typed and matched to the roster with or without diacritics.
 */
import { normalizeText } from './text';
import type { VoteChoice } from './types';

/** A name as typed, with the short comment an "ý kiến khác" carries: "Nguyễn Văn D (đề nghị bổ sung)". */
export interface NamedBallot {
  readonly name: string;
  readonly comment?: string;
}

/** The ballots of a show of hands, by choice, in the order they were written. */
export interface HandsCount {
  readonly choice: VoteChoice;
  readonly names: readonly NamedBallot[];
}

/** Minutes after the meeting's start (the roll call opened) within which a check-in is on time. */
export const LATE_AFTER_MINUTES = 15;

/** Whether a check-in at `at` is late: more than LATE_AFTER_MINUTES after the meeting actually started. */
export function isLateCheckIn(startedAt: Date | null, at: Date): boolean {
  return startedAt !== null && at.getTime() - startedAt.getTime() > LATE_AFTER_MINUTES * 60_000;
}

/** "A, B và C; D" → ["A", "B", "C", "D"]: commas, semicolons, "và" / "and" separate names. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n]|\s+(?:và|va|and)\s+/iu)
    .map((name) =>
      name
        .trim()
        .replace(/[.。]+$/u, '')
        .trim(),
    )
    .filter((name) => name !== '');
}

function namedBallot(part: string): NamedBallot {
  const match = /^(.*?)\s*\((.*)\)\s*$/u.exec(part);
  if (!match) return { name: part };
  const comment = (match[2] ?? '').trim();
  return comment === '' ? { name: (match[1] ?? '').trim() } : { name: (match[1] ?? '').trim(), comment };
}

// Longest first, so "không tán thành" is not read as "tán thành".
const CHOICE_WORDS: readonly { readonly words: string; readonly choice: VoteChoice }[] = [
  { words: 'khong tan thanh', choice: 'reject' },
  { words: 'khong dong y', choice: 'reject' },
  { words: 'y kien khac', choice: 'other' },
  { words: 'tan thanh', choice: 'approve' },
  { words: 'dong y', choice: 'approve' },
  { words: 'approve', choice: 'approve' },
  { words: 'reject', choice: 'reject' },
  { words: 'against', choice: 'reject' },
  { words: 'other', choice: 'other' },
];

/** The choice a group starts with ("tán thành: A, B") and the text after it; null when none. */
function choiceAt(group: string): { choice: VoteChoice; rest: string } | null {
  const folded = normalizeText(group);
  for (const { words, choice } of CHOICE_WORDS) {
    if (folded === words || folded.startsWith(`${words} `) || folded.startsWith(`${words}:`)) {
      // The folded form keeps one character per character of the trimmed, single-spaced original.
      const original = group.normalize('NFC').trim().replace(/\s+/gu, ' ');
      return { choice, rest: original.slice(words.length).replace(/^\s*[:：–-]?\s*/u, '') };
    }
  }
  return null;
}

/** Parts of a list cut at ",", ";", "|" or a line break (not inside parentheses), then at "và" / "and". */
function listParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;|\n]/u.test(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.flatMap((part) => (/\(/u.test(part) ? [part.trim()] : splitNames(part))).filter((p) => p !== '');
}

/**
 * "tán thành A, B; không tán thành C, ý kiến khác D (lý do)" → the groups: a choice word starts a group,
 * the names after it belong to it. Null when the list does not start with a choice or a choice names nobody.
 */
export function parseHandsCount(text: string): HandsCount[] | null {
  const groups: { choice: VoteChoice; names: NamedBallot[] }[] = [];
  for (const part of listParts(text)) {
    const head = choiceAt(part);
    const name = head === null ? part : head.rest;
    if (head !== null) groups.push({ choice: head.choice, names: [] });
    const current = groups[groups.length - 1];
    if (current === undefined) return null;
    if (name.trim() !== '') current.names.push(namedBallot(name.trim()));
  }
  if (groups.length === 0 || groups.some((g) => g.names.length === 0)) return null;
  return groups;
}

/** A roster member as name matching sees them. */
export interface NamedMember {
  readonly id: string;
  readonly fullName: string;
}

/**
 * The member a typed name means: the full name (with or without diacritics), else the only member whose
 * name ends with the typed words ("Văn An" for "Nguyễn Văn An"). Null when none or several match.
 */
export function matchMemberName<M extends NamedMember>(members: readonly M[], typed: string): M | null {
  const wanted = normalizeText(typed);
  if (wanted === '') return null;
  const exact = members.filter((m) => normalizeText(m.fullName) === wanted);
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return null;
  const tail = members.filter((m) => normalizeText(m.fullName).endsWith(` ${wanted}`));
  return tail.length === 1 ? (tail[0] ?? null) : null;
}
