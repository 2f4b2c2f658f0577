/**
 * The committee page of the dashboard (issue 15): finds the committee and its
 * token (signed link ?committee=…&token=…, or the Teams deep link's
 * subPageId "committeeId|token"), fetches the report of the chosen period and
 * shows one row per cell with its reasons and month-by-month chart.
 */
import { attendanceChart, type ChartPoint } from './chart';
import { onThemeChange, readTeamsContext, type TeamsInfo } from './teams';
import { $, showNotice } from './page-dom';

interface Link {
  readonly title: string;
  readonly url: string;
}
interface MonthPoint extends ChartPoint {
  readonly month: string;
  readonly meetings: readonly string[];
}
interface CellRow {
  readonly id: string;
  readonly name: string;
  readonly needsAttention: boolean;
  readonly reasons: readonly string[];
  readonly rateText: string;
  readonly members: number;
  readonly chart: readonly MonthPoint[];
}
interface CommitteeDashboard {
  readonly committee: { readonly id: string; readonly name: string; readonly parentName: string | null };
  readonly period: { readonly key: string; readonly label: string };
  readonly totals: readonly string[];
  readonly chart: readonly MonthPoint[];
  readonly cells: readonly CellRow[];
  readonly downloads: readonly Link[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function chartOf(points: readonly MonthPoint[]): HTMLElement {
  const box = el('div', undefined, 'chart');
  const svg = attendanceChart(points);
  // Each bar's hover names the meetings of its month (form, date, duration).
  svg.querySelectorAll('rect.bar').forEach((bar, i) => {
    const p = points[i];
    const title = bar.querySelector('title');
    if (p && title && p.meetings.length > 0) title.textContent = `${p.label}: ${p.rateText} – ${p.meetings.join('; ')}`;
  });
  box.appendChild(svg);
  return box;
}

function cellRow(c: CellRow): HTMLElement {
  const row = el('article', undefined, 'cell-row');
  row.dataset['cell'] = c.id;
  row.dataset['attention'] = String(c.needsAttention);
  const info = el('div', undefined, 'info');
  info.append(el('h3', c.name), el('p', `${c.members} đảng viên · tỷ lệ dự sinh hoạt ${c.rateText}`, 'rate'));
  if (c.reasons.length > 0) {
    const list = el('ul', undefined, 'reasons');
    list.append(...c.reasons.map((reason) => el('li', reason)));
    info.appendChild(list);
  }
  row.append(info, chartOf(c.chart));
  return row;
}

/** Links to the year and its quarters, the current one marked. */
function periodLinks(current: string): HTMLElement[] {
  const year = current.slice(0, 4);
  const options: [string, string][] = [
    [year, `Năm ${year}`],
    ...[1, 2, 3, 4].map((q): [string, string] => [`${year}-Q${q}`, `Quý ${['I', 'II', 'III', 'IV'][q - 1] ?? q}`]),
    [String(Number(year) - 1), `Năm ${Number(year) - 1}`],
  ];
  return options.map(([key, label]) => {
    const a = el('a', label);
    const url = new URL(window.location.href);
    url.searchParams.set('period', key);
    a.href = url.pathname + url.search;
    if (key === current) a.setAttribute('aria-current', 'page');
    return a;
  });
}

function render(d: CommitteeDashboard): void {
  $('title').textContent = `Báo cáo sinh hoạt chi bộ ${d.period.label} – ${d.committee.name}`;
  $('periods').replaceChildren(...periodLinks(d.period.key));
  $('totals').replaceChildren(...d.totals.map((line) => el('li', line)));
  $('chart').replaceChildren(attendanceChart(d.chart));
  const needing = d.cells.filter((c) => c.needsAttention).length;
  $('cells-title').textContent = `Các chi bộ (${d.cells.length}; cần lưu ý ${needing})`;
  $('cells').replaceChildren(...d.cells.map(cellRow));
  $('downloads').replaceChildren(
    ...d.downloads.map((l) => {
      const a = el('a', l.title);
      a.href = l.url;
      a.rel = 'noopener';
      a.target = '_blank';
      const item = el('li');
      item.appendChild(a);
      return item;
    }),
  );
  $('notice').hidden = true;
  $('content').hidden = false;
  document.body.dataset['state'] = 'ok';
}

async function load(committeeId: string, token: string, period: string | null): Promise<CommitteeDashboard | null> {
  const query = period === null ? '' : `?period=${encodeURIComponent(period)}`;
  const response = await fetch(`/tab/api/committee/${encodeURIComponent(committeeId)}${query}`, {
    headers: { Authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (response.ok) return (await response.json()) as CommitteeDashboard;
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  showNotice(body.error?.message ?? `Lỗi ${response.status}`, 'error', response.status === 403 ? 'denied' : 'error');
  return null;
}

/** The committee and token from the URL, else from the Teams deep link ("committeeId|token"). */
function access(teams: TeamsInfo | null): { committeeId: string; token: string } {
  const params = new URLSearchParams(window.location.search);
  const fromTeams = (teams?.token ?? '').split('|');
  const committeeId = params.get('committee') ?? (fromTeams.length === 2 ? (fromTeams[0] ?? '') : '');
  const token = params.get('token') ?? (fromTeams.length === 2 ? (fromTeams[1] ?? '') : '');
  return { committeeId, token };
}

async function start(): Promise<void> {
  const teams = await readTeamsContext();
  document.body.dataset['host'] = teams ? 'teams' : 'browser';
  document.body.dataset['theme'] = teams?.theme ?? 'default';
  if (teams) onThemeChange((theme) => (document.body.dataset['theme'] = theme));
  $('host').textContent = teams ? 'Trong Microsoft Teams' : 'Truy cập bằng đường dẫn được cấp';
  const { committeeId, token } = access(teams);
  if (committeeId === '' || token === '') {
    showNotice(
      'Đề nghị đồng chí yêu cầu đường dẫn báo cáo của đảng bộ từ Trợ lý chi bộ (dành cho các đồng chí trong cấp ủy).',
      'info',
      'no-token',
    );
    return;
  }
  const dashboard = await load(committeeId, token, new URLSearchParams(window.location.search).get('period'));
  if (dashboard) render(dashboard);
}

start()
  .catch((error: unknown) =>
    showNotice(`Không tải được báo cáo: ${error instanceof Error ? error.message : String(error)}`, 'error', 'error'),
  )
  .finally(() => (document.body.dataset['ready'] = 'true'));
