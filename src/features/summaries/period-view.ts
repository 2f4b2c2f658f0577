/** The month / year roll-up as a summary card and as plain text, from the same data. */
import type { SummaryView } from '../../cards/view-models';
import { formatPercent } from '../../core/format';
import type { Locale } from '../../core/types';
import type { CommitteeContext } from '../shared/context';
import { committeeReplyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { loadPeriodSummary, type PeriodSummary } from './period-summary';
import { say } from '../../core/wording/say';
import { SUMMARY_WORDING } from '../../core/wording/summaries';

const WORDS = {
  vi: {
    heading: 'TỔNG HỢP SINH HOẠT CHI BỘ',
    meetings: 'Các kỳ sinh hoạt',
    totals: 'Tổng hợp',
    tasks: 'Nhiệm vụ',
    targets: 'Chỉ tiêu',
    none: 'Chưa có kỳ sinh hoạt nào.',
  },
  en: {
    heading: 'CELL MEETINGS ROLL-UP',
    meetings: 'Meetings',
    totals: 'Totals',
    tasks: 'Tasks',
    targets: 'Targets',
    none: 'No meeting held yet.',
  },
} as const;

function meetingLine(m: PeriodSummary['meetings'][number], locale: Locale): string {
  const rate = m.rate === null ? '–' : formatPercent(m.rate, locale);
  return say(locale, SUMMARY_WORDING.meetingLine, { ...m, rate });
}

function totalLines(p: PeriodSummary, locale: Locale): string[] {
  const t = p.totals;
  return [
    say(locale, SUMMARY_WORDING.totalMeetings, t),
    say(locale, SUMMARY_WORDING.totalAbsences, t),
    say(locale, SUMMARY_WORDING.totalMotions, t),
  ];
}

function taskLine(p: PeriodSummary, locale: Locale): string {
  const t = p.tasks;
  return say(locale, SUMMARY_WORDING.tasks, t);
}

/** The roll-up as a summary card (the same template as a meeting's summary). */
export function periodSummaryView(p: PeriodSummary, locale: Locale): SummaryView {
  const w = WORDS[locale];
  const sections: { title: string; lines: string[] }[] = [
    { title: w.meetings, lines: p.meetings.length > 0 ? p.meetings.map((m) => meetingLine(m, locale)) : [w.none] },
    { title: w.totals, lines: totalLines(p, locale) },
    { title: w.tasks, lines: [taskLine(p, locale)] },
  ];
  if (p.targetLines.length > 0) sections.push({ title: w.targets, lines: p.targetLines });
  return {
    type: 'summary',
    locale,
    meetingId: p.meetings[p.meetings.length - 1]?.id ?? '',
    heading: `${w.heading} – ${p.cell.name.toUpperCase()} – ${p.label.toUpperCase()}`,
    when: p.cell.parentOrganisation,
    sections,
    motions: [],
    flags: p.flags,
  };
}

/** The roll-up as plain text (CLI, Zalo). */
export function periodSummaryText(p: PeriodSummary, locale: Locale): string {
  const view = periodSummaryView(p, locale);
  const parts = [view.heading, view.when, ''];
  for (const section of view.sections) parts.push(`${section.title}:`, ...section.lines.map((l) => `- ${l}`), '');
  parts.push(...view.flags.map((f) => `! ${f}`));
  return parts.join('\n').trim();
}

/** "tóm tắt năm 2025": the committee asks for the year's roll-up. */
export async function showYearSummary(ctx: CommitteeContext, year: string): Promise<TurnResult> {
  const { cell } = ctx;
  const summary = await loadPeriodSummary(ctx.db, cell.id, year, ctx.turn.locale, ctx.clock.now());
  return committeeReplyWith(periodSummaryView(summary, ctx.turn.locale));
}
