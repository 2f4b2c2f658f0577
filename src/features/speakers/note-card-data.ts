/**
 * Card payloads of the meeting-notes verbs (speakers, tasks, targets, minutes
 * links), validated like the others in shared/card-action-data.ts: ids and
 * typed text only, never who acts.
 */
import { z } from 'zod';
import { DomainError, logDetail } from '../../core/errors';
import { parseDueDate } from '../../core/meeting-notes';
import { defined } from '../shared/card-action-data';

const id = z.string().min(1).max(64).regex(/^[\w-]+$/);
const text = (max: number) => z.string().trim().min(1).max(max);
// Date inputs send "2025-09-30"; typed text may say "30/9/2025".
const due = z
  .string()
  .max(40)
  .transform((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parseDueDate(value)))
  .refine((value) => value !== null, 'due')
  .optional();

const schemas = {
  'speaker.register': z.object({ meetingId: id.optional() }).loose(),
  'speaker.record': z.object({ meetingId: id.optional(), speaker: text(200), gist: z.string().max(2000).optional() }).loose(),
  'task.add': z.object({ meetingId: id.optional(), title: text(500), owner: text(200), due: due.or(z.literal('').transform(() => undefined)) }).loose(),
  'target.progress': z.object({ meetingId: id.optional(), period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/).optional(), metric: text(200), amount: z.coerce.number().int().min(-100_000).max(100_000), mode: z.enum(['add', 'set']).default('add') }).loose(),
  'minutes.links': z.object({ meetingId: id.optional() }).loose(),
} as const;

export type NoteVerb = keyof typeof schemas;
type Parsed<V extends NoteVerb> = z.infer<(typeof schemas)[V]>;

/** Validates one verb's data and drops undefined fields (exactOptionalPropertyTypes). */
export function parseNoteData<V extends NoteVerb>(verb: V, data: unknown): { [K in keyof Parsed<V>]: Exclude<Parsed<V>[K], undefined | null> } {
  const parsed = schemas[verb].safeParse(data ?? {});
  if (!parsed.success) throw new DomainError('input.invalid', logDetail(parsed.error.issues.map((issue) => issue.path.join('.') || verb).join(', ')));
  return defined(parsed.data as object) as { [K in keyof Parsed<V>]: Exclude<Parsed<V>[K], undefined | null> };
}
