/**
 * The questions a Zalo message asks (RSVP, vote, check-in), their options as
 * button payloads, and the reading of what comes back. A payload is untrusted
 * text — the member could type it — so it only ever becomes a card action for
 * the member who sent it, with data the core validates again.
 */
import { labelsFor } from '../../cards/labels';
import { say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';
import type { CardVerb, CardView } from '../../cards/view-models';
import type { RsvpAnswer, VoteChoice } from '../../core/types';

export type QuestionKind = 'rsvp' | 'vote' | 'rollcall';

/** What a message asked, remembered per thread so "1", "2", "3" can be read as its options. */
export interface Question {
  readonly kind: QuestionKind;
  readonly subjectId: string;
}

export interface QuestionOption {
  readonly title: string;
  /** The button payload (also what the digit stands for). */
  readonly payload: string;
}

/** A card action read from a payload or a digit. */
export interface PayloadAction {
  readonly verb: Extract<CardVerb, 'rsvp.answer' | 'vote.cast' | 'rollcall.checkin'>;
  readonly data: Readonly<Record<string, string>>;
}

const PREFIX = 'chibo';
const ID = /^[\w-]{1,64}$/;
const RSVP: readonly RsvpAnswer[] = ['attend', 'attend_online', 'excused'];
const CHOICES: readonly VoteChoice[] = ['approve', 'reject', 'other'];
// Zalo allows 1000 characters per payload; free text after the option is cut well inside that.
const MAX_FREE_TEXT = 500;

/** The question a view asks this viewer, if any (nothing for previews, cancelled or closed items, probationary ballots). */
export function questionOf(view: CardView): Question | undefined {
  if (view.type === 'notice' && !view.preview && !view.cancelled) return { kind: 'rsvp', subjectId: view.meetingId };
  if (view.type === 'vote' && view.open && view.canVote) return { kind: 'vote', subjectId: view.motionId };
  if (view.type === 'rollcall' && view.open) return { kind: 'rollcall', subjectId: view.meetingId };
  return undefined;
}

/** The options of a question, in the order of their digits. */
export function optionsOf(question: Question, locale: 'vi' | 'en'): QuestionOption[] {
  const l = labelsFor(locale);
  const id = question.subjectId;
  switch (question.kind) {
    case 'rsvp':
      return [
        { title: l.attend, payload: `${PREFIX}:rsvp:${id}:attend` },
        { title: l.attendOnline, payload: `${PREFIX}:rsvp:${id}:attend_online` },
        { title: l.excused, payload: `${PREFIX}:rsvp:${id}:excused` },
      ];
    case 'vote':
      return [
        { title: l.approve, payload: `${PREFIX}:vote:${id}:approve` },
        { title: l.reject, payload: `${PREFIX}:vote:${id}:reject` },
        { title: l.other, payload: `${PREFIX}:vote:${id}:other` },
      ];
    case 'rollcall':
      return [{ title: l.present, payload: `${PREFIX}:checkin:${id}` }];
  }
}

/** "hoặc trả lời: 1 = Tham dự, 2 = …" — the fallback for clients that show no buttons. */
export function digitHint(question: Question, locale: 'vi' | 'en'): string {
  const options = optionsOf(question, locale)
    .map((o, i) => `${i + 1} = ${o.title}`)
    .join(', ');
  const extra =
    question.kind === 'rsvp'
      ? say(locale, ZALO_WORDING.digitReason)
      : question.kind === 'vote'
        ? say(locale, ZALO_WORDING.digitComment)
        : '';
  return `${say(locale, ZALO_WORDING.orReply)}: ${options}${extra}.`;
}

function freeText(parts: readonly string[]): string | undefined {
  const text = parts.join(':').trim().slice(0, MAX_FREE_TEXT);
  return text === '' ? undefined : text;
}

function withText(
  data: Record<string, string>,
  key: string,
  text: string | undefined,
): Readonly<Record<string, string>> {
  return text === undefined ? data : { ...data, [key]: text };
}

/** Reads `chibo:<kind>:<id>:<option>[:<text>]`; null for anything else (it is then ordinary text). */
export function parsePayload(text: string): PayloadAction | null {
  const [prefix, kind, id, option, ...rest] = text.trim().split(':');
  if (prefix !== PREFIX || id === undefined || !ID.test(id)) return null;
  if (kind === 'rsvp' && RSVP.includes(option as RsvpAnswer)) {
    // Text after "excused" is the reason; after an attendance answer it names the venue.
    return {
      verb: 'rsvp.answer',
      data: withText(
        { meetingId: id, answer: option as string },
        option === 'excused' ? 'reason' : 'venue',
        freeText(rest),
      ),
    };
  }
  if (kind === 'vote' && CHOICES.includes(option as VoteChoice)) {
    return { verb: 'vote.cast', data: withText({ motionId: id, choice: option as string }, 'comment', freeText(rest)) };
  }
  if (kind === 'checkin')
    return {
      verb: 'rollcall.checkin',
      data: withText({ meetingId: id }, 'venue', freeText(option === undefined ? [] : [option, ...rest])),
    };
  return null;
}

/** "2", "3 đi công tác", "3: lý do": the option of the pending question, with any text after it. */
export function parseDigitAnswer(
  text: string,
  question: Question | undefined,
  locale: 'vi' | 'en',
): PayloadAction | null {
  if (question === undefined) return null;
  const match = /^\s*(\d)(?=$|[\s.:)\-–])\s*(?:[.:)\-–]\s*)?([\s\S]*)$/u.exec(text);
  if (!match) return null;
  const option = optionsOf(question, locale)[Number(match[1]) - 1];
  if (!option) return null;
  const rest = (match[2] ?? '').trim();
  return parsePayload(rest === '' ? option.payload : `${option.payload}:${rest}`);
}
