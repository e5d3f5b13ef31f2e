import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { readEventLog } from '../../infra/report/event-log-reader';
import { headlines, parseSince } from '../../infra/report/report-text';
import { shopFigures } from '../../infra/report/shop-figures';

/** One answer of the dashboard's routes. */
export interface DashboardAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface DashboardOptions {
  /** the event log npm start writes (`.data/events.jsonl`) */
  eventLogPath: string;
  currency: string;
}

/**
 * npm start's /dashboard: the report's figures as a page with charts. GET /dashboard is the page,
 * /dashboard/data.json the figures (read from the event log on every request, so the page is as
 * fresh as the log), /dashboard/app.js the page's script bundled with uPlot, /dashboard/uplot.css
 * uPlot's styles: nothing comes from a CDN.
 */
export function createDashboard(options: DashboardOptions): (path: string, query: URLSearchParams) => DashboardAnswer | undefined {
  let script: string | undefined;
  return (path, query) => {
    if (path === '/dashboard' || path === '/dashboard/') return { status: 200, contentType: 'text/html; charset=utf-8', body: PAGE };
    if (path === '/dashboard/app.js') {
      script ??= bundleClient();
      return { status: 200, contentType: 'text/javascript; charset=utf-8', body: script };
    }
    if (path === '/dashboard/uplot.css') return { status: 200, contentType: 'text/css; charset=utf-8', body: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8') };
    if (path === '/dashboard/data.json') return data(options, query.get('since'));
    return undefined;
  };
}

function data(options: DashboardOptions, since: string | null): DashboardAnswer {
  const window = since ? parseSince(since) : undefined;
  if (since && window === undefined) return json(400, { error: `since=${since} is not a span like 7d, 24h or 30m` });
  const log = readEventLog(existsSync(options.eventLogPath) ? readFileSync(options.eventLogPath, 'utf8') : '');
  const now = Date.now();
  const figures = shopFigures(log, window === undefined ? {} : { since: now - window, until: now });
  return json(200, { currency: options.currency, headlines: headlines(figures, options.currency), figures, skipped: log.skipped.length });
}

function json(status: number, body: unknown): DashboardAnswer {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}

/** The page's script and uPlot as one file, built once per process. */
function bundleClient(): string {
  const result = buildSync({
    entryPoints: [join(__dirname, 'client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Voice shop: how it sells</title>
<link rel="stylesheet" href="/dashboard/uplot.css">
<style>
  :root { color-scheme: light; --ink: #1f2a37; --muted: #6b7280; --line: #e5e7eb; --card: #ffffff; --back: #f3f4f6; --accent: #2563eb; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--back); }
  header { padding: 20px 28px 8px; }
  header h1 { margin: 0; font-size: 22px; }
  header p { margin: 4px 0 0; color: var(--muted); }
  main { padding: 8px 28px 28px; }
  #figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; }
  .tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
  .tile h2 { margin: 0; font-size: 13px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
  .tile .value { margin: 4px 0 2px; font-size: 28px; font-weight: 700; }
  .tile .detail, .detail { margin: 0; font-size: 13px; color: var(--muted); }
  #charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 12px; margin-top: 16px; }
  .chart, .list { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px; }
  .chart h2, .list h2 { margin: 0 0 8px; font-size: 15px; }
  #lists { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 12px; margin-top: 16px; }
  .list ol { margin: 0; padding-left: 0; list-style: none; }
  .list li { display: flex; gap: 12px; padding: 4px 0; border-top: 1px solid var(--line); }
  .list .times { min-width: 2.5em; text-align: right; font-weight: 700; }
</style>
</head>
<body>
<header>
  <h1>How the voice shop sells</h1>
  <p>From the shop's event log: <span id="period">loading…</span>. The same figures as <code>npm run report</code>; add <code>?since=7d</code> for a window.</p>
</header>
<main>
  <div id="figures"></div>
  <div id="charts"></div>
  <div id="lists"></div>
</main>
<script src="/dashboard/app.js"></script>
</body>
</html>
`;
