/**
 * One saved page of the roster card: the inputs `status.<key>`, `role.<key>`
 * and `group.<key>` for members of this cell (key = member id) and for
 * conversation accounts to add (key = `new.<account id>`, added only when a
 * status is chosen and only if the channel listed the account).
 */
import { z } from 'zod';
import { DomainError, localDetail, logDetail } from '../../core/errors';
import { isCommittee } from '../../core/statuses';
import { MEMBER_ROLES, MEMBER_STATUSES, type MemberRole, type MemberStatus } from '../../core/types';
import { toMemberRole } from '../../store/mappers';
import type { Member } from '../../store/rows';
import type { FeatureContext } from '../shared/context';
import type { ConversationMember } from './conversation-members';

/** One entry's inputs; an absent field leaves the stored value as it is. */
export interface RosterEdit {
  readonly key: string;
  /** null: "not on the roster" (for an account to add: leave it out). */
  readonly status?: MemberStatus | null;
  readonly role?: MemberRole;
  /** null clears the party group. */
  readonly partyGroup?: string | null;
}

/** At most this many entries per save (a page holds 15; anything far above is not our card). */
const MAX_EDITS = 100;
const INPUT = /^(status|role|group)\.([\w.@-]{1,140})$/;

const entrySchema = z.object({
  status: z.union([z.enum(MEMBER_STATUSES), z.literal('')]).optional(),
  role: z.enum(MEMBER_ROLES).optional(),
  group: z.string().trim().max(100).optional(),
});

/** Groups the card's inputs by entry key and validates them; a bad value refuses the whole save. */
export function parseRosterEdits(data: unknown): RosterEdit[] {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const byKey = new Map<string, Record<string, unknown>>();
  for (const [name, value] of Object.entries(record)) {
    const match = INPUT.exec(name);
    if (!match) continue;
    const [, field, key] = match as unknown as [string, string, string];
    byKey.set(key, { ...byKey.get(key), [field]: value });
  }
  if (byKey.size > MAX_EDITS) throw new DomainError('input.invalid', logDetail('roster'));
  return [...byKey].map(([key, fields]) => {
    const parsed = entrySchema.safeParse(fields);
    if (!parsed.success)
      throw new DomainError('input.invalid', logDetail(parsed.error.issues.map((i) => i.path.join('.')).join(', ')));
    const { status, role, group } = parsed.data;
    return {
      key,
      ...(status === undefined ? {} : { status: status === '' ? null : status }),
      ...(role === undefined ? {} : { role }),
      ...(group === undefined ? {} : { partyGroup: group === '' ? null : group }),
    };
  });
}

export interface RosterSaveOutcome {
  readonly updated: number;
  readonly added: number;
}

type Tx = Parameters<Parameters<FeatureContext['db']['prisma']['$transaction']>[0]>[0];

/** Applies the edits in one transaction; the cell must keep at least one committee member. */
export async function applyRosterEdits(
  ctx: FeatureContext,
  cellId: string,
  actor: Member,
  edits: readonly RosterEdit[],
  accounts: readonly ConversationMember[],
): Promise<RosterSaveOutcome> {
  const platform = ctx.turn.actor.platform;
  return ctx.db.prisma.$transaction(async (tx) => {
    const updated = await updateMembers(
      tx,
      cellId,
      actor,
      edits.filter((e) => !e.key.startsWith('new.')),
    );
    const added = await addAccounts(
      tx,
      { cellId, actor, platform, accounts },
      edits.filter((e) => e.key.startsWith('new.') && e.status),
    );
    const committee = (await tx.member.findMany({ where: { cellId }, select: { role: true } })).filter((m) =>
      isCommittee(toMemberRole(m.role)),
    );
    if (committee.length === 0)
      throw new DomainError(
        'role.secretary_only',
        localDetail('chi bộ cần ít nhất một đồng chí trong chi ủy', 'the cell needs at least one committee member'),
      );
    return { updated, added };
  });
}

async function updateMembers(tx: Tx, cellId: string, actor: Member, edits: readonly RosterEdit[]): Promise<number> {
  if (edits.length === 0) return 0;
  const members = await tx.member.findMany({ where: { cellId, id: { in: edits.map((e) => e.key) } } });
  const byId = new Map(members.map((m) => [m.id, m]));
  let updated = 0;
  for (const edit of edits) {
    const member = byId.get(edit.key);
    // A key that is not a member of this cell is not from our card.
    if (!member) throw new DomainError('input.invalid', logDetail('roster'));
    const next = {
      status: edit.status ?? member.status,
      role: edit.role ?? member.role,
      partyGroup: edit.partyGroup === undefined ? member.partyGroup : edit.partyGroup,
    };
    if (next.status === member.status && next.role === member.role && next.partyGroup === member.partyGroup) continue;
    await tx.member.update({ where: { id: member.id }, data: next });
    const change = { from: { status: member.status, role: member.role, partyGroup: member.partyGroup }, to: next };
    await tx.auditEvent.create({
      data: {
        cellId,
        actorMemberId: actor.id,
        type: 'member.updated',
        subjectId: member.id,
        data: JSON.stringify(change),
      },
    });
    updated += 1;
  }
  return updated;
}

interface AddContext {
  readonly cellId: string;
  readonly actor: Member;
  readonly platform: string;
  readonly accounts: readonly ConversationMember[];
}

async function addAccounts(tx: Tx, add: AddContext, edits: readonly RosterEdit[]): Promise<number> {
  const listed = new Map(add.accounts.map((a) => [a.platformUserId, a]));
  let added = 0;
  for (const edit of edits) {
    const account = listed.get(edit.key.slice('new.'.length));
    if (!account || !edit.status) throw new DomainError('input.invalid', logDetail('roster'));
    const where = { platform_platformUserId: { platform: add.platform, platformUserId: account.platformUserId } };
    // Linked meanwhile (another save, a sync by email): nothing to add.
    if (await tx.channelAccount.findUnique({ where })) continue;
    const member = await tx.member.create({
      data: {
        cellId: add.cellId,
        fullName: account.name,
        status: edit.status,
        role: edit.role ?? 'member',
        partyGroup: edit.partyGroup ?? null,
        email: account.email ?? null,
      },
    });
    await tx.channelAccount.create({
      data: {
        platform: add.platform,
        platformUserId: account.platformUserId,
        memberId: member.id,
        displayName: account.name,
      },
    });
    await tx.auditEvent.create({
      data: {
        cellId: add.cellId,
        actorMemberId: add.actor.id,
        type: 'member.added',
        subjectId: member.id,
        data: JSON.stringify({ status: edit.status, role: edit.role ?? 'member' }),
      },
    });
    added += 1;
  }
  return added;
}
