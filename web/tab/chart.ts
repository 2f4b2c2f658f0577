/** A small SVG bar chart of the attendance rate month by month, with the 85 % line. */
const SVG = 'http://www.w3.org/2000/svg';

export interface ChartPoint {
  readonly label: string;
  readonly rate: number | null;
  readonly rateText: string;
}

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function attendanceChart(points: readonly ChartPoint[]): SVGElement {
  const width = Math.max(320, points.length * 56 + 40);
  const height = 200;
  const top = 20;
  const bottom = 160;
  const y = (rate: number): number => bottom - rate * (bottom - top);
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': 'Tỷ lệ dự sinh hoạt theo tháng',
  });
  svg.appendChild(el('line', { class: 'threshold', x1: 30, x2: width - 10, y1: y(0.85), y2: y(0.85) }));
  svg.appendChild(el('text', { x: 2, y: y(0.85) + 4 }, '85%'));
  points.forEach((point, i) => {
    const x = 40 + i * 56;
    const rate = point.rate ?? 0;
    const bar = el('rect', {
      class: rate <= 0.85 ? 'bar low' : 'bar',
      x,
      y: y(rate),
      width: 36,
      height: bottom - y(rate),
      'data-period': point.label,
    });
    bar.appendChild(el('title', {}, `${point.label}: ${point.rateText}`));
    svg.appendChild(bar);
    svg.appendChild(el('text', { x: x + 18, y: y(rate) - 4, 'text-anchor': 'middle' }, point.rateText));
    svg.appendChild(el('text', { x: x + 18, y: bottom + 16, 'text-anchor': 'middle' }, point.label));
  });
  return svg;
}
