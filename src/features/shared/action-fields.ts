/**
 * The pieces the action tables build their schemas from. Card payloads (and
 * parsed text) are untrusted input: they carry ids, choices and typed text
 * only, never who acts (that always comes from the channel).
 */
import { z } from 'zod';
import { parseDueDate } from '../../core/meeting-notes';

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);
export const shortText = (max: number) => z.string().max(max).optional();
/** Typed text that must say something: trimmed, 1..max characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** "2025" or "2025-09". */
export const period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/);
/** The meeting the press is about; absent for a typed command (the feature takes the current one). */
export const meetingOnly = z.object({ meetingId: id.optional() }).loose();
/** An action that takes no data. */
export const nothing = z.object({}).loose();
/** A form whose fields the feature reads itself (the meeting and setup forms, the roster card). */
export const formFields = z.unknown();

// Date inputs send "2025-09-30"; typed text may say "30/9/2025".
export const dueDate = z
  .string()
  .max(40)
  .transform((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parseDueDate(value)))
  .refine((value) => value !== null, 'due')
  .optional();
