/**
 * Card payloads are untrusted input: each verb's data is validated here. They
 * carry ids and choices only — who acts always comes from the channel.
 */
import { z } from 'zod';
import { RSVP_ANSWERS, VOTE_CHOICES } from '../../core/types';
import { DomainError, logDetail } from '../../core/errors';

const id = z.string().min(1).max(64).regex(/^[\w-]+$/);
const shortText = (max: number) => z.string().max(max).optional();

export const cardActionSchemas = {
  'meeting.form': z.object({}).loose(),
  'meeting.create': z.object({}).loose(),
  'notice.post': z.object({ meetingId: id.optional() }).loose(),
  'rsvp.answer': z.object({ meetingId: id, answer: z.enum(RSVP_ANSWERS), venue: shortText(200), reason: shortText(500) }).loose(),
  'rollcall.open': z.object({ meetingId: id.optional() }).loose(),
  // motionId: pressed on a vote card ("Có mặt" before voting), which answers with that card.
  'rollcall.checkin': z.object({ meetingId: id, venue: shortText(200), motionId: id.optional() }).loose(),
  'vote.open': z.object({ meetingId: id.optional(), title: z.string().min(1).max(500), kind: z.string().max(40).optional() }).loose(),
  'vote.cast': z.object({ motionId: id, choice: z.enum(VOTE_CHOICES), comment: shortText(1000) }).loose(),
  'vote.close': z.object({ motionId: id }).loose(),
  'summary.show': z.object({ meetingId: id.optional() }).loose(),
} as const;

export type CardActionData<V extends keyof typeof cardActionSchemas> = z.infer<(typeof cardActionSchemas)[V]>;

/** Validates a verb's data; a bad payload is the user's error, named, never a crash. */
export function parseCardData<V extends keyof typeof cardActionSchemas>(verb: V, data: unknown): CardActionData<V> {
  const parsed = cardActionSchemas[verb].safeParse(data ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || verb).join(', ');
    throw new DomainError('input.invalid', logDetail(fields));
  }
  return parsed.data as CardActionData<V>;
}

/** Drops undefined so optional fields stay absent (exactOptionalPropertyTypes). */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
