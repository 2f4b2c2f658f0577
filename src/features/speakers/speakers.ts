/**
 * Speakers: a member presses "Đăng ký phát biểu" (queued, in order); the
 * minute-taker, chair or committee records who spoke and the gist
 * ("phát biểu: <họ tên>: <ý chính>"), which the minutes list by name.
 */
import { DomainError } from '../../core/errors';
import { normalizeText } from '../../core/text';
import type { FeatureContext, MemberContext } from '../shared/context';
import { committeeReplyWith, messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { audit, findMemberByName, meetingForNotes, requireRecorder, say } from './notes-context';

export interface RecordSpeechInput {
  readonly meetingId?: string;
  readonly speaker: string;
  readonly gist?: string;
}

/** A member asks for the floor during the meeting; asking twice keeps one place in the queue. */
export async function registerToSpeak(ctx: MemberContext, meetingId?: string): Promise<TurnResult> {
  const { member } = ctx;
  const meeting = await meetingForNotes(ctx, meetingId);
  if (meeting.status !== 'in_progress') throw new DomainError('rollcall.not_open');
  const queued = await ctx.db.prisma.speech.findFirst({
    where: { meetingId: meeting.id, memberId: member.id, status: 'requested' },
  });
  if (!queued) {
    const speech = await ctx.db.prisma.speech.create({
      data: {
        meetingId: meeting.id,
        memberId: member.id,
        speakerName: member.fullName,
        status: 'requested',
        createdAt: ctx.clock.now(),
      },
    });
    await audit(ctx, member, 'speaker.registered', speech.id, { meetingId: meeting.id });
  }
  const position = await ctx.db.prisma.speech.count({
    where: { meetingId: meeting.id, status: 'requested', createdAt: { lte: queued?.createdAt ?? ctx.clock.now() } },
  });
  const text = say(
    ctx,
    `Đã ghi nhận đồng chí ${member.fullName} đăng ký phát biểu (thứ tự: ${position}).`,
    `${member.fullName} is registered to speak (position ${position}).`,
  );
  return replyWith(messageView(ctx.turn.locale, 'success', text));
}

/** Who a typed speaker is: a roster member, a guest of the meeting, or (refused) nobody we know. */
async function resolveSpeaker(
  ctx: FeatureContext,
  cellId: string,
  guests: readonly { id: string; name: string }[],
  typed: string,
) {
  const member = await findMemberByName(ctx, cellId, typed);
  if (member) return { memberId: member.id, guestId: null, speakerName: member.fullName };
  const wanted = normalizeText(typed);
  const guest = guests.find((g) => normalizeText(g.name) === wanted || normalizeText(g.name).endsWith(` ${wanted}`));
  if (guest) return { memberId: null, guestId: guest.id, speakerName: guest.name };
  throw new DomainError('input.invalid', typed);
}

/**
 * The speech this note fills in: the speaker's own request for the floor, else (when a gist is noted) the
 * speech they were given the floor for without one. Null when the note is a speech of its own.
 */
async function speechToFill(
  ctx: FeatureContext,
  meetingId: string,
  who: { memberId: string | null; guestId: string | null },
  hasGist: boolean,
) {
  const speaker = who.memberId ? { memberId: who.memberId } : who.guestId ? { guestId: who.guestId } : null;
  if (!speaker) return null;
  const queued = who.memberId
    ? await ctx.db.prisma.speech.findFirst({
        where: { meetingId, ...speaker, status: 'requested' },
        orderBy: { createdAt: 'asc' },
      })
    : null;
  if (queued || !hasGist) return queued;
  return ctx.db.prisma.speech.findFirst({
    where: { meetingId, ...speaker, status: 'recorded', gist: null },
    orderBy: { createdAt: 'asc' },
  });
}

/**
 * Records a speech. "phát biểu: <tên>" with no gist gives the floor (the speaking order is kept from then);
 * the gist noted later fills that speech in. A speaker who registered has their queued entry filled in.
 */
export async function recordSpeech(ctx: MemberContext, input: RecordSpeechInput): Promise<TurnResult> {
  const meeting = await meetingForNotes(ctx, input.meetingId);
  const recorder = requireRecorder(ctx, meeting);
  const who = await resolveSpeaker(ctx, meeting.cellId, meeting.guests, input.speaker);
  const gist = input.gist?.trim().slice(0, 2000) || null;
  const existing = await speechToFill(ctx, meeting.id, who, gist !== null);
  const now = ctx.clock.now();
  const speech = existing
    ? await ctx.db.prisma.speech.update({
        where: { id: existing.id },
        data: { status: 'recorded', gist, spokenAt: existing.spokenAt ?? now },
      })
    : await ctx.db.prisma.speech.create({
        data: { meetingId: meeting.id, ...who, gist, status: 'recorded', createdAt: now, spokenAt: now },
      });
  await audit(ctx, recorder, 'speech.recorded', speech.id, { meetingId: meeting.id, speaker: who.speakerName });
  const text = say(
    ctx,
    `Đã ghi ý kiến phát biểu của đồng chí ${who.speakerName}.`,
    `Recorded the remarks of ${who.speakerName}.`,
  );
  return committeeReplyWith(messageView(ctx.turn.locale, 'success', gist ? `${text}\n${gist}` : text));
}
