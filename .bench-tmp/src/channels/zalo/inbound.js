"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.processEvent = processEvent;
exports.inboundOf = inboundOf;
/**
 * One queued Zalo event, processed: link codes, then the member's turn. Who
 * acts is the signed webhook's sender, always: a button payload is text the
 * member could have typed and becomes a card action for that sender only.
 * Strangers get a polite explanation and nothing else; in groups the bot
 * speaks only when addressed with a command, so ordinary chat stays quiet.
 */
const commands_1 = require("../../core/commands");
const linking_1 = require("./linking");
const questions_1 = require("./questions");
const threads_1 = require("./threads");
const turn_result_1 = require("./turn-result");
const MAX_FAILED_CODES = 10;
const LOCALE = 'vi';
const STRANGER = 'Trợ lý sinh hoạt chi bộ xin chào đồng chí. Tài khoản Zalo của đồng chí chưa được liên kết với danh sách đảng viên của chi bộ. ' +
    'Đề nghị đồng chí gửi mã liên kết do đồng chí Bí thư chi bộ cung cấp (ví dụ: ABCD-EFGH).';
const BAD_CODE = 'Mã liên kết không đúng, đã được sử dụng hoặc đã hết hạn. Đề nghị đồng chí kiểm tra lại hoặc liên hệ đồng chí Bí thư chi bộ để nhận mã mới.';
async function memberOfZalo(db, userId) {
    const account = await db.prisma.channelAccount.findUnique({ where: { platform_platformUserId: { platform: 'zalo', platformUserId: userId } }, include: { member: true } });
    return account?.member ?? null;
}
/** Runs one event; `eventId` keys everything it queues. */
async function processEvent(deps, event, eventId) {
    switch (event.kind) {
        case 'text':
            await (0, threads_1.recordInteraction)(deps.db, event.userId, deps.clock.now());
            return handleUserText(deps, event.userId, event.text, eventId);
        case 'group_text':
            return handleGroupText(deps, event, eventId);
        case 'follow':
            await (0, threads_1.recordInteraction)(deps.db, event.userId, deps.clock.now());
            if ((await memberOfZalo(deps.db, event.userId)) === null)
                await deps.outbound.toThread({ kind: 'user', userId: event.userId }, eventId, [STRANGER]);
            return;
        case 'unfollow':
            deps.logger.info({ userId: event.userId }, 'zalo: user unfollowed the OA');
            return;
        case 'withdraw': {
            const removed = await (0, threads_1.forgetUser)(deps.db, event.userId);
            deps.logger.info({ userId: event.userId, accountsRemoved: removed }, 'zalo: user_withdraw honoured: Zalo link deleted');
            return;
        }
        case 'ignored':
            deps.logger.debug({ event: event.name }, 'zalo: event ignored');
            return;
    }
}
async function tryLink(deps, userId, code, eventId) {
    const member = await (0, linking_1.redeemCode)(deps.db, code, userId, deps.clock.now());
    if (member === null)
        return false;
    const cell = await deps.db.prisma.cell.findUnique({ where: { id: member.cellId } });
    const text = `Đã liên kết tài khoản Zalo của đồng chí với đảng viên ${member.fullName}${cell ? `, ${cell.name}` : ''}. Từ nay đồng chí sẽ nhận thông báo sinh hoạt, điểm danh và biểu quyết của chi bộ qua Zalo. Gõ "trợ giúp" để xem các lệnh.`;
    deps.logger.info({ userId, memberId: member.id, code: (0, linking_1.formatCode)(code).slice(0, 2) }, 'zalo: account linked');
    await deps.outbound.toThread({ kind: 'user', userId, memberId: member.id }, eventId, [text]);
    return true;
}
async function handleUserText(deps, userId, text, eventId) {
    const now = deps.clock.now();
    const member = await memberOfZalo(deps.db, userId);
    const code = (0, linking_1.codeIn)(text);
    if (code !== null && (await (0, threads_1.failedCodesThisHour)(deps.db, userId, now)) < MAX_FAILED_CODES && (await tryLink(deps, userId, code, eventId)))
        return;
    if (member === null) {
        if (code !== null && (await (0, threads_1.countFailedCode)(deps.db, userId, now)) > MAX_FAILED_CODES) {
            deps.logger.warn({ userId }, 'zalo: too many wrong link codes; not answering for an hour');
            return;
        }
        await deps.outbound.toThread({ kind: 'user', userId }, eventId, [code === null ? STRANGER : BAD_CODE]);
        return;
    }
    const event = inboundOf(text, await (0, threads_1.pendingQuestion)(deps.db, (0, threads_1.userThread)(userId)));
    const result = await runTurn(deps, { platform: 'zalo', platformUserId: userId }, { platform: 'zalo', conversationId: userId, personal: true }, event, eventId);
    await deliver(deps, { kind: 'user', userId, memberId: member.id }, result, eventId, member);
}
async function handleGroupText(deps, event, eventId) {
    const inbound = inboundOf(event.text, await (0, threads_1.pendingQuestion)(deps.db, (0, threads_1.groupThread)(event.groupId)));
    // Ordinary chat in the group is not for the bot: only commands, payloads and digit answers are.
    if (inbound.kind === 'message' && (0, commands_1.parseCommand)(inbound.text).name === 'unknown')
        return;
    deps.logger.debug({ groupIdFrom: event.groupIdFrom }, 'zalo: group event');
    const result = await runTurn(deps, { platform: 'zalo', platformUserId: event.userId }, { platform: 'zalo', conversationId: event.groupId, personal: false }, inbound, eventId);
    await deliver(deps, { kind: 'group', groupId: event.groupId }, result, eventId, await memberOfZalo(deps.db, event.userId));
}
/** Payload, digit answer, or ordinary text — in that order. */
function inboundOf(text, question) {
    const action = (0, questions_1.parsePayload)(text) ?? (0, questions_1.parseDigitAnswer)(text, question, LOCALE);
    return action ? { kind: 'card.action', verb: action.verb, data: action.data } : { kind: 'message', text };
}
function runTurn(deps, actor, conversation, event, eventId) {
    return deps.bot.handle({ event, actor, conversation, locale: LOCALE, receivedAt: deps.clock.now(), requestId: `zalo-${eventId}` });
}
async function deliver(deps, address, result, eventId, member) {
    const { items, announce } = (0, turn_result_1.resultItems)(result, address.kind === 'group' ? member?.fullName : undefined);
    await deps.outbound.toThread(address, eventId, items);
    if (member !== null)
        for (const key of announce)
            await deps.outbound.announce(member.cellId, key, LOCALE);
}
//# sourceMappingURL=inbound.js.map