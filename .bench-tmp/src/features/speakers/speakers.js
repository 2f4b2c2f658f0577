"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerToSpeak = registerToSpeak;
exports.recordSpeech = recordSpeech;
/**
 * Speakers: a member presses "Đăng ký phát biểu" (queued, in order); the
 * minute-taker, chair or committee records who spoke and the gist
 * ("phát biểu: <họ tên>: <ý chính>"), which the minutes list by name.
 */
const errors_1 = require("../../core/errors");
const text_1 = require("../../core/text");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const notes_context_1 = require("./notes-context");
/** A member asks for the floor during the meeting; asking twice keeps one place in the queue. */
async function registerToSpeak(ctx, meetingId) {
    const member = (0, context_1.requireMember)(ctx);
    const meeting = await (0, notes_context_1.meetingForNotes)(ctx, meetingId);
    if (meeting.status !== 'in_progress')
        throw new errors_1.DomainError('rollcall.not_open');
    const queued = await ctx.db.prisma.speech.findFirst({ where: { meetingId: meeting.id, memberId: member.id, status: 'requested' } });
    if (!queued) {
        const speech = await ctx.db.prisma.speech.create({
            data: { meetingId: meeting.id, memberId: member.id, speakerName: member.fullName, status: 'requested', createdAt: ctx.clock.now() },
        });
        await (0, notes_context_1.audit)(ctx, member, 'speaker.registered', speech.id, { meetingId: meeting.id });
    }
    const position = await ctx.db.prisma.speech.count({ where: { meetingId: meeting.id, status: 'requested', createdAt: { lte: queued?.createdAt ?? ctx.clock.now() } } });
    const text = (0, notes_context_1.say)(ctx, `Đã ghi nhận đồng chí ${member.fullName} đăng ký phát biểu (thứ tự: ${position}).`, `${member.fullName} is registered to speak (position ${position}).`);
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'success', text));
}
/** Who a typed speaker is: a roster member, a guest of the meeting, or (refused) nobody we know. */
async function resolveSpeaker(ctx, cellId, guests, typed) {
    const member = await (0, notes_context_1.findMemberByName)(ctx, cellId, typed);
    if (member)
        return { memberId: member.id, guestId: null, speakerName: member.fullName };
    const wanted = (0, text_1.normalizeText)(typed);
    const guest = guests.find((g) => (0, text_1.normalizeText)(g.name) === wanted || (0, text_1.normalizeText)(g.name).endsWith(` ${wanted}`));
    if (guest)
        return { memberId: null, guestId: guest.id, speakerName: guest.name };
    throw new errors_1.DomainError('input.invalid', typed);
}
/** Records a speech; a speaker who registered has their queued entry filled in rather than a second one. */
async function recordSpeech(ctx, input) {
    const meeting = await (0, notes_context_1.meetingForNotes)(ctx, input.meetingId);
    const recorder = (0, notes_context_1.requireRecorder)(ctx, meeting);
    const who = await resolveSpeaker(ctx, meeting.cellId, meeting.guests, input.speaker);
    const gist = input.gist?.trim().slice(0, 2000) || null;
    const queued = who.memberId
        ? await ctx.db.prisma.speech.findFirst({ where: { meetingId: meeting.id, memberId: who.memberId, status: 'requested' }, orderBy: { createdAt: 'asc' } })
        : null;
    const speech = queued
        ? await ctx.db.prisma.speech.update({ where: { id: queued.id }, data: { status: 'recorded', gist } })
        : await ctx.db.prisma.speech.create({ data: { meetingId: meeting.id, ...who, gist, status: 'recorded', createdAt: ctx.clock.now() } });
    await (0, notes_context_1.audit)(ctx, recorder, 'speech.recorded', speech.id, { meetingId: meeting.id, speaker: who.speakerName });
    const text = (0, notes_context_1.say)(ctx, `Đã ghi ý kiến phát biểu của đồng chí ${who.speakerName}.`, `Recorded the remarks of ${who.speakerName}.`);
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'success', gist ? `${text}\n${gist}` : text));
}
//# sourceMappingURL=speakers.js.map