/**
 * Activities exactly as Teams sends them to /api/messages (shapes from the
 * Bot Framework protocol as Teams fills it): the bot added to a team channel,
 * a channel message with an @mention, an Action.Execute invoke.
 */
import type { StandInMember } from '../support/connector-stand-in';

export interface TeamsScene {
  readonly serviceUrl: string;
  readonly botId: string;
  readonly botName: string;
  readonly tenantId: string;
  readonly teamId: string;
  /** The channel conversation ("19:…@thread.tacv2"). */
  readonly channelId: string;
}

export interface TeamsUser extends StandInMember {
  readonly email: string;
}

let sequence = 0;
const nextId = (): string => `f:${Date.now()}${String((sequence += 1)).padStart(6, '0')}`;

/** A user whose AAD object id is derived from `n` (a GUID shape). */
export function teamsUser(n: number, name: string, email: string): TeamsUser {
  const hex = n.toString(16).padStart(12, '0');
  return { id: `29:1user${hex}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, name, email, userPrincipalName: email };
}

export function scene(serviceUrl: string, botId = '28:chibo-bot-id'): TeamsScene {
  return {
    serviceUrl,
    botId,
    botName: 'chibo',
    tenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    teamId: '19:team0a1b2c3d4e5f@thread.tacv2',
    channelId: '19:chan0a1b2c3d4e5f@thread.tacv2',
  };
}

function base(s: TeamsScene, from: TeamsUser, conversationId: string, locale: string) {
  return {
    id: nextId(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: s.serviceUrl,
    channelId: 'msteams',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: s.tenantId, id: conversationId },
    recipient: { id: s.botId, name: s.botName },
    locale,
    channelData: {
      teamsChannelId: s.channelId,
      teamsTeamId: s.teamId,
      channel: { id: s.channelId },
      team: { id: s.teamId },
      tenant: { id: s.tenantId },
    },
  };
}

/** The bot was added to the team: conversationUpdate with the bot among membersAdded. */
export function botAdded(s: TeamsScene, by: TeamsUser) {
  const activity = base(s, by, s.channelId, 'vi-VN');
  return {
    ...activity,
    type: 'conversationUpdate',
    membersAdded: [{ id: s.botId }],
    channelData: { ...activity.channelData, eventType: 'teamMemberAdded' },
  };
}

/** "@chibo <text>" posted in the channel (a new thread: the conversation id names its root message). */
export function mention(s: TeamsScene, from: TeamsUser, text: string, locale = 'vi-VN') {
  const activity = base(s, from, s.channelId, locale);
  const threadId = `${s.channelId};messageid=${activity.id.replace(/\D/g, '').slice(-13)}`;
  const at = `<at>${s.botName}</at>`;
  return {
    ...activity,
    type: 'message',
    conversation: { ...activity.conversation, id: threadId },
    text: `${at} ${text}`,
    textFormat: 'plain',
    attachments: [
      {
        contentType: 'text/html',
        content: `<div><div><span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">${s.botName}</span> ${text}</div></div>`,
      },
    ],
    entities: [
      { type: 'mention', text: at, mentioned: { id: s.botId, name: s.botName } },
      { type: 'clientInfo', locale, country: 'VN', platform: 'Web', timezone: 'Asia/Saigon' },
    ],
  };
}

/** Action.Execute pressed on a card the bot posted (`replyToId` = that message): an adaptiveCard/action invoke. */
export function execute(
  s: TeamsScene,
  from: TeamsUser,
  verb: string,
  data: Record<string, unknown>,
  replyToId = '1700000000001',
  locale = 'vi-VN',
) {
  const activity = base(s, from, `${s.channelId};messageid=${replyToId}`, locale);
  return {
    ...activity,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The member's personal chat with the bot, as the stand-in names it when the bot opens it. */
export function personalChatId(user: TeamsUser): string {
  return `a:personal-${user.aadObjectId}`;
}

/** The same activity sent from the member's personal (1:1) chat with the bot instead of the channel. */
export function inPersonalChat<T extends ReturnType<typeof base>>(s: TeamsScene, user: TeamsUser, activity: T): T {
  return {
    ...activity,
    conversation: { conversationType: 'personal', tenantId: s.tenantId, id: personalChatId(user) },
    channelData: { tenant: { id: s.tenantId } },
  } as T;
}

/** Text typed in the personal chat (no @mention there). */
export function direct(s: TeamsScene, from: TeamsUser, text: string, locale = 'vi-VN') {
  const activity = inPersonalChat(s, from, base(s, from, personalChatId(from), locale));
  return { ...activity, type: 'message', text, textFormat: 'plain' };
}

/** Action.Execute pressed on a card in the member's personal chat. */
export function executeInPersonalChat(
  s: TeamsScene,
  from: TeamsUser,
  verb: string,
  data: Record<string, unknown>,
  replyToId: string,
  locale = 'vi-VN',
) {
  return inPersonalChat(s, from, execute(s, from, verb, data, replyToId, locale));
}
