/**
 * The secretary's roster card: the cell's members (then the conversation's
 * accounts not on the roster) one page at a time, each with status, role and
 * party group to set. Pages keep the card well under Teams' ~28 KB limit.
 */
import type { SetupRosterEntry, SetupRosterView } from '../../cards/view-models';
import { compareVietnameseNames, sortByVietnameseName } from '../../core/names';
import { statusLabel } from '../../core/statuses';
import { MEMBER_STATUSES, type Locale, type MemberStatus } from '../../core/types';
import { toMemberRole, toMemberStatus } from '../../store/mappers';
import type { Database } from '../../store/database';
import type { Cell } from '../../store/rows';
import type { Platform } from '../turn';
import type { ConversationMember } from './conversation-members';
import type { LinkReport } from './match-members';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

/** Members per page: 15 entries of three inputs each render to about 20 KB. */
export const ROSTER_PAGE_SIZE = 15;

/** The key of an account not on the roster (its member id does not exist yet). */
export function newAccountKey(platformUserId: string): string {
  return `new.${platformUserId}`;
}

interface RosterEntryRow {
  readonly entry: SetupRosterEntry;
  readonly status: MemberStatus | null;
}

const wording = {
  vi: {
    linked: 'Đã liên kết tài khoản',
    unlinked: 'Chưa liên kết tài khoản',
    notOnRoster: 'Chưa có trong danh sách chi bộ',
    total: 'Tổng số đảng viên',
    official: 'chính thức',
    probationary: 'dự bị',
  },
  en: {
    linked: 'Account linked',
    unlinked: 'No linked account',
    notOnRoster: 'Not on the cell roster',
    total: 'Members',
    official: 'official',
    probationary: 'probationary',
  },
} as const;

function withEmail(text: string, email: string | null | undefined): string {
  return email ? `${text} – ${email}` : text;
}

/** Every line of the card, members first (by status, then name), then accounts to add. */
async function allEntries(db: Database, input: RosterCardInput): Promise<RosterEntryRow[]> {
  const { cell, platform, unmatched, locale } = input;
  const w = wording[locale];
  // Whether a member's account is linked means something only where the conversation lists its accounts.
  const showLinks = input.listed;
  const members = await db.prisma.member.findMany({
    where: { cellId: cell.id },
    include: { accounts: { where: { platform }, select: { id: true } } },
  });
  const order = (status: string): number => (MEMBER_STATUSES as readonly string[]).indexOf(status);
  members.sort((a, b) => order(a.status) - order(b.status) || compareVietnameseNames(a.fullName, b.fullName));
  const rows: RosterEntryRow[] = members.map((m) => {
    const status = toMemberStatus(m.status);
    const detail = !showLinks ? '' : m.accounts.length > 0 ? w.linked : withEmail(w.unlinked, m.email);
    return {
      status,
      entry: {
        key: m.id,
        name: m.fullName,
        detail,
        status,
        role: toMemberRole(m.role),
        partyGroup: m.partyGroup ?? '',
      },
    };
  });
  const extra = sortByVietnameseName(unmatched, (a) => a.name);
  for (const account of extra) {
    rows.push({
      status: null,
      entry: {
        key: newAccountKey(account.platformUserId),
        name: account.name,
        detail: withEmail(w.notOnRoster, account.email),
        role: 'member',
        partyGroup: '',
      },
    });
  }
  return rows;
}

function totalsLine(rows: readonly RosterEntryRow[], locale: Locale): string {
  const count = (status: MemberStatus): number => rows.filter((r) => r.status === status).length;
  const w = wording[locale];
  const apart = (['exempt', 'attached_in', 'attached_out', 'suspended'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${statusLabel(status, locale)} ${count(status)}`);
  const main = `${w.total}: ${count('official') + count('probationary')} (${w.official} ${count('official')}, ${w.probationary} ${count('probationary')})`;
  return `${main}${apart.length > 0 ? `; ${apart.join(', ')}` : ''}.`;
}

/** "Trong cuộc trò chuyện có 73 tài khoản: …" after a sync. */
export function linkReportLine(report: LinkReport, locale: Locale): string {
  const linked = report.alreadyLinked + report.linkedByEmail;
  return say(locale, W.rosterSync, {
    inConversation: report.inConversation,
    linked,
    byEmail: report.linkedByEmail,
    unmatched: report.unmatched.length,
    elsewhere: report.elsewhere,
  });
}

export interface RosterCardInput {
  readonly cell: Cell;
  readonly platform: Platform;
  /** Whether the channel listed the conversation's accounts (its directory port). */
  readonly listed: boolean;
  readonly unmatched: readonly ConversationMember[];
  /** Extra lines under the totals (sync report, what was saved). */
  readonly notes: readonly string[];
  /** 1-based; clamped to the pages there are. */
  readonly page: number;
  readonly locale: Locale;
}

/** One page of the roster card. */
export async function rosterCardView(db: Database, input: RosterCardInput): Promise<SetupRosterView> {
  const rows = await allEntries(db, input);
  const pageCount = Math.max(1, Math.ceil(rows.length / ROSTER_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page)), pageCount);
  const start = (page - 1) * ROSTER_PAGE_SIZE;
  return {
    type: 'setup.roster',
    locale: input.locale,
    cellName: input.cell.name,
    summaryLines: [totalsLine(rows, input.locale), ...input.notes],
    page,
    pageCount,
    entries: rows.slice(start, start + ROSTER_PAGE_SIZE).map((row) => row.entry),
  };
}
