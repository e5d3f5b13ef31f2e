/**
 * npm start's /dashboard in headless Chromium (Debian's chromium, driven by playwright-core), on
 * the seeded event log: the page loads with no request leaving loopback, every figure tile shows
 * what `npm run report` prints for the same log, and each chart draws the seeded days and
 * capabilities onto its canvas. A screenshot is kept for a person to look at.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createDashboard } from '../../src/local/dashboard/dashboard';
import { createLocalServer } from '../../src/local/server';
import { readEventLog } from '../../src/infra/report/event-log-reader';
import { headlines } from '../../src/infra/report/report-text';
import { shopFigures } from '../../src/infra/report/shop-figures';
import { SEEDED_FIGURES, seededEventLog } from '../support/seeded-events';

const dir = mkdtempSync(join(tmpdir(), 'voice-shop-dashboard-'));
const logPath = join(dir, 'events.jsonl');
export const SCREENSHOT = join(tmpdir(), 'voice-shop-dashboard.png');
let server: Server;
let base: string;
let browser: BrowserContext;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  writeFileSync(logPath, seededEventLog());
  const refuse = () => Promise.reject(new Error('not part of this test'));
  server = createLocalServer({ alexa: refuse, dialogflow: refuse, dashboard: createDashboard({ eventLogPath: logPath, currency: 'USD' }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 1400 },
  });
  page = await browser.newPage();
  // everything the page needs is served here: a request anywhere else would be a CDN
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) outside.push(request.url());
  });
  await page.goto(`${base}/dashboard`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('The dashboard page', () => {
  it('loads from the shop alone, and says it is ready', async () => {
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(outside).toEqual([]);
    expect(await page.textContent('#period')).toBe('2026-03-02 to 2026-03-04');
  });

  it('shows every figure exactly as the report gives it', async () => {
    const expected = headlines(shopFigures(readEventLog(seededEventLog())), 'USD');
    const shown = await page.$$eval('[data-figure]', (tiles) => tiles.map((t) => ({ id: t.getAttribute('data-figure'), value: t.querySelector('.value')?.textContent })));
    expect(shown).toEqual(expected.map((h) => ({ id: h.id, value: h.value })));
  });

  it('shows the conversion `npm run report` prints for the same log', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/report.ts', '--log', logPath], { cwd: join(__dirname, '../..') });
    const printed = /^Conversion\s+(\S+)\s/m.exec(stdout)?.[1];
    expect(printed).toBe(SEEDED_FIGURES.conversion);
    expect(await page.textContent('[data-figure="conversion"] .value')).toBe(printed);
    expect(/^Revenue\s+(\S+)\s/m.exec(stdout)?.[1]).toBe(await page.textContent('[data-figure="revenue"] .value'));
  }, 30_000);

  it('draws each chart with the seeded data: three days, seven capabilities, the funnel', async () => {
    const charts = await page.evaluate(() => (window as unknown as { dashboardCharts: Array<{ id: string; points: number }> }).dashboardCharts);
    expect(charts).toEqual([
      { id: 'chart-revenue', points: 3 },
      { id: 'chart-orders', points: 3 },
      { id: 'chart-goals', points: 7 },
      { id: 'chart-funnel', points: 3 },
    ]);
    // something was painted on every canvas: the bars and lines, not an empty frame
    const painted = await page.$$eval('.chart canvas', (canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200)) coloured += 1;
        return coloured;
      }),
    );
    expect(painted).toHaveLength(4);
    for (const count of painted) expect(count).toBeGreaterThan(500);
    expect(await page.textContent('#not-understood')).toContain('“where is the gluten free aisle”');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('answers a window it cannot read with a 400 and the reason', async () => {
    const response = await page.request.get(`${base}/dashboard/data.json?since=fortnight`);
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: 'since=fortnight is not a span like 7d, 24h or 30m' });
  });
});
