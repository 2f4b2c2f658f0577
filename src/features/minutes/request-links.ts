/**
 * "biên bản" / "minutes" and "bảng điều khiển" / "dashboard": the committee
 * gets a card with signed, expiring download links (Action.OpenUrl). In Teams
 * and Zalo this is how the files reach the secretary; the link is bound to the
 * member who asked, so a forwarded link does only what they may do.
 */
import type { MessageView } from '../../cards/view-models';
import { formatClockAndDate, periodLabel } from '../../core/format';
import { DomainError } from '../../core/errors';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { committeeReplyWith, messageView, replyWith } from '../shared/results';
import { findLatestHeldMeeting, findMeetingOfPeriod } from '../../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { linksOf, type DocumentLinks } from './document-links';
import { say } from '../../core/wording/say';
import { MEETING_WORDING } from '../../core/wording/meetings';

function requireLinks(ctx: FeatureContext): DocumentLinks | TurnResult {
  const links = linksOf(ctx);
  if (links) return links;
  const vi =
    'Máy chủ chưa được cấu hình để cấp đường dẫn tải tài liệu (PUBLIC_BASE_URL). Đề nghị liên hệ quản trị hệ thống.';
  const en =
    'The server is not configured to issue download links (PUBLIC_BASE_URL). Please contact the administrator.';
  return replyWith(messageView(ctx.turn.locale, 'warning', say(ctx.turn.locale, { vi, en })));
}

function until(ctx: FeatureContext, expiresAt: Date, timeZone: string): string {
  const when = formatClockAndDate(expiresAt, timeZone, ctx.turn.locale);
  return say(ctx.turn.locale, MEETING_WORDING.linksFor, { when });
}

/** The links card for a meeting's documents: minutes, draft resolution, the year's spreadsheet. */
export async function requestMinutesLinks(
  ctx: CommitteeContext,
  request: { meetingId?: string; period?: string },
): Promise<TurnResult> {
  const { member, cell } = ctx;
  const links = requireLinks(ctx);
  if (!('minutes' in links)) return links;
  const meeting = request.meetingId
    ? await ctx.db.prisma.meeting.findFirst({ where: { id: request.meetingId, cellId: cell.id } })
    : request.period
      ? await findMeetingOfPeriod(ctx.db, cell.id, request.period)
      : await findLatestHeldMeeting(ctx.db, cell.id);
  if (!meeting)
    throw new DomainError(request.period || request.meetingId ? 'meeting.not_found' : 'meeting.none', request.period);
  const locale = ctx.turn.locale;
  const minutes = links.minutes(member.id, meeting.id);
  const view: MessageView = {
    ...messageView(
      ctx.turn.locale,
      'info',
      `${say(locale, MEETING_WORDING.documentsOf)} ${periodLabel(meeting.period, ctx.turn.locale)}.\n${until(ctx, minutes.expiresAt, cell.timezone)}`,
      say(locale, MEETING_WORDING.minutesTitle),
    ),
    links: [
      { title: say(locale, MEETING_WORDING.downloadMinutes), url: minutes.url },
      { title: say(locale, MEETING_WORDING.downloadResolution), url: links.resolution(member.id, meeting.id).url },
      {
        title: say(locale, MEETING_WORDING.yearSheet, { year: meeting.period.slice(0, 4) }),
        url: links.spreadsheet(member.id, cell.id, meeting.period.slice(0, 4)).url,
      },
    ],
  };
  return committeeReplyWith(view);
}

/** The signed link to the dashboard page (outside Teams, or inside it without single sign-on). */
export async function requestDashboardLink(ctx: CommitteeContext): Promise<TurnResult> {
  const { member, cell } = ctx;
  const links = requireLinks(ctx);
  if (!('dashboard' in links)) return links;
  const link = links.dashboard(member.id, cell.id);
  const locale = ctx.turn.locale;
  const view: MessageView = {
    ...messageView(
      ctx.turn.locale,
      'info',
      until(ctx, link.expiresAt, cell.timezone),
      say(locale, MEETING_WORDING.dashboardTitle),
    ),
    links: [{ title: say(locale, MEETING_WORDING.openDashboard), url: link.url }],
  };
  return committeeReplyWith(view);
}
