/**
 * Deciding what an import does to a cell's roster, before anything is
 * written: pure, so matching and the one-secretary rule are unit-tested.
 * Existing members are matched by email, else by folded full name; columns the
 * file lacks and empty cells leave stored values alone (role excepted: an empty
 * role means an ordinary member, so a former secretary can be listed as one).
 */
import type { MemberRole, MemberStatus } from '../../core/types';
import type { RosterField } from './columns';
import type { RosterIssue } from './issues';
import { nameKey, type RosterParseResult, type RosterRow } from './validate-rows';

/** A stored member as the planner needs it. */
export interface ExistingMember {
  readonly id: string;
  readonly fullName: string;
  readonly status: string;
  readonly role: string;
  readonly partyGroup: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly joinedAt: Date | null;
  readonly officialAt: Date | null;
}

/** The member columns an import writes. */
export interface MemberData {
  fullName?: string;
  status?: MemberStatus;
  role?: MemberRole;
  partyGroup?: string;
  phone?: string;
  email?: string;
  joinedAt?: Date;
  officialAt?: Date;
}

export type MemberChange =
  | {
      readonly kind: 'create';
      readonly line: number;
      readonly data: MemberData & { fullName: string; status: MemberStatus };
    }
  | { readonly kind: 'update'; readonly line: number; readonly memberId: string; readonly data: MemberData }
  | { readonly kind: 'unchanged'; readonly line: number; readonly memberId: string };

export interface ImportPlan {
  readonly changes: readonly MemberChange[];
  readonly issues: readonly RosterIssue[];
  /** Members of the cell the file does not list (kept as they are). */
  readonly notInFile: number;
}

/** Plans the import of validated rows into a cell that has `existing` members. */
export function planImport(existing: readonly ExistingMember[], parsed: RosterParseResult): ImportPlan {
  const fields = new Set(parsed.fields);
  const matchedBy = new Map<string, number>();
  const changes: MemberChange[] = [];
  const issues: RosterIssue[] = [];
  for (const row of parsed.rows) {
    const match = findMember(existing, row);
    if (match.kind === 'ambiguous') {
      issues.push({ line: row.line, code: 'row.ambiguous_match', value: row.fullName, count: match.count });
      continue;
    }
    if (match.kind === 'none') {
      changes.push({
        kind: 'create',
        line: row.line,
        data: { ...newData(row, fields), fullName: row.fullName, status: row.status },
      });
      continue;
    }
    const otherLine = matchedBy.get(match.member.id);
    if (otherLine !== undefined) {
      issues.push({ line: row.line, code: 'row.duplicate', otherLine, value: match.member.fullName });
      continue;
    }
    matchedBy.set(match.member.id, row.line);
    const data = diff(match.member, newData(row, fields));
    changes.push(
      Object.keys(data).length === 0
        ? { kind: 'unchanged', line: row.line, memberId: match.member.id }
        : { kind: 'update', line: row.line, memberId: match.member.id, data },
    );
  }
  issues.push(...secretaryIssues(existing, changes, parsed.rows));
  return { changes, issues, notInFile: existing.filter((m) => !matchedBy.has(m.id)).length };
}

type Match =
  | { readonly kind: 'member'; readonly member: ExistingMember }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly count: number };

function findMember(existing: readonly ExistingMember[], row: RosterRow): Match {
  if (row.email !== null) {
    const byEmail = existing.find((m) => m.email !== null && m.email.toLowerCase() === row.email);
    if (byEmail) return { kind: 'member', member: byEmail };
  }
  // A stored member with a different email is a different person, even with the same name.
  const key = nameKey(row.fullName);
  const byName = existing.filter((m) => nameKey(m.fullName) === key && (m.email === null || row.email === null));
  if (byName.length > 1) return { kind: 'ambiguous', count: byName.length };
  const [only] = byName;
  return only ? { kind: 'member', member: only } : { kind: 'none' };
}

/** The row's values for the columns the file has; empty cells are left out. */
function newData(row: RosterRow, fields: ReadonlySet<RosterField>): MemberData {
  const data: MemberData = { fullName: row.fullName, status: row.status };
  if (fields.has('role')) data.role = row.role;
  if (row.partyGroup !== null) data.partyGroup = row.partyGroup;
  if (row.phone !== null) data.phone = row.phone;
  if (row.email !== null) data.email = row.email;
  if (row.joinedAt !== null) data.joinedAt = row.joinedAt;
  if (row.officialAt !== null) data.officialAt = row.officialAt;
  return data;
}

/** Only the values that differ from what is stored. */
function diff(member: ExistingMember, data: MemberData): MemberData {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data) as [keyof MemberData, MemberData[keyof MemberData]][]) {
    const stored = member[key];
    const same =
      value instanceof Date ? stored instanceof Date && stored.getTime() === value.getTime() : stored === value;
    if (!same) changed[key] = value;
  }
  return changed as MemberData;
}

/** At most one secretary in the cell once the import is applied. */
function secretaryIssues(
  existing: readonly ExistingMember[],
  changes: readonly MemberChange[],
  rows: readonly RosterRow[],
): RosterIssue[] {
  const finalRole = new Map<string, { name: string; role: string; line: number | null }>();
  for (const member of existing) finalRole.set(member.id, { name: member.fullName, role: member.role, line: null });
  changes.forEach((change, index) => {
    const id = change.kind === 'create' ? `new:${index}` : change.memberId;
    const before = finalRole.get(id);
    const row = rows.find((r) => r.line === change.line);
    const role = change.kind === 'unchanged' ? before?.role : (change.data.role ?? before?.role ?? 'member');
    finalRole.set(id, { name: row?.fullName ?? before?.name ?? '', role: role ?? 'member', line: change.line });
  });
  const secretaries = [...finalRole.values()].filter((m) => m.role === 'secretary');
  const [first, ...others] = secretaries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (!first) return [];
  // The validator already reported two secretaries inside the file; here a row clashes with the stored one.
  return others
    .filter((m) => m.line !== null && first.line === null)
    .map((m) => ({ line: m.line ?? 0, code: 'row.second_secretary' as const, otherName: first.name, otherLine: null }));
}
