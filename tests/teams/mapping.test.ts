/** The Teams channel's pure parts: activity → turn, Teams cards, failure mapping. */
import type { Activity } from 'botbuilder';
import {
  actorOf,
  addressOf,
  baseConversationId,
  commandText,
  localeOf,
  mapActivity,
} from '../../src/channels/teams/activity';
import { classifyAuthFailure, authenticationOptions } from '../../src/channels/teams/adapter';
import { cardKeyOfView, MAX_REFRESH_USERS, teamsCard } from '../../src/channels/teams/cards';
import { pressedCardKey } from '../../src/channels/teams/invoke-answer';
import { toConversationMember } from '../../src/channels/teams/members';
import { activityOf, declaredCardKey, toTransportError } from '../../src/channels/teams/transport';
import { TransportError } from '../../src/outbox/types';
import { botAdded, execute, mention, scene, teamsUser } from './activities';

const s = scene('https://smba.trafficmanager.net/apac/');
const user = teamsUser(7, 'Phạm Minh Châu', 'chau.pham@hunglong.vn');
const asActivity = (value: object): Activity => value as unknown as Activity;

describe('activity → turn', () => {
  it('reads an @mention message as the command without the mention', () => {
    const activity = asActivity(mention(s, user, 'biểu quyết Nghị quyết Chi bộ tháng 12/2023'));
    expect(mapActivity(activity)).toEqual({
      kind: 'turn',
      via: 'message',
      event: { kind: 'message', text: 'biểu quyết Nghị quyết Chi bộ tháng 12/2023' },
    });
    expect(
      commandText(asActivity({ ...activity, text: '<at>chibo</at>&nbsp;điểm&nbsp;danh <at>Trần Văn Bình</at>' })),
    ).toBe('điểm danh');
  });

  it('identifies the sender by AAD object id and the conversation by its channel, not the thread', () => {
    const activity = asActivity(mention(s, user, 'trợ giúp'));
    expect(actorOf(activity)).toEqual({ platform: 'teams', platformUserId: user.aadObjectId, displayName: user.name });
    expect(addressOf(activity)).toEqual({ platform: 'teams', conversationId: s.channelId, personal: false });
    expect(baseConversationId('19:abc@thread.tacv2;messageid=1700000000001')).toBe('19:abc@thread.tacv2');
    const noAad = asActivity({ ...activity, from: { id: '29:1abc', name: 'X' } });
    expect(actorOf(noAad).platformUserId).toBe('29:1abc');
  });

  it('maps the bot joining to conversation.installed and ignores other members joining', () => {
    expect(mapActivity(asActivity(botAdded(s, user)))).toEqual({
      kind: 'turn',
      via: 'event',
      event: { kind: 'conversation.installed' },
    });
    const someoneElse = { ...botAdded(s, user), membersAdded: [{ id: '29:1new' }] };
    expect(mapActivity(asActivity(someoneElse)).kind).toBe('ignore');
  });

  it('maps Action.Execute invokes to card actions, card.refresh to a refresh, and refuses unknown verbs', () => {
    expect(mapActivity(asActivity(execute(s, user, 'vote.cast', { motionId: 'm1', choice: 'approve' })))).toEqual({
      kind: 'turn',
      via: 'invoke',
      event: { kind: 'card.action', verb: 'vote.cast', data: { motionId: 'm1', choice: 'approve' } },
    });
    expect(mapActivity(asActivity(execute(s, user, 'card.refresh', { cardKey: 'vote:m1' })))).toEqual({
      kind: 'refresh',
      cardKey: 'vote:m1',
    });
    expect(mapActivity(asActivity(execute(s, user, 'admin.drop', {})))).toEqual({
      kind: 'unknown-action',
      verb: 'admin.drop',
    });
    const otherInvoke = { ...execute(s, user, 'vote.cast', {}), name: 'composeExtension/query' };
    expect(mapActivity(asActivity(otherInvoke)).kind).toBe('ignore');
  });

  it('maps an Action.Submit (older clients) message carrying a verb to a card action', () => {
    const submit = {
      ...mention(s, user, ''),
      text: undefined,
      value: { verb: 'rsvp.answer', meetingId: 'g1', answer: 'attend' },
    };
    expect(mapActivity(asActivity(submit))).toEqual({
      kind: 'turn',
      via: 'message',
      event: { kind: 'card.action', verb: 'rsvp.answer', data: { meetingId: 'g1', answer: 'attend' } },
    });
  });

  it('reads the client language: English only when Teams says so', () => {
    expect(localeOf(asActivity(mention(s, user, 'help', 'en-GB')))).toBe('en');
    expect(localeOf(asActivity(mention(s, user, 'trợ giúp', 'vi-VN')))).toBe('vi');
    expect(localeOf(asActivity({ ...mention(s, user, 'x'), locale: undefined }))).toBe('vi');
  });

  it('ignores activities without a sender', () => {
    expect(mapActivity(asActivity({ ...mention(s, user, 'x'), from: undefined })).kind).toBe('ignore');
  });
});

describe('Teams cards', () => {
  const message = { type: 'message' as const, locale: 'vi' as const, tone: 'info' as const, text: 'Xin chào' };

  it('adds a refresh block (at most 60 users) to shared cards only', () => {
    const ids = Array.from({ length: 75 }, (_, i) => `id-${i}`);
    const card = teamsCard(message, { cardKey: 'vote:m1', refreshUserIds: ids });
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'card.refresh', data: { cardKey: 'vote:m1' } },
      userIds: ids.slice(0, MAX_REFRESH_USERS),
    });
    expect(teamsCard(message, { cardKey: 'summary:g1', refreshUserIds: ids }).refresh).toBeUndefined();
    expect(teamsCard(message).refresh).toBeUndefined();
  });

  it('puts a refusal above the card it concerns', () => {
    const card = teamsCard(message, { banner: 'Biểu quyết đã kết thúc.' });
    expect(card.body[0]).toMatchObject({
      type: 'Container',
      style: 'attention',
      items: [{ text: 'Biểu quyết đã kết thúc.' }],
    });
  });

  it('knows which card a pressed verb was on', () => {
    expect(pressedCardKey('vote.cast', { motionId: 'm1' })).toBe('vote:m1');
    expect(pressedCardKey('rsvp.answer', { meetingId: 'g1' })).toBe('notice:g1');
    expect(pressedCardKey('rollcall.checkin', { meetingId: 'g1' })).toBe('rollcall:g1');
    expect(pressedCardKey('vote.cast', { motionId: '../x' })).toBeUndefined();
    expect(pressedCardKey('setup.start', {})).toBeUndefined();
    expect(cardKeyOfView({ type: 'notice', meetingId: 'g1', preview: true } as never)).toBeUndefined();
  });
});

describe('connector failures and payloads', () => {
  const now = new Date('2023-12-05T07:00:00Z');
  const restError = (statusCode: number, retryAfter?: string) =>
    Object.assign(new Error('Throttled'), {
      name: 'RestError',
      statusCode,
      response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
    });

  it('maps 429/412/502/504 to retryable errors honouring Retry-After, and 403/413 to permanent ones', () => {
    expect(toTransportError(restError(429, '7'), now)).toMatchObject({
      status: 429,
      retryable: true,
      retryAfterMs: 7_000,
    });
    expect(toTransportError(restError(412), now)).toMatchObject({ status: 412, retryable: true });
    expect(toTransportError(restError(502), now)).toMatchObject({ status: 502, retryable: true });
    expect(toTransportError(restError(504, 'Tue, 05 Dec 2023 07:00:30 GMT'), now)).toMatchObject({
      status: 504,
      retryable: true,
      retryAfterMs: 30_000,
    });
    expect(toTransportError(restError(403), now)).toMatchObject({ status: 403, retryable: false });
    expect(toTransportError(restError(413), now)).toMatchObject({ retryable: false });
    expect(toTransportError(new Error('ECONNRESET'), now)).toMatchObject({ retryable: true });
    expect(toTransportError(restError(429), now)).toBeInstanceOf(TransportError);
  });

  it('turns outbox payloads into activities and finds the card key a card declares', () => {
    expect(activityOf({ kind: 'text', text: 'Kết quả' })).toMatchObject({
      type: 'message',
      text: 'Kết quả',
      textFormat: 'plain',
    });
    const card = teamsCard(
      { type: 'message', locale: 'vi', tone: 'info', text: 'x' },
      { cardKey: 'rollcall:g1', refreshUserIds: [] },
    );
    const activity = activityOf({ kind: 'card', card, fallbackText: 'Điểm danh' });
    expect(activity).toMatchObject({
      summary: 'Điểm danh',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
    expect(declaredCardKey({ kind: 'card', card })).toBe('rollcall:g1');
    expect(declaredCardKey({ kind: 'text', text: 'x' })).toBeUndefined();
  });

  it('reads Teams member accounts as plain data', () => {
    expect(
      toConversationMember({ id: '29:1', name: 'A', aadObjectId: 'aad-1', userPrincipalName: 'a@x.vn' } as never),
    ).toEqual({ platformUserId: 'aad-1', name: 'A', email: 'a@x.vn' });
    expect(toConversationMember({ id: '28:bot', name: 'bot' } as never)).toBeNull();
  });
});

describe('authentication', () => {
  it('uses single-tenant credentials from the config, and nothing without an app id', () => {
    expect(authenticationOptions({ appType: 'SingleTenant' })).toEqual({});
    expect(authenticationOptions({ appType: 'SingleTenant', appId: 'a', appPassword: 'p', tenantId: 't' })).toEqual({
      MicrosoftAppId: 'a',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppPassword: 'p',
      MicrosoftAppTenantId: 't',
    });
  });

  it('refuses bad tokens with 401 and unverifiable ones with 503', () => {
    expect(
      classifyAuthFailure(Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' })).status,
    ).toBe(401);
    expect(classifyAuthFailure(Object.assign(new Error('Unauthorized'), { statusCode: 401 })).status).toBe(401);
    expect(classifyAuthFailure(Object.assign(new Error('request to … failed'), { name: 'FetchError' })).status).toBe(
      503,
    );
    expect(
      classifyAuthFailure(Object.assign(new Error('Failed to load openID config: 500'), { statusCode: 500 })).status,
    ).toBe(503);
  });
});
