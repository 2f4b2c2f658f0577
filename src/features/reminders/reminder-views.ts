/**
 * The wording of scheduled reminders and corrections (the scheduler's
 * `job.due` handled in reminder-jobs.ts), formal as the cell
 * writes ("đồng chí", no emoji): "Nhắc lịch: sinh hoạt chi bộ định kỳ tháng
 * 9/2025 vào 14 giờ 00, ngày 05/9/2025 (thứ Sáu). …"
 */
import type { MessageView } from '../../cards/view-models';
import { formatMeetingTime, meetingKindLabel, periodLabel } from '../../core/format';
import type { Locale } from '../../core/types';
import { toMeetingKind } from '../../store/mappers';
import { parseVenues } from '../../meetings/meeting-details';
import { say } from '../../core/wording/say';
import { SCHEDULE_WORDING as W } from '../../core/wording/schedule';

export interface MeetingFacts {
  readonly id: string;
  readonly period: string;
  readonly kind: string;
  readonly startsAt: Date;
  readonly venues: string;
  /** The online room, when the meeting has one. */
  readonly joinUrl: string | null;
  readonly timeZone: string;
}

function meetingName(m: MeetingFacts, locale: Locale): string {
  const kind = meetingKindLabel(toMeetingKind(m.kind), locale);
  return say(locale, W.meetingName, { kind, period: periodLabel(m.period, locale) });
}

function when(m: MeetingFacts, locale: Locale): string {
  return formatMeetingTime(m.startsAt, m.timeZone, locale);
}

function venueLine(m: MeetingFacts, locale: Locale): string {
  const venues = parseVenues(m.venues).map((v) => v.name);
  if (venues.length === 0) return '';
  return say(locale, W.venueLine, { venues: venues.join('; ') });
}

/** To a member who has not answered the notice. */
export function rsvpReminder(m: MeetingFacts, locale: Locale): MessageView {
  const text = say(locale, W.rsvpReminder, { name: meetingName(m, locale), at: when(m, locale) });
  return {
    type: 'message',
    locale,
    tone: 'info',
    title: say(locale, W.reminderTitle),
    text,
    actions: [
      {
        verb: 'rsvp.answer',
        title: say(locale, W.attend),
        data: { meetingId: m.id, answer: 'attend' },
        style: 'positive',
      },
      { verb: 'rsvp.answer', title: say(locale, W.attendOnline), data: { meetingId: m.id, answer: 'attend_online' } },
    ],
  };
}

/** "Vào phòng họp trực tuyến", when the meeting has an online room. */
function joinLinks(m: MeetingFacts, locale: Locale): Pick<MessageView, 'links'> {
  return m.joinUrl ? { links: [{ title: say(locale, W.joinOnline), url: m.joinUrl }] } : {};
}

/** To the cell shortly before the start, with the venue and the button to the online room. */
export function joinReminder(m: MeetingFacts, locale: Locale): MessageView {
  const text = say(locale, W.joinReminder, {
    name: meetingName(m, locale),
    at: when(m, locale),
    venue: venueLine(m, locale),
  });
  return { type: 'message', locale, tone: 'info', title: say(locale, W.reminderTitle), text, ...joinLinks(m, locale) };
}

/** To an official member who has not voted before the motion's deadline. */
export function voteReminder(m: MeetingFacts, motionTitle: string, deadline: Date, locale: Locale): MessageView {
  const at = formatMeetingTime(deadline, m.timeZone, locale);
  const text = say(locale, W.voteReminder, { name: meetingName(m, locale), at, motion: motionTitle });
  return { type: 'message', locale, tone: 'info', title: say(locale, W.voteReminderTitle), text };
}

/** To the cell when a meeting already announced is moved. */
export function movedNotice(m: MeetingFacts, locale: Locale): MessageView {
  const text = say(locale, W.movedNotice, {
    name: meetingName(m, locale),
    at: when(m, locale),
    venue: venueLine(m, locale),
  });
  return { type: 'message', locale, tone: 'warning', title: say(locale, W.movedTitle), text, ...joinLinks(m, locale) };
}

/** To the cell when a meeting already announced is cancelled. */
export function cancelledNotice(m: MeetingFacts, reason: string | null, locale: Locale): MessageView {
  const why = reason ? say(locale, W.cancelReason, { reason }) : '';
  const text = say(locale, W.cancelledNotice, { name: meetingName(m, locale), at: when(m, locale), why });
  return { type: 'message', locale, tone: 'warning', title: say(locale, W.cancelledTitle), text };
}
