/**
 * The dashboard tab: finds its token (signed link ?token=, or the Teams deep
 * link's subPageId), fetches the dashboard for that committee member, and
 * shows the meetings, the chart, the current meeting's cards (rendered with
 * the adaptivecards renderer, read-only) and the download links. Refreshes
 * every 15 s while a meeting is in progress.
 */
import * as AC from 'adaptivecards';
import { attendanceChart, type ChartPoint } from './chart';
import { onThemeChange, readTeamsContext, type TeamsInfo } from './teams';
import { $, showNotice } from './page-dom';

interface Link {
  readonly title: string;
  readonly url: string;
}
interface Dashboard {
  readonly cell: { readonly name: string; readonly parentOrganisation: string };
  readonly viewer: { readonly name: string };
  readonly meetings: readonly {
    readonly label: string;
    readonly when: string;
    readonly statusLabel: string;
    readonly downloads: readonly Link[];
  }[];
  readonly chart: readonly ChartPoint[];
  readonly current: { readonly label: string; readonly live: boolean; readonly cards: readonly object[] } | null;
  readonly downloads: readonly Link[];
  /** The secretary's view of messages the bot gave up on; null for other committee members. */
  readonly undelivered: {
    readonly count: number;
    readonly retryCommand: string;
    readonly rows: readonly {
      readonly id: string;
      readonly channel: string;
      readonly preview: string;
      readonly queued: string;
      readonly error: string;
    }[];
  } | null;
}

const REFRESH_MS = 15_000;
function link(l: Link): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = l.url;
  a.textContent = l.title;
  a.rel = 'noopener';
  a.target = '_blank';
  return a;
}

function renderCards(cards: readonly object[]): void {
  const host = $('cards');
  host.replaceChildren();
  for (const json of cards) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig({
      supportsInteractivity: false,
      fontFamily: "system-ui, 'Segoe UI', sans-serif",
    });
    card.parse(json);
    const rendered = card.render();
    if (rendered) host.appendChild(rendered);
  }
}

function renderMeetings(d: Dashboard): void {
  const body = $('meetings').querySelector('tbody');
  if (!body) return;
  body.replaceChildren(
    ...d.meetings.map((m) => {
      const row = document.createElement('tr');
      for (const text of [m.label, m.when, m.statusLabel])
        row.appendChild(Object.assign(document.createElement('td'), { textContent: text }));
      const docs = document.createElement('td');
      docs.append(...m.downloads.map(link));
      row.appendChild(docs);
      return row;
    }),
  );
}

function renderUndelivered(d: Dashboard): void {
  const panel = $('undelivered');
  const u = d.undelivered;
  panel.hidden = u === null || u.count === 0;
  if (u === null || u.count === 0) return;
  $('undelivered-summary').textContent =
    `${u.count} tin nhắn bot đã thử gửi nhiều lần nhưng không gửi được. Sau khi khắc phục, đồng chí gửi lại bằng lệnh: ${u.retryCommand}`;
  const body = $('undelivered-rows');
  body.replaceChildren(
    ...u.rows.map((r) => {
      const row = document.createElement('tr');
      row.dataset['id'] = r.id;
      for (const text of [r.queued, r.channel, r.preview, r.error])
        row.appendChild(Object.assign(document.createElement('td'), { textContent: text }));
      return row;
    }),
  );
}

function render(d: Dashboard): void {
  $('title').textContent = `Bảng theo dõi sinh hoạt – ${d.cell.name}`;
  $('chart').replaceChildren(attendanceChart(d.chart));
  $('current-title').textContent = d.current
    ? `Kỳ sinh hoạt ${d.current.label}${d.current.live ? ' (đang diễn ra)' : ''}`
    : 'Chưa có kỳ sinh hoạt nào';
  renderCards(d.current?.cards ?? []);
  renderMeetings(d);
  renderUndelivered(d);
  $('downloads').replaceChildren(
    ...d.downloads.map((l) => {
      const item = document.createElement('li');
      item.appendChild(link(l));
      return item;
    }),
  );
  $('notice').hidden = true;
  $('content').hidden = false;
  document.body.dataset['state'] = 'ok';
}

async function load(token: string): Promise<Dashboard | null> {
  const response = await fetch('/tab/api/dashboard', {
    headers: { Authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (response.ok) return (await response.json()) as Dashboard;
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  const message = body.error?.message ?? `Lỗi ${response.status}`;
  showNotice(message, 'error', response.status === 403 ? 'denied' : 'error');
  return null;
}

function describeHost(teams: TeamsInfo | null, viewer?: string): void {
  const where = teams
    ? `Trong Microsoft Teams${teams.conversation ? ` – cuộc trò chuyện ${teams.conversation}` : ''}`
    : 'Truy cập bằng đường dẫn được cấp';
  $('host').textContent = viewer ? `${where} · đồng chí ${viewer}` : where;
}

async function start(): Promise<void> {
  const teams = await readTeamsContext();
  document.body.dataset['host'] = teams ? 'teams' : 'browser';
  document.body.dataset['theme'] = teams?.theme ?? 'default';
  if (teams) onThemeChange((theme) => (document.body.dataset['theme'] = theme));
  describeHost(teams);
  const token = new URLSearchParams(window.location.search).get('token') ?? teams?.token ?? '';
  if (token === '') {
    showNotice(
      'Đề nghị đồng chí gửi lệnh “bảng điều khiển” cho Trợ lý chi bộ để nhận đường dẫn truy cập (dành cho Bí thư và chi ủy viên).',
      'info',
      'no-token',
    );
    return;
  }
  const refresh = async (): Promise<void> => {
    const dashboard = await load(token);
    if (!dashboard) return;
    render(dashboard);
    describeHost(teams, dashboard.viewer.name);
    if (dashboard.current?.live) window.setTimeout(() => void refresh(), REFRESH_MS);
  };
  await refresh();
}

start()
  .catch((error: unknown) =>
    showNotice(
      `Không tải được bảng theo dõi: ${error instanceof Error ? error.message : String(error)}`,
      'error',
      'error',
    ),
  )
  .finally(() => (document.body.dataset['ready'] = 'true'));
