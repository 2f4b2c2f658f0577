/**
 * The conversation's members from Teams (the paged members API: the team's
 * members in a channel, the chat's in a group chat), as the plain data the
 * setup feature takes.
 */
import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { ConversationMember } from '../../features/turn';

const PAGE_SIZE = 500;
/** 20 pages = 10,000 accounts: far above any cell, and a bound on the time spent inside an invoke. */
const MAX_PAGES = 20;

/** One Teams account as the setup feature sees it; null for accounts without an id (bots, guests in some tenants). */
export function toConversationMember(account: TeamsChannelAccount): ConversationMember | null {
  const withObjectId = account as TeamsChannelAccount & { objectId?: string };
  const id = account.aadObjectId || withObjectId.objectId || '';
  if (id === '') return null;
  const email = account.email || account.userPrincipalName || '';
  const name = (account.name || account.givenName || email || id).slice(0, 200);
  return email ? { platformUserId: id, name, email: email.slice(0, 320) } : { platformUserId: id, name };
}

/** Every member of the turn's conversation, page by page. */
export async function fetchConversationMembers(context: TurnContext): Promise<ConversationMember[]> {
  const members: ConversationMember[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
    for (const account of result.members ?? []) {
      const member = toConversationMember(account);
      if (member) members.push(member);
    }
    token = result.continuationToken || undefined;
    if (token === undefined) break;
  }
  return members;
}
