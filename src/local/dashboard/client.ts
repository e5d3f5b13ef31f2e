/// <reference lib="dom" />
/**
 * The dashboard page's script, bundled with uPlot by esbuild when npm start first serves it (no
 * CDN): reads /dashboard/data.json, fills the figure tiles with the report's own words and digits,
 * and draws the charts. `document.body.dataset.ready` says when everything is drawn.
 */
import uPlot from 'uplot';

interface Headline {
  id: string;
  label: string;
  value: string;
  detail: string;
}

interface DashboardData {
  currency: string;
  headlines: Headline[];
  figures: {
    perDay: Array<{ day: string; sessions: number; orders: number; revenueCents: number; refundedCents: number }>;
    goalCompletion: Array<{ capability: string; sessions: number; completed: number; rate?: number }>;
    checkout: { asked: number; confirmed: number; placed: number };
    fallback: { top: Array<{ said: string; times: number }>; withoutWords: number };
    searches: { top: Array<{ query: string; times: number }> };
    period: { from?: string; to?: string };
  };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

const COLOURS = { ink: '#1f2a37', accent: '#2563eb', green: '#059669', amber: '#d97706', red: '#dc2626', grid: '#e5e7eb' };

function tiles(data: DashboardData): void {
  const host = document.getElementById('figures')!;
  for (const h of data.headlines) {
    const tile = el('section', { class: 'tile', 'data-figure': h.id });
    tile.append(el('h2', {}, h.label), el('p', { class: 'value' }, h.value), el('p', { class: 'detail' }, h.detail));
    host.append(tile);
  }
}

function chartBox(id: string, title: string): HTMLElement {
  const box = el('section', { class: 'chart', id });
  box.append(el('h2', {}, title));
  document.getElementById('charts')!.append(box);
  return box;
}

const width = (box: HTMLElement) => Math.max(320, box.clientWidth - 24);
const axis = { stroke: COLOURS.ink, grid: { stroke: COLOURS.grid, width: 1 }, ticks: { stroke: COLOURS.grid } };
const bars = (size = 0.6) => uPlot.paths.bars!({ size: [size, 60] });

/** Days as the x axis: one per day of the period, seconds since the epoch (uPlot's time scale). */
function byDay(data: DashboardData): number[] {
  return data.figures.perDay.map((d) => Date.parse(`${d.day}T12:00:00Z`) / 1000);
}

const DAY_S = 86_400;
/** A day axis: one tick per day with data, half a day of room either side so no bar is cut. */
const dayScale = { time: true, range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - DAY_S * 0.6, max + DAY_S * 0.6] };
const dayAxis = {
  ...axis,
  splits: (u: uPlot) => [...(u.data[0] as number[])],
  values: (_u: uPlot, ticks: number[]) => ticks.map((t) => new Date(t * 1000).toISOString().slice(5, 10)),
};

function revenueChart(data: DashboardData): uPlot {
  const box = chartBox('chart-revenue', `Revenue per day (${data.currency})`);
  const days = byDay(data);
  return new uPlot(
    {
      width: width(box),
      height: 240,
      scales: { x: dayScale, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] } },
      axes: [dayAxis, { ...axis, size: 70 }],
      legend: { live: false },
      series: [
        {},
        { label: 'revenue', fill: `${COLOURS.accent}cc`, stroke: COLOURS.accent, paths: bars(0.5) },
        { label: 'refunded', fill: `${COLOURS.red}99`, stroke: COLOURS.red, paths: bars(0.3) },
      ],
    },
    [days, data.figures.perDay.map((d) => d.revenueCents / 100), data.figures.perDay.map((d) => d.refundedCents / 100)],
    box,
  );
}

function ordersChart(data: DashboardData): uPlot {
  const box = chartBox('chart-orders', 'Orders and sessions per day');
  return new uPlot(
    {
      width: width(box),
      height: 240,
      scales: { x: dayScale, y: { range: (_u, _min, max) => [0, Math.max(1, max) + 1] } },
      axes: [dayAxis, axis],
      legend: { live: false },
      series: [{}, { label: 'sessions', stroke: COLOURS.ink, width: 2, points: { size: 7 } }, { label: 'orders', stroke: COLOURS.green, width: 3, points: { size: 9 } }],
    },
    [byDay(data), data.figures.perDay.map((d) => d.sessions), data.figures.perDay.map((d) => d.orders)],
    box,
  );
}

/** Bars over named categories: x is the position, the axis prints the names. */
function categoryChart(id: string, title: string, names: string[], values: number[], unit: string, colour: string): uPlot {
  const box = chartBox(id, title);
  const xs = names.map((_n, i) => i);
  return new uPlot(
    {
      width: width(box),
      height: 240,
      scales: { x: { time: false, range: [-0.6, names.length - 0.4] }, y: { range: (_u, _min, max) => [0, unit === '%' ? 100 : Math.max(1, max) * 1.15] } },
      axes: [
        { ...axis, splits: () => xs, values: (_u, ticks) => ticks.map((t) => names[Math.round(t)] ?? '') },
        { ...axis, values: (_u, ticks) => ticks.map((t) => `${t}${unit}`) },
      ],
      series: [
        { value: (_u, v) => (v === null ? '' : (names[Math.round(v)] ?? '')) },
        { label: title, fill: `${colour}cc`, stroke: colour, paths: bars(0.6), points: { show: false } },
      ],
      legend: { show: false },
    },
    [xs, values],
    box,
  );
}

function table(title: string, rows: Array<[string, number]>, empty: string, id: string): void {
  const box = el('section', { class: 'list', id });
  box.append(el('h2', {}, title));
  if (rows.length === 0) box.append(el('p', { class: 'detail' }, empty));
  const list = el('ol');
  for (const [text, times] of rows) {
    const item = el('li');
    item.append(el('span', { class: 'times' }, String(times)), el('span', {}, `“${text}”`));
    list.append(item);
  }
  box.append(list);
  document.getElementById('lists')!.append(box);
}

async function main(): Promise<void> {
  const since = new URLSearchParams(location.search).get('since');
  const response = await fetch(`/dashboard/data.json${since ? `?since=${encodeURIComponent(since)}` : ''}`);
  const data = (await response.json()) as DashboardData;
  const { from, to } = data.figures.period;
  document.getElementById('period')!.textContent = from && to ? `${from.slice(0, 10)} to ${to.slice(0, 10)}` : 'no records yet';
  tiles(data);
  const charts = [
    revenueChart(data),
    ordersChart(data),
    categoryChart(
      'chart-goals',
      'Goal completion per capability',
      data.figures.goalCompletion.map((g) => g.capability),
      data.figures.goalCompletion.map((g) => Math.round((g.rate ?? 0) * 1000) / 10),
      '%',
      COLOURS.green,
    ),
    categoryChart(
      'chart-funnel',
      'Checkout funnel',
      ['asked', 'said yes', 'placed'],
      [data.figures.checkout.asked, data.figures.checkout.confirmed, data.figures.checkout.placed],
      '',
      COLOURS.amber,
    ),
  ];
  table(
    'Not understood: what to add to the models next',
    data.figures.fallback.top.map((t) => [t.said, t.times]),
    'Nothing yet (Alexa sends no words for what it did not understand).',
    'not-understood',
  );
  table(
    'Searches with no result',
    data.figures.searches.top.map((t) => [t.query, t.times]),
    'Every search found something.',
    'no-result',
  );
  // what the page test reads: how many points each chart drew
  (window as unknown as { dashboardCharts: Array<{ id: string; points: number }> }).dashboardCharts = charts.map((u) => ({
    id: u.root.parentElement?.id ?? '',
    points: u.data[0].length,
  }));
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  document.getElementById('figures')!.textContent = `The figures could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
  document.body.dataset.ready = 'failed';
});
