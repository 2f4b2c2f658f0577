/**
 * "Thiết lập chi bộ" on the welcome card. In a conversation not bound to a
 * cell, the member who presses it becomes the secretary: either the committee
 * member a roster imported earlier names (matched by their chat account or
 * email), whose cell is then bound here, or — with no roster yet — a new cell
 * with them as its secretary. In a bound conversation only the committee may
 * reopen the form.
 */
import { DomainError } from '../../core/errors';
import { isCommittee } from '../../core/statuses';
import { toMemberRole } from '../../store/mappers';
import { isUniqueViolation } from '../../store/errors';
import type { Cell, Member } from '../../store/rows';
import type { FeatureContext } from '../shared/context';
import { admit } from '../shared/who';
import { updateWith } from '../shared/results';
import type { Reply, TurnResult } from '../turn';
import { conversationMembersOf, findSelf, type ConversationMember } from './conversation-members';
import { matchByEmail } from './match-members';
import { loadCommitteeChoices } from './committee-choice';
import { setupFormView } from './setup-form';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

/** The name a cell carries until the setup form is saved. */
export const UNNAMED_CELL = '(Chi bộ chưa đặt tên)';

type Tx = Parameters<Parameters<FeatureContext['db']['prisma']['$transaction']>[0]>[0];

/** `_data`: the card's own data, unused (the presser's name and email come from the directory, never from a card). */
export async function startSetup(ctx: FeatureContext, _data?: unknown): Promise<TurnResult> {
  if (ctx.cell) {
    await admit(ctx, 'committee');
    return updateWith(setupFormView(ctx.cell, ctx.turn.locale, await loadCommitteeChoices(ctx.db)), []);
  }
  if (ctx.turn.conversation.personal) throw new DomainError('cell.unknown');
  const self = await selfOf(ctx);
  const known = await findKnownMember(ctx, self);
  if (known && !isCommittee(toMemberRole(known.role))) throw new DomainError('role.secretary_only');
  const { cell, member, created } = await bindConversation(ctx, self, known);
  const logger = ctx.logger.child({ cellId: cell.id, memberId: member.id });
  logger.info({ created }, created ? 'setup: new cell created' : 'setup: conversation bound to an imported cell');
  return updateWith(
    setupFormView(cell, ctx.turn.locale, await loadCommitteeChoices(ctx.db)),
    [],
    [announcement(ctx, member, created)],
  );
}

/** The presser as the conversation's member list shows them (name, email), or as the channel named them. */
async function selfOf(ctx: FeatureContext): Promise<ConversationMember> {
  const actor = ctx.turn.actor;
  const listed = findSelf((await conversationMembersOf(ctx)) ?? [], actor.platformUserId);
  if (listed) return listed;
  const name = actor.displayName ?? say(ctx.turn.locale, W.defaultSecretaryName);
  return actor.email
    ? { platformUserId: actor.platformUserId, name, email: actor.email }
    : { platformUserId: actor.platformUserId, name };
}

/** A roster member this account already belongs to, by linked account first, then by email. */
async function findKnownMember(ctx: FeatureContext, self: ConversationMember): Promise<Member | null> {
  const account = await ctx.db.prisma.channelAccount.findUnique({
    where: { platform_platformUserId: { platform: ctx.turn.actor.platform, platformUserId: self.platformUserId } },
    include: { member: true },
  });
  if (account) return account.member;
  if (!self.email) return null;
  const candidates = await matchByEmail(ctx.db, self.email);
  // Several cells may list the same address: prefer one where they sit on the committee.
  return candidates.find((m) => isCommittee(toMemberRole(m.role))) ?? candidates[0] ?? null;
}

interface Binding {
  readonly cell: Cell;
  readonly member: Member;
  readonly created: boolean;
}

async function bindConversation(ctx: FeatureContext, self: ConversationMember, known: Member | null): Promise<Binding> {
  try {
    return await ctx.db.prisma.$transaction(async (tx) => {
      const binding = known ? await adoptKnown(tx, known) : await createCell(tx, ctx, self);
      await linkAccount(tx, ctx, binding.member, self);
      await tx.conversation.create({
        data: {
          platform: ctx.turn.conversation.platform,
          conversationId: ctx.turn.conversation.conversationId,
          cellId: binding.cell.id,
        },
      });
      await tx.auditEvent.create({
        data: {
          cellId: binding.cell.id,
          actorMemberId: binding.member.id,
          type: 'cell.bound',
          subjectId: ctx.turn.conversation.conversationId,
          data: JSON.stringify({ created: binding.created }),
        },
      });
      return binding;
    });
  } catch (error) {
    // Two members pressed at once: the other press bound the conversation first.
    if (isUniqueViolation(error)) throw new DomainError('role.secretary_only');
    throw error;
  }
}

async function adoptKnown(tx: Tx, known: Member): Promise<Binding> {
  const cell = await tx.cell.findUniqueOrThrow({ where: { id: known.cellId } });
  return { cell, member: known, created: false };
}

async function createCell(tx: Tx, ctx: FeatureContext, self: ConversationMember): Promise<Binding> {
  const cell = await tx.cell.create({ data: { name: UNNAMED_CELL, locale: ctx.turn.locale } });
  const member = await tx.member.create({
    data: {
      cellId: cell.id,
      fullName: self.name.trim() || UNNAMED_CELL,
      status: 'official',
      role: 'secretary',
      email: self.email ?? null,
    },
  });
  return { cell, member, created: true };
}

async function linkAccount(tx: Tx, ctx: FeatureContext, member: Member, self: ConversationMember): Promise<void> {
  const platform = ctx.turn.actor.platform;
  const where = { platform_platformUserId: { platform, platformUserId: self.platformUserId } };
  if (await tx.channelAccount.findUnique({ where })) return;
  await tx.channelAccount.create({
    data: { platform, platformUserId: self.platformUserId, memberId: member.id, displayName: self.name },
  });
}

function announcement(ctx: FeatureContext, member: Member, created: boolean): Reply {
  const text = say(ctx.turn.locale, created ? W.setUpBy : W.boundBy, { name: member.fullName });
  // Who set the conversation up is the cell's to know.
  return { kind: 'text', text, audience: 'public' };
}
