/**
 * The schedule commands (committee only, each audited): "lịch" shows what the
 * scheduler will send; "lịch ngày 5 14:00" / "lịch thứ Hai đầu tiên 19:30"
 * change the rule; "nhắc lịch 7 ngày, 1 ngày, 1 giờ" the reminders; "dời họp
 * 08/9/2025 14:00" moves the next meeting; "hủy họp [lý do]" cancels it.
 */
import { DomainError } from '../../core/errors';
import { formatClockAndDate, formatMeetingTime } from '../../core/format';
import type { Locale } from '../../core/types';
import { jobLabel, jobStatusLabel } from '../../core/job-labels';
import { planSchedule } from '../../meetings/schedule-view';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { committeeReplyWith, messageView } from '../shared/results';
import type { TurnResult } from '../turn';
import { describeRule } from './describe-rule';
import { parseReminderText, parseWhenText } from './parse-schedule';
import type { Cell } from '../../store/rows';
import { applySettings, parseSettings, type SettingsInput } from '../settings';
import { cancelMeeting, moveMeeting } from './schedule-changes';
import { say as sayIn } from '../../core/wording/say';
import { SCHEDULE_WORDING as W } from '../../core/wording/schedule';

const DAY = 24 * 60 * 60_000;

function say(
  ctx: FeatureContext,
  vi: string,
  en: string,
  tone: 'info' | 'success' | 'warning' = 'success',
): TurnResult {
  return committeeReplyWith(messageView(ctx.turn.locale, tone, sayIn(ctx.turn.locale, { vi, en })));
}

/** "lịch": the next 45 days of scheduled messages and the rule. */
export async function showSchedule(ctx: CommitteeContext): Promise<TurnResult> {
  const { cell } = ctx;
  const locale: Locale = ctx.turn.locale;
  const now = ctx.clock.now();
  const items = (await planSchedule(ctx.db, cell.id, now, new Date(now.getTime() + 45 * DAY))) ?? [];
  const lines = items.map(
    (i) =>
      `${formatClockAndDate(i.at, cell.timezone, locale)} – ${jobLabel(i.job, locale)} (${jobStatusLabel(i.status, locale)})`,
  );
  const head = sayIn(locale, W.ruleHead, { rule: describeRule(cell.meetingRule, locale) });
  const none = sayIn(locale, W.nothingScheduled);
  return committeeReplyWith(
    messageView(
      locale,
      'info',
      [head, ...(lines.length > 0 ? lines : [none])].join('\n'),
      sayIn(locale, W.scheduleTitle),
    ),
  );
}

/** Sets one setting from what follows the command, audited like the setup form's (src/features/settings). */
async function changeSetting(ctx: CommitteeContext, input: SettingsInput, typed: string): Promise<Cell> {
  const { member, cell } = ctx;
  const parsed = parseSettings(input, cell);
  if (!parsed.ok) throw new DomainError('input.invalid', typed);
  return (await applySettings(ctx.db, cell.id, parsed.patch, member.id, 'chat')).cell;
}

/** "lịch ngày 5 14:00 …": a new rule for the meetings not stored yet (stored ones are moved one by one). */
export async function changeRule(ctx: CommitteeContext, text: string): Promise<TurnResult> {
  const cell = await changeSetting(ctx, { meetingRule: text }, text);
  const described = describeRule(cell.meetingRule, ctx.turn.locale);
  return say(ctx, `Đã cập nhật lịch sinh hoạt định kỳ: ${described}.`, `Meeting rule updated: ${described}.`);
}

/** "nhắc lịch 7 ngày, 1 ngày, 1 giờ": a week or more = the notice, half a day or more = members who have not answered, less = the join reminder. */
export async function changeReminders(ctx: CommitteeContext, text: string): Promise<TurnResult> {
  // "nhắc lịch" with nothing understood is refused, not read as "no reminders".
  if (!parseReminderText(text)) throw new DomainError('input.invalid', text);
  await changeSetting(ctx, { reminders: text }, text);
  return say(ctx, `Đã cập nhật thời điểm nhắc lịch (${text.trim()}).`, `Reminders updated (${text.trim()}).`);
}

/** "dời họp 08/9/2025 14:00". */
export async function moveNextMeeting(ctx: CommitteeContext, when: string): Promise<TurnResult> {
  const { member, cell } = ctx;
  const parsed = parseWhenText(when, new Date(ctx.clock.now().getTime()).getUTCFullYear());
  if (!parsed) throw new DomainError('input.invalid', when);
  const { meeting, corrected } = await moveMeeting(ctx, cell, member.id, parsed[0], parsed[1]);
  const at = formatMeetingTime(meeting.startsAt, cell.timezone, ctx.turn.locale);
  return corrected
    ? say(
        ctx,
        `Đã dời kỳ sinh hoạt sang ${at}. Thông báo điều chỉnh sẽ được gửi tới chi bộ; các nhắc lịch được lập lại theo thời gian mới.`,
        `Meeting moved to ${at}; a correction goes to the cell and reminders follow the new time.`,
      )
    : say(
        ctx,
        `Đã dời kỳ sinh hoạt sang ${at}; thông báo và nhắc lịch sẽ theo thời gian mới.`,
        `Meeting moved to ${at}; the notice and reminders follow the new time.`,
      );
}

/** "hủy họp [lý do …]". */
export async function cancelNextMeeting(ctx: CommitteeContext, reason: string | undefined): Promise<TurnResult> {
  const { member, cell } = ctx;
  const { meeting, announced } = await cancelMeeting(ctx, cell, member.id, reason ?? null);
  const at = formatMeetingTime(meeting.startsAt, cell.timezone, ctx.turn.locale);
  const tail = announced ? sayIn(ctx.turn.locale, W.cancellationGoesOut) : '';
  return say(
    ctx,
    `Đã hủy kỳ sinh hoạt dự kiến vào ${at}; không gửi nhắc lịch cho kỳ này.${tail}`,
    `Meeting of ${at} cancelled; no reminders will be sent for it.${tail}`,
    'warning',
  );
}
