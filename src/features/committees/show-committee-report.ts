/**
 * "báo cáo đảng ủy [kỳ]": a member of a party committee asks, in chat, for the
 * report over the committee's cells (issue 15). The reader is the platform's
 * account, never card data; anyone who sits on no committee is refused. The
 * answer is the actor's own (a personal chat in Teams, the 1:1 thread in Zalo).
 */
import type { CardView } from '../../cards/view-models';
import { DomainError } from '../../core/errors';
import { periodOf } from '../../core/format';
import { DEFAULT_TIMEZONE } from '../../core/timezones';
import { committeesOfReader, type ReportReader } from '../../reports/committee-access';
import { computeCommitteeReport } from '../../reports/committee-report';
import { reportDownloadLinks } from '../../reports/committee-report-chat';
import type { FeatureContext } from '../shared/context';
import type { TurnResult } from '../turn';

/** The last month that has ended, in Viet Nam time: what a committee reviews by default. */
export function lastEndedMonth(now: Date): string {
  const month = periodOf(now, DEFAULT_TIMEZONE);
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export async function showCommitteeReport(ctx: FeatureContext, period?: string): Promise<TurnResult> {
  const reader: ReportReader = { platform: ctx.turn.actor.platform, platformUserId: ctx.turn.actor.platformUserId };
  const committees = await committeesOfReader(ctx.db, reader);
  if (committees.length === 0) throw new DomainError('committee.forbidden');
  const links = ctx.committeeLinks;
  if (links === undefined) throw new DomainError('links.unavailable');
  const now = ctx.clock.now();
  const key = period ?? lastEndedMonth(now);
  const locale = ctx.turn.locale;
  const views: CardView[] = [];
  for (const committeeId of committees) {
    const report = await computeCommitteeReport(ctx.db, committeeId, key, locale, now);
    views.push({
      type: 'committee.report',
      locale,
      report,
      links: reportDownloadLinks(reader, committeeId, report.period.key, links),
    });
  }
  return { replies: views.map((view) => ({ kind: 'card', view })), refreshes: [] };
}
