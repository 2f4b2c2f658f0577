/**
 * The members of the chat as the platform lists them, from the channel's
 * directory port (Teams: the paged members API), asked only when setup needs
 * them. Card data never carries them, so a forged card can never bind an
 * account to a member.
 */
import { DomainError } from '../../core/errors';
import type { FeatureContext } from '../shared/context';
import type { ConversationMember } from '../turn';

export type { ConversationMember } from '../turn';

/** The conversation's accounts (emails in one spelling), or null where the channel lists no one (Zalo, the playground). */
export async function conversationMembersOf(
  ctx: Pick<FeatureContext, 'directory'>,
): Promise<ConversationMember[] | null> {
  if (ctx.directory === undefined) return null;
  const listed = await ctx.directory.members();
  return listed.map((m) =>
    m.email
      ? { platformUserId: m.platformUserId, name: m.name, email: normalizeEmail(m.email) }
      : { platformUserId: m.platformUserId, name: m.name },
  );
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The actor's own entry in the list, or null. */
export function findSelf(members: readonly ConversationMember[], platformUserId: string): ConversationMember | null {
  return members.find((m) => m.platformUserId === platformUserId) ?? null;
}

/** Refuses a list that does not hold the acting account (a stale or foreign list). */
export function requireSelf(members: readonly ConversationMember[], platformUserId: string): ConversationMember {
  const self = findSelf(members, platformUserId);
  if (!self) throw new DomainError('member.unknown');
  return self;
}
