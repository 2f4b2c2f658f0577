/**
 * Warnings, never refusals, where a meeting's timing falls short of Hướng dẫn
 * 42-HD/BTCTW (28/10/2025): a regular meeting lasts at least 90 minutes, 120
 * when a thematic part is combined with it; the documents are posted at least
 * one day before. Computed from what happened (the start and the close that
 * were recorded, when the notice went out), not from the plan.
 */
import { formatClockAndDate } from './format';
import type { QualityFlag } from './quality-flags';
import type { Locale, MeetingKind } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

/** Minimum minutes of a regular meeting (42-HD/BTCTW). */
export const MIN_MEETING_MINUTES = 90;
/** Minimum minutes when a thematic part is combined with the regular one. */
export const MIN_MEETING_MINUTES_WITH_THEMATIC = 120;
/** How long before the meeting its documents must be posted. */
export const DOCUMENTS_LEAD_MS = 24 * 60 * 60 * 1000;

export interface MeetingTiming {
  readonly kind: MeetingKind;
  /** The agenda holds a thematic part ("chuyên đề") besides the regular items. */
  readonly thematicPart: boolean;
  /** The start the minutes record (chair opened it / roll call opened); null while not started. */
  readonly startedAt: Date | null;
  /** The close (bế mạc); null while the meeting goes on. */
  readonly endedAt: Date | null;
  /** The planned start, when it has not started yet. */
  readonly plannedAt: Date;
  /** When the notice with the documents went out; null when it never did. */
  readonly noticePostedAt: Date | null;
  readonly timeZone: string;
}

/** The minimum duration for this meeting, or null when the guidance sets none (an extraordinary meeting). */
export function minimumMinutes(kind: MeetingKind, thematicPart: boolean): number | null {
  if (kind === 'extraordinary') return null;
  return kind === 'thematic' || thematicPart ? MIN_MEETING_MINUTES_WITH_THEMATIC : MIN_MEETING_MINUTES;
}

/** Whether an agenda item names a thematic part ("Sinh hoạt chuyên đề …", "Chuyên đề: …"). */
export function isThematicItem(title: string): boolean {
  return /chuy[eê]n\s*đ[eề]/iu.test(title.normalize('NFC')) || /\bthematic\b/iu.test(title);
}

function shortFlag(minutes: number, minimum: number, locale: Locale): QualityFlag {
  const text = say(locale, W.meetingShort, { minutes, minimum });
  return { code: 'meeting.short', text };
}

function lateFlag(timing: MeetingTiming, locale: Locale): QualityFlag {
  const posted = timing.noticePostedAt;
  const when = posted ? formatClockAndDate(posted, timing.timeZone, locale) : null;
  return { code: 'documents.late', text: say(locale, W.documentsLate, { when: when ?? '' }) };
}

/** The meeting's duration in whole minutes, once it has both a start and an end. */
export function durationMinutes(startedAt: Date | null, endedAt: Date | null): number | null {
  if (startedAt === null || endedAt === null) return null;
  return Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000));
}

/** The timing warnings of a meeting, in a fixed order: duration, then documents. */
export function timingFlags(timing: MeetingTiming, locale: Locale): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const minimum = minimumMinutes(timing.kind, timing.thematicPart);
  const minutes = durationMinutes(timing.startedAt, timing.endedAt);
  if (minimum !== null && minutes !== null && minutes < minimum) flags.push(shortFlag(minutes, minimum, locale));
  const start = timing.startedAt ?? timing.plannedAt;
  const posted = timing.noticePostedAt;
  if (posted === null ? timing.startedAt !== null : start.getTime() - posted.getTime() < DOCUMENTS_LEAD_MS)
    flags.push(lateFlag(timing, locale));
  return flags;
}
