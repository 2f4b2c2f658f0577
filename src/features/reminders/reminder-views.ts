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
  return locale === 'vi' ? `sinh hoạt chi bộ ${kind} ${periodLabel(m.period, locale)}` : `the ${kind} cell meeting of ${periodLabel(m.period, locale)}`;
}

function when(m: MeetingFacts, locale: Locale): string {
  return formatMeetingTime(m.startsAt, m.timeZone, locale);
}

function venueLine(m: MeetingFacts, locale: Locale): string {
  const venues = parseVenues(m.venues).map((v) => v.name);
  if (venues.length === 0) return '';
  return locale === 'vi' ? ` Địa điểm: ${venues.join('; ')}.` : ` Venue: ${venues.join('; ')}.`;
}

/** To a member who has not answered the notice. */
export function rsvpReminder(m: MeetingFacts, locale: Locale): MessageView {
  const text =
    locale === 'vi'
      ? `Nhắc lịch: ${meetingName(m, locale)} vào ${when(m, locale)}. Đồng chí chưa báo tham dự; đề nghị đồng chí xác nhận tham dự, hoặc báo vắng và nêu rõ lý do.`
      : `Reminder: ${meetingName(m, locale)} at ${when(m, locale)}. You have not answered yet; please confirm, or send your apologies with a reason.`;
  return {
    type: 'message',
    locale,
    tone: 'info',
    title: locale === 'vi' ? 'Nhắc lịch' : 'Reminder',
    text,
    actions: [
      { verb: 'rsvp.answer', title: locale === 'vi' ? 'Tham dự' : 'Attend', data: { meetingId: m.id, answer: 'attend' }, style: 'positive' },
      { verb: 'rsvp.answer', title: locale === 'vi' ? 'Tham dự trực tuyến' : 'Attend online', data: { meetingId: m.id, answer: 'attend_online' } },
    ],
  };
}

/** "Vào phòng họp trực tuyến", when the meeting has an online room. */
function joinLinks(m: MeetingFacts, locale: Locale): Pick<MessageView, 'links'> {
  return m.joinUrl ? { links: [{ title: locale === 'vi' ? 'Vào phòng họp trực tuyến' : 'Join online', url: m.joinUrl }] } : {};
}

/** To the cell shortly before the start, with the venue and the button to the online room. */
export function joinReminder(m: MeetingFacts, locale: Locale): MessageView {
  const text =
    locale === 'vi'
      ? `Nhắc lịch: ${meetingName(m, locale)} bắt đầu vào ${when(m, locale)}.${venueLine(m, locale)} Đề nghị các đồng chí tham dự đầy đủ, đúng giờ.`
      : `Reminder: ${meetingName(m, locale)} starts at ${when(m, locale)}.${venueLine(m, locale)} Please be on time.`;
  return { type: 'message', locale, tone: 'info', title: locale === 'vi' ? 'Nhắc lịch' : 'Reminder', text, ...joinLinks(m, locale) };
}

/** To an official member who has not voted before the motion's deadline. */
export function voteReminder(m: MeetingFacts, motionTitle: string, deadline: Date, locale: Locale): MessageView {
  const at = formatMeetingTime(deadline, m.timeZone, locale);
  const text =
    locale === 'vi'
      ? `Nhắc biểu quyết: "${motionTitle}" (${meetingName(m, locale)}) kết thúc vào ${at}. Đồng chí chưa biểu quyết; đề nghị đồng chí biểu quyết trước thời hạn.`
      : `Vote reminder: "${motionTitle}" (${meetingName(m, locale)}) closes at ${at}. You have not voted yet.`;
  return { type: 'message', locale, tone: 'info', title: locale === 'vi' ? 'Nhắc biểu quyết' : 'Vote reminder', text };
}

/** To the cell when a meeting already announced is moved. */
export function movedNotice(m: MeetingFacts, locale: Locale): MessageView {
  const text =
    locale === 'vi'
      ? `Thời gian ${meetingName(m, locale)} được điều chỉnh sang ${when(m, locale)}.${venueLine(m, locale)} Đề nghị các đồng chí lưu ý và tham dự đầy đủ, đúng giờ.`
      : `${meetingName(m, locale)} has been moved to ${when(m, locale)}.${venueLine(m, locale)}`;
  return { type: 'message', locale, tone: 'warning', title: locale === 'vi' ? 'THÔNG BÁO điều chỉnh lịch sinh hoạt' : 'Meeting moved', text, ...joinLinks(m, locale) };
}

/** To the cell when a meeting already announced is cancelled. */
export function cancelledNotice(m: MeetingFacts, reason: string | null, locale: Locale): MessageView {
  const why = reason ? (locale === 'vi' ? ` Lý do: ${reason}.` : ` Reason: ${reason}.`) : '';
  const text =
    locale === 'vi'
      ? `Chi ủy thông báo: ${meetingName(m, locale)} dự kiến vào ${when(m, locale)} không tổ chức.${why} Lịch sinh hoạt tiếp theo sẽ được thông báo sau.`
      : `${meetingName(m, locale)} planned for ${when(m, locale)} is cancelled.${why} The next meeting will be announced.`;
  return { type: 'message', locale, tone: 'warning', title: locale === 'vi' ? 'THÔNG BÁO hủy kỳ sinh hoạt' : 'Meeting cancelled', text };
}
