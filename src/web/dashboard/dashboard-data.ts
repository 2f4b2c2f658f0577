/**
 * What the dashboard shows a committee member: the cell's meetings, the
 * current meeting's roll call and votes as the same Adaptive Cards the chat
 * shows (read-only: their buttons are removed), attendance month by month and
 * signed download links. Plain JSON for the page.
 */
import { renderCard, type AdaptiveCard } from '../../cards/render';
import { formatMeetingTime, formatPercent, periodLabel } from '../../core/format';
import type { Locale } from '../../core/types';
import { rollCallViewFor } from '../../features/attendance/rollcall-view';
import { findCurrentMeeting, findLatestHeldMeeting, requireMeetingOfCell } from '../../meetings/meeting-queries';
import type { DocumentLinks } from '../../features/shared/document-links';
import type { Clock, Logger } from '../../features/ports';
import { loadPeriodSummary } from '../../features/summaries/period-summary';
import { findVoteCardMotion } from '../../features/votes/motion-queries';
import { voteViewFor } from '../../features/votes/vote-view';
import { listOutboxRows } from '../../outbox/outbox-rows';
import type { Database } from '../../store/database';
import type { Member } from '../../store/rows';

export interface DashboardDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly links: DocumentLinks;
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  draft: 'Dự kiến',
  announced: 'Đã thông báo',
  in_progress: 'Đang sinh hoạt',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

/** Cards are shown, not used, on the dashboard: actions and inputs go. */
function readOnly(card: AdaptiveCard): AdaptiveCard {
  const body = card.body.filter(
    (element) =>
      typeof element['type'] !== 'string' ||
      (!String(element['type']).startsWith('Input.') && element['type'] !== 'ActionSet'),
  );
  return { type: card.type, version: card.version, $schema: card.$schema, body };
}

async function meetingList(deps: DashboardDeps, member: Member, timeZone: string) {
  const meetings = await deps.db.prisma.meeting.findMany({
    where: { cellId: member.cellId },
    orderBy: { startsAt: 'desc' },
    take: 24,
  });
  return meetings.map((m) => {
    const held = m.status === 'closed' || m.status === 'in_progress';
    return {
      id: m.id,
      period: m.period,
      label: periodLabel(m.period, 'vi'),
      when: formatMeetingTime(m.startsAt, timeZone, 'vi'),
      status: m.status,
      statusLabel: STATUS_LABELS[m.status] ?? m.status,
      downloads: held
        ? [
            { title: 'Biên bản', url: deps.links.minutes(member.id, m.id).url },
            { title: 'Nghị quyết', url: deps.links.resolution(member.id, m.id).url },
          ]
        : [],
    };
  });
}

/** Attendance rate of each held meeting of this year and last, oldest first (at most 12). */
async function attendanceChart(deps: DashboardDeps, cellId: string, year: number) {
  const summaries = await Promise.all(
    [String(year - 1), String(year)].map((y) => loadPeriodSummary(deps.db, cellId, y, 'vi', deps.clock.now())),
  );
  const rows = summaries.flatMap((s) => s.meetings).slice(-12);
  return rows.map((m) => ({
    period: m.period,
    label: `${Number(m.period.slice(5))}/${m.period.slice(0, 4)}`,
    rate: m.rate,
    rateText: m.rate === null ? '–' : formatPercent(m.rate, 'vi'),
  }));
}

async function currentCards(deps: DashboardDeps, cellId: string, locale: Locale) {
  const current = (await findCurrentMeeting(deps.db, cellId)) ?? null;
  const chosen = current?.status === 'in_progress' ? current : await findLatestHeldMeeting(deps.db, cellId);
  if (!chosen) return null;
  const meeting = await requireMeetingOfCell(deps.db, cellId, chosen.id);
  const cards = [renderCard(await rollCallViewFor(deps, meeting, null, locale))];
  const motions = await deps.db.prisma.motion.findMany({
    where: { meetingId: meeting.id },
    orderBy: { openedAt: 'asc' },
    select: { id: true },
  });
  for (const { id } of motions) {
    const motion = await findVoteCardMotion(deps.db, id);
    if (motion) cards.push(renderCard(await voteViewFor(deps, motion, null, locale)));
  }
  return {
    meetingId: meeting.id,
    label: periodLabel(meeting.period, locale),
    live: meeting.status === 'in_progress',
    cards: cards.map(readOnly),
  };
}

const UNDELIVERED_SHOWN = 20;

/**
 * For the secretary only: the cell's messages the bot gave up on (dead outbox rows), newest first, and the
 * command that sends them again. null for everyone else.
 */
async function undelivered(deps: DashboardDeps, member: Member, timeZone: string) {
  if (member.role !== 'secretary') return null;
  const rows = await listOutboxRows(deps.db, { statuses: ['dead'], cellId: member.cellId });
  return {
    count: rows.length,
    retryCommand: `npm run cli -- outbox retry --all-dead --cell ${member.cellId}`,
    rows: rows
      .slice(-UNDELIVERED_SHOWN)
      .reverse()
      .map((r) => ({
        id: r.id,
        channel: r.platform === 'zalo' ? 'Zalo' : 'Teams',
        preview: r.preview,
        queued: formatMeetingTime(r.queuedAt, timeZone, 'vi'),
        error: r.lastError ?? '',
      })),
  };
}

/** The dashboard's JSON for one committee member of one cell. */
export async function loadDashboard(deps: DashboardDeps, member: Member) {
  const cell = await deps.db.prisma.cell.findUniqueOrThrow({ where: { id: member.cellId } });
  const year = Number(formatMeetingTime(deps.clock.now(), cell.timezone, 'en').slice(-4));
  return {
    cell: { id: cell.id, name: cell.name, parentOrganisation: cell.parentOrganisation },
    viewer: { name: member.fullName, role: member.role },
    meetings: await meetingList(deps, member, cell.timezone),
    chart: await attendanceChart(deps, cell.id, year),
    current: await currentCards(deps, cell.id, 'vi'),
    downloads: [String(year), String(year - 1)].map((y) => ({
      title: `Điểm danh, biểu quyết năm ${y} (.xlsx)`,
      url: deps.links.spreadsheet(member.id, cell.id, y).url,
    })),
    undelivered: await undelivered(deps, member, cell.timezone),
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
