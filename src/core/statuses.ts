/**
 * Member statuses and roles: their wording, what each status implies, and
 * parsing what a secretary types (roster import, commands).
 */
import { normalizeText } from './text';
import {
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type Locale,
  type MemberRole,
  type MemberStatus,
} from './types';

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

// Folded spellings (normalizeText, "_"/"-" read as spaces) besides the labels and codes themselves.
const STATUS_ALIASES: Readonly<Record<MemberStatus, readonly string[]>> = {
  official: ['chinh thuc', 'dang vien chinh thuc', 'dvct', 'full member'],
  probationary: ['du bi', 'dang vien du bi', 'dvdb', 'probation', 'probationary member'],
  exempt: [
    'mien',
    'mien sinh hoat',
    'mien cong tac',
    'mien sinh hoat dang',
    'mien cong tac va sinh hoat',
    'mien cong tac va sinh hoat dang',
    'exempt',
  ],
  // Cells write "SHT" for members attached here (DOMAIN.md: "tổng số … (chính thức, dự bị, SHT)").
  attached_in: ['sht', 'sht den', 'tam thoi den', 'sinh hoat tam thoi den', 'attached here', 'attached in'],
  attached_out: ['sht di', 'tam thoi di', 'sinh hoat tam thoi di', 'attached elsewhere', 'attached out'],
  suspended: ['dinh chi', 'dinh chi sinh hoat', 'bi dinh chi', 'suspended'],
};

const ROLE_ALIASES: Readonly<Record<MemberRole, readonly string[]>> = {
  secretary: ['bi thu', 'bi thu chi bo', 'bt', 'secretary'],
  deputy_secretary: ['pho bi thu', 'pho bi thu chi bo', 'pbt', 'deputy', 'deputy secretary'],
  committee: ['chi uy vien', 'chi uy', 'cuv', 'uy vien', 'committee', 'committee member'],
  member: ['dang vien', 'dv', 'member'],
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

function fold(text: string): string {
  return normalizeText(text.replace(/[_\-–.,:;()]/g, ' '));
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
