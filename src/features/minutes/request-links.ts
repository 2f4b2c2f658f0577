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

function requireLinks(ctx: FeatureContext): DocumentLinks | TurnResult {
  const links = linksOf(ctx);
  if (links) return links;
  const vi = 'Máy chủ chưa được cấu hình để cấp đường dẫn tải tài liệu (PUBLIC_BASE_URL). Đề nghị liên hệ quản trị hệ thống.';
  const en = 'The server is not configured to issue download links (PUBLIC_BASE_URL). Please contact the administrator.';
  return replyWith(messageView(ctx.turn.locale, 'warning', ctx.turn.locale === 'vi' ? vi : en));
}

function until(ctx: FeatureContext, expiresAt: Date, timeZone: string): string {
  const when = formatClockAndDate(expiresAt, timeZone, ctx.turn.locale);
  return ctx.turn.locale === 'vi' ? `Đường dẫn dành riêng cho đồng chí, có hiệu lực đến ${when}; đề nghị không chuyển tiếp.` : `These links are for you only and expire at ${when}; do not forward them.`;
}

/** The links card for a meeting's documents: minutes, draft resolution, the year's spreadsheet. */
export async function requestMinutesLinks(ctx: CommitteeContext, request: { meetingId?: string; period?: string }): Promise<TurnResult> {
  const { member, cell } = ctx;
  const links = requireLinks(ctx);
  if (!('minutes' in links)) return links;
  const meeting = request.meetingId
    ? await ctx.db.prisma.meeting.findFirst({ where: { id: request.meetingId, cellId: cell.id } })
    : request.period ? await findMeetingOfPeriod(ctx.db, cell.id, request.period) : await findLatestHeldMeeting(ctx.db, cell.id);
  if (!meeting) throw new DomainError(request.period || request.meetingId ? 'meeting.not_found' : 'meeting.none', request.period);
  const vi = ctx.turn.locale === 'vi';
  const minutes = links.minutes(member.id, meeting.id);
  const view: MessageView = {
    ...messageView(ctx.turn.locale, 'info', `${vi ? 'Tài liệu kỳ sinh hoạt' : 'Documents of the meeting'} ${periodLabel(meeting.period, ctx.turn.locale)}.\n${until(ctx, minutes.expiresAt, cell.timezone)}`, vi ? 'BIÊN BẢN VÀ NGHỊ QUYẾT' : 'MINUTES AND RESOLUTION'),
    links: [
      { title: vi ? 'Tải biên bản (.docx)' : 'Download the minutes (.docx)', url: minutes.url },
      { title: vi ? 'Tải dự thảo nghị quyết (.docx)' : 'Download the draft resolution (.docx)', url: links.resolution(member.id, meeting.id).url },
      { title: vi ? `Bảng điểm danh, biểu quyết năm ${meeting.period.slice(0, 4)} (.xlsx)` : `Attendance and votes ${meeting.period.slice(0, 4)} (.xlsx)`, url: links.spreadsheet(member.id, cell.id, meeting.period.slice(0, 4)).url },
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
  const vi = ctx.turn.locale === 'vi';
  const view: MessageView = {
    ...messageView(ctx.turn.locale, 'info', until(ctx, link.expiresAt, cell.timezone), vi ? 'BẢNG THEO DÕI SINH HOẠT CHI BỘ' : 'CELL DASHBOARD'),
    links: [{ title: vi ? 'Mở bảng theo dõi' : 'Open the dashboard', url: link.url }],
  };
  return committeeReplyWith(view);
}
