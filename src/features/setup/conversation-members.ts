/**
 * The members of the chat as the platform lists them (Teams: the paged members
 * API), handed to the setup feature as plain data under one key of the card
 * action's data. Only the channel writes that key: the Teams channel replaces
 * whatever a card sent there with what it fetched itself, and other platforms
 * get no list at all, so a forged card can never bind an account to a member.
 */
import { z } from 'zod';
import { DomainError } from '../../core/errors';
import type { Platform } from '../turn';

/** The key of the card action data under which the channel passes the list. */
export const CONVERSATION_MEMBERS_KEY = 'conversationMembers';

/** One account in the conversation (Teams: AAD object id, name, email or UPN). */
export interface ConversationMember {
  readonly platformUserId: string;
  readonly name: string;
  readonly email?: string;
}

/** Platforms whose channel supplies the list (others have no members API). */
const LISTING_PLATFORMS: readonly Platform[] = ['teams'];

const memberSchema = z.object({
  platformUserId: z.string().min(1).max(128),
  name: z.string().max(200),
  email: z.string().max(320).optional(),
});
const listSchema = z.array(memberSchema).max(10_000);

/** The list the channel put in `data`; empty on platforms without one. */
export function conversationMembersOf(platform: Platform, data: unknown): ConversationMember[] {
  if (!LISTING_PLATFORMS.includes(platform)) return [];
  const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[CONVERSATION_MEMBERS_KEY] : undefined;
  const parsed = listSchema.safeParse(raw);
  // The channel always supplies it on these platforms: a missing list is a channel bug, not user input.
  if (!parsed.success) throw new Error(`setup: ${platform} channel did not supply the conversation members`);
  return parsed.data.map((m) => (m.email ? { platformUserId: m.platformUserId, name: m.name, email: normalizeEmail(m.email) } : { platformUserId: m.platformUserId, name: m.name }));
}

/** Whether a verb's data must carry the conversation members (the Teams channel fetches them for these). */
export function needsConversationMembers(verb: string): boolean {
  return verb === 'setup.start' || verb === 'setup.roster' || verb === 'setup.roster.save';
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
