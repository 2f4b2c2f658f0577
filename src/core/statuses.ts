/**
 * Member statuses and roles: their wording, what each status implies, and
 * parsing what a secretary types (roster import, commands).
 */
import { matchSpelling, type Spelling, type SpellingMatch } from './spelling';
import { normalizeText } from './text';
import { MEMBER_ROLES, MEMBER_STATUSES, type Locale, type MemberRole, type MemberStatus } from './types';

const STATUS_LABELS: Readonly<Record<MemberStatus, Readonly<Record<Locale, string>>>> = {
  official: { vi: 'chính thức', en: 'official' },
  probationary: { vi: 'dự bị', en: 'probationary' },
  exempt: { vi: 'miễn công tác và sinh hoạt đảng', en: 'exempt from party work and activities' },
  attached_in: { vi: 'sinh hoạt tạm thời đến', en: 'temporarily attached here' },
  attached_out: { vi: 'sinh hoạt tạm thời đi', en: 'temporarily attached elsewhere' },
  suspended: { vi: 'đình chỉ sinh hoạt', en: 'suspended' },
};

const ROLE_LABELS: Readonly<Record<MemberRole, Readonly<Record<Locale, string>>>> = {
  secretary: { vi: 'Bí thư', en: 'Secretary' },
  deputy_secretary: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
  committee: { vi: 'Chi ủy viên', en: 'Committee member' },
  member: { vi: 'Đảng viên', en: 'Member' },
};

// Other spellings besides the labels and codes, as cells write them (with their diacritics: the strict
// readers below accept these exactly or with no diacritics at all; parseStatus/parseRole fold them).
const STATUS_ALIASES: Readonly<Record<MemberStatus, readonly string[]>> = {
  official: ['chính thức', 'đảng viên chính thức', 'ĐVCT', 'full member'],
  probationary: ['dự bị', 'đảng viên dự bị', 'ĐVDB', 'probation', 'probationary member'],
  exempt: [
    'miễn',
    'miễn sinh hoạt',
    'miễn công tác',
    'miễn sinh hoạt đảng',
    'miễn công tác và sinh hoạt',
    'miễn công tác và sinh hoạt đảng',
    'exempt',
  ],
  // Cells write "SHT" for members attached here (DOMAIN.md: "tổng số … (chính thức, dự bị, SHT)").
  attached_in: ['SHT', 'SHT đến', 'tạm thời đến', 'sinh hoạt tạm thời đến', 'attached here', 'attached in'],
  attached_out: ['SHT đi', 'tạm thời đi', 'sinh hoạt tạm thời đi', 'attached elsewhere', 'attached out'],
  suspended: ['đình chỉ', 'đình chỉ sinh hoạt', 'bị đình chỉ', 'suspended'],
};

const ROLE_ALIASES: Readonly<Record<MemberRole, readonly string[]>> = {
  secretary: ['Bí thư', 'Bí thư chi bộ', 'BT', 'secretary'],
  deputy_secretary: ['Phó Bí thư', 'Phó Bí thư chi bộ', 'PBT', 'deputy', 'deputy secretary'],
  committee: ['Chi ủy viên', 'Chi ủy', 'CUV', 'Ủy viên', 'committee', 'committee member'],
  member: ['Đảng viên', 'ĐV', 'member'],
};

/** The status as the cell writes it ("chính thức", "dự bị", …) or in English. */
export function statusLabel(status: MemberStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}

/** The role as the cell writes it ("Bí thư", "Phó Bí thư", …) or in English. */
export function roleLabel(role: MemberRole, locale: Locale): string {
  return ROLE_LABELS[role][locale];
}

/** Whether the status counts in the cell's "tổng số đảng viên" (official and probationary only). */
export function isCountedInTotal(status: MemberStatus): boolean {
  return status === 'official' || status === 'probationary';
}

/** Whether members of this status are summoned to meetings (exempt may attend but are not summoned). */
export function isInvited(status: MemberStatus): boolean {
  return status === 'official' || status === 'probationary' || status === 'attached_in';
}

/** Whether the role sits on the cell committee (chi ủy) and may run meetings and votes. */
export function isCommittee(role: MemberRole): boolean {
  return role === 'secretary' || role === 'deputy_secretary' || role === 'committee';
}

/** Reads a status typed in Vietnamese (with or without accents), English or as a code; null if unknown. */
export function parseStatus(text: string): MemberStatus | null {
  return lookup(text, MEMBER_STATUSES, STATUS_LABELS, STATUS_ALIASES);
}

/** Reads a role typed in Vietnamese (with or without accents), English or as a code; null if unknown. */
export function parseRole(text: string): MemberRole | null {
  return lookup(text, MEMBER_ROLES, ROLE_LABELS, ROLE_ALIASES);
}

/** "_", "-", "." and the like read as spaces ("sinh_hoat_tam_thoi_den", "Chi ủy viên."). */
function unpunctuate(text: string): string {
  return text.replace(/[_\-–.,:;()]/g, ' ');
}

function fold(text: string): string {
  return normalizeText(unpunctuate(text));
}

function spellingsOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, Readonly<Record<Locale, string>>>>,
  aliases: Readonly<Record<T, readonly string[]>>,
): Spelling<T>[] {
  return values.flatMap((value) =>
    [value, labels[value].vi, labels[value].en, ...aliases[value]].map((written) => ({ value, written })),
  );
}

const STATUS_SPELLINGS = spellingsOf(MEMBER_STATUSES, STATUS_LABELS, STATUS_ALIASES);
const ROLE_SPELLINGS = spellingsOf(MEMBER_ROLES, ROLE_LABELS, ROLE_ALIASES);

/**
 * Reads a status from a roster file, strictly: a known spelling with its own diacritics, or one written
 * with none; "Chính thưc" is refused with "Chính thức" as the suggestion (parseStatus would read it).
 */
export function matchStatusStrict(text: string): SpellingMatch<MemberStatus> {
  return matchSpelling(text, STATUS_SPELLINGS, unpunctuate);
}

/** Reads a role from a roster file, strictly (see matchStatusStrict). */
export function matchRoleStrict(text: string): SpellingMatch<MemberRole> {
  return matchSpelling(text, ROLE_SPELLINGS, unpunctuate);
}

function lookup<T extends string>(
  text: string,
  values: readonly T[],
  labels: Readonly<Record<T, Readonly<Record<Locale, string>>>>,
  aliases: Readonly<Record<T, readonly string[]>>,
): T | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const value of values) {
    const names = [value, labels[value].vi, labels[value].en, ...aliases[value]];
    if (names.some((name) => fold(name) === folded)) return value;
  }
  return null;
}
