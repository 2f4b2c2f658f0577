/**
 * One queued Zalo event, processed: link codes, then the member's turn. Who
 * acts is the signed webhook's sender, always: a button payload is text the
 * member could have typed and becomes a card action for that sender only.
 * Strangers get a polite explanation and nothing else; in groups the bot
 * speaks only when addressed with a command, so ordinary chat stays quiet.
 */
import { parseCommand } from '../../core/commands';
import type { Locale } from '../../core/types';
import { asLocale, say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';
import type { Clock, Logger } from '../../features/ports';
import type { BotCore, InboundEvent, TurnResult } from '../../features/turn';
import type { Database } from '../../store/database';
import type { Member } from '../../store/rows';
import type { ZaloEvent } from './events';
import { codeIn, formatCode, redeemCode } from './linking';
import type { ThreadAddress, ZaloOutbound } from './outbound';
import { parseDigitAnswer, parsePayload, type Question } from './questions';
import {
  countFailedCode,
  failedCodesThisHour,
  forgetUser,
  groupThread,
  pendingQuestion,
  recordInteraction,
  userThread,
} from './threads';
import { resultItems, resultItemsByAudience } from './turn-result';
import type { SharedCardNewsPublisher } from '../shared-card-news';

export interface InboundDependencies {
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly outbound: ZaloOutbound;
  /** Every channel's listener hears what this turn did to the shared cards: Zalo's own (listener.ts: posted cards and results to every linked member and group), Teams'… */
  readonly news: SharedCardNewsPublisher;
}

const MAX_FAILED_CODES = 10;
const LOCALE = 'vi';

// Strangers are not in any cell yet: they hear the bot's default language.
const STRANGER = say(LOCALE, ZALO_WORDING.stranger);
const BAD_CODE = say(LOCALE, ZALO_WORDING.badCode);

async function memberOfZalo(db: Database, userId: string): Promise<Member | null> {
  const account = await db.prisma.channelAccount.findUnique({
    where: { platform_platformUserId: { platform: 'zalo', platformUserId: userId } },
    include: { member: true },
  });
  return account?.member ?? null;
}

/** A linked member is spoken to in their cell's language. */
async function cellLocale(db: Database, cellId: string): Promise<Locale> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { locale: true } });
  return asLocale(cell?.locale);
}

/** Runs one event; `eventId` keys everything it queues. */
export async function processEvent(deps: InboundDependencies, event: ZaloEvent, eventId: string): Promise<void> {
  switch (event.kind) {
    case 'text':
      await recordInteraction(deps.db, event.userId, deps.clock.now());
      return handleUserText(deps, event.userId, event.text, eventId);
    case 'group_text':
      return handleGroupText(deps, event, eventId);
    case 'follow':
      await recordInteraction(deps.db, event.userId, deps.clock.now());
      if ((await memberOfZalo(deps.db, event.userId)) === null)
        await deps.outbound.toThread({ kind: 'user', userId: event.userId }, eventId, [STRANGER]);
      return;
    case 'unfollow':
      deps.logger.info({ userId: event.userId }, 'zalo: user unfollowed the OA');
      return;
    case 'withdraw': {
      const removed = await forgetUser(deps.db, event.userId);
      deps.logger.info(
        { userId: event.userId, accountsRemoved: removed },
        'zalo: user_withdraw honoured: Zalo link deleted',
      );
      return;
    }
    case 'ignored':
      deps.logger.debug({ event: event.name }, 'zalo: event ignored');
      return;
  }
}

async function tryLink(deps: InboundDependencies, userId: string, code: string, eventId: string): Promise<boolean> {
  const member = await redeemCode(deps.db, code, userId, deps.clock.now());
  if (member === null) return false;
  const cell = await deps.db.prisma.cell.findUnique({ where: { id: member.cellId } });
  const text = say(asLocale(cell?.locale), ZALO_WORDING.linked, { name: member.fullName, cell: cell?.name ?? '' });
  deps.logger.info({ userId, memberId: member.id, code: formatCode(code).slice(0, 2) }, 'zalo: account linked');
  await deps.outbound.toThread({ kind: 'user', userId, memberId: member.id }, eventId, [text]);
  return true;
}

async function handleUserText(deps: InboundDependencies, userId: string, text: string, eventId: string): Promise<void> {
  const now = deps.clock.now();
  const member = await memberOfZalo(deps.db, userId);
  const code = codeIn(text);
  if (
    code !== null &&
    (await failedCodesThisHour(deps.db, userId, now)) < MAX_FAILED_CODES &&
    (await tryLink(deps, userId, code, eventId))
  )
    return;
  if (member === null) {
    if (code !== null && (await countFailedCode(deps.db, userId, now)) > MAX_FAILED_CODES) {
      deps.logger.warn({ userId }, 'zalo: too many wrong link codes; not answering for an hour');
      return;
    }
    await deps.outbound.toThread({ kind: 'user', userId }, eventId, [code === null ? STRANGER : BAD_CODE]);
    return;
  }
  const event = inboundOf(text, await pendingQuestion(deps.db, userThread(userId)));
  const locale = await cellLocale(deps.db, member.cellId);
  const result = await runTurn(
    deps,
    { platform: 'zalo', platformUserId: userId },
    { platform: 'zalo', conversationId: userId, personal: true },
    event,
    eventId,
    locale,
  );
  await deliver(deps, { kind: 'user', userId, memberId: member.id }, result, eventId, locale, member);
}

async function handleGroupText(
  deps: InboundDependencies,
  event: Extract<ZaloEvent, { kind: 'group_text' }>,
  eventId: string,
): Promise<void> {
  const inbound = inboundOf(event.text, await pendingQuestion(deps.db, groupThread(event.groupId)));
  // Ordinary chat in the group is not for the bot: only commands, payloads and digit answers are.
  if (inbound.kind === 'message' && parseCommand(inbound.text).name === 'unknown') return;
  deps.logger.debug({ groupIdFrom: event.groupIdFrom }, 'zalo: group event');
  const sender = await memberOfZalo(deps.db, event.userId);
  const locale = sender === null ? LOCALE : await cellLocale(deps.db, sender.cellId);
  const result = await runTurn(
    deps,
    { platform: 'zalo', platformUserId: event.userId },
    { platform: 'zalo', conversationId: event.groupId, personal: false },
    inbound,
    eventId,
    locale,
  );
  await deliver(deps, { kind: 'group', groupId: event.groupId }, result, eventId, locale, sender, event.userId);
}

/** Payload, digit answer, or ordinary text — in that order. */
export function inboundOf(text: string, question: Question | undefined): InboundEvent {
  const action = parsePayload(text) ?? parseDigitAnswer(text, question, LOCALE);
  return action ? { kind: 'card.action', verb: action.verb, data: action.data } : { kind: 'message', text };
}

function runTurn(
  deps: InboundDependencies,
  actor: { platform: 'zalo'; platformUserId: string },
  conversation: { platform: 'zalo'; conversationId: string; personal: boolean },
  event: InboundEvent,
  eventId: string,
  locale: Locale,
): Promise<TurnResult> {
  return deps.bot.handle({
    event,
    actor,
    conversation,
    locale,
    receivedAt: deps.clock.now(),
    requestId: `zalo-${eventId}`,
  });
}

/** A group turn: what is published is said in the group, the sender's own answers in their 1:1 chat with the OA. */
async function deliverFromGroup(
  deps: InboundDependencies,
  address: ThreadAddress,
  result: TurnResult,
  eventId: string,
  locale: Locale,
  member: Member | null,
  senderId: string,
): Promise<void> {
  const { published, own } = resultItemsByAudience(result, locale);
  await deps.outbound.toThread(address, eventId, published);
  // Someone the roster does not know may not follow the OA: nothing can reach them 1:1, and the group is not told instead.
  if (member === null)
    return deps.logger.debug({ dropped: own.length }, 'zalo: group sender not linked; their own answers are not sent');
  await deps.outbound.toThread({ kind: 'user', userId: senderId, memberId: member.id }, eventId, own);
}

async function deliver(
  deps: InboundDependencies,
  address: ThreadAddress,
  result: TurnResult,
  eventId: string,
  locale: Locale,
  member: Member | null,
  groupSenderId?: string,
): Promise<void> {
  if (address.kind === 'group' && groupSenderId !== undefined)
    await deliverFromGroup(deps, address, result, eventId, locale, member, groupSenderId);
  else await deps.outbound.toThread(address, eventId, resultItems(result, locale));
  if (member === null) return;
  // Posted cards and results go to every linked member and group of the cell, as from any other channel.
  await deps.news.publish('zalo', result, () => Promise.resolve(member.cellId));
}
