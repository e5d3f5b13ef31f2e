/**
 * `npm run report -- [--since 7d] [--until TIME] [--log FILE] [--json]`: the merchant's figures
 * from the event log the shop writes (`.data/events.jsonl` under npm start; CloudWatch's export
 * of the functions' EMF lines in AWS): sessions, conversion, checkout conversion, cart abandonment,
 * goal completion per capability, fallback rate and what was not understood, searches with no
 * result, CSAT, response time, conversation length, revenue and orders per day, notifications.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEventLog } from '../src/infra/report/event-log-reader';
import { parseSince, reportText } from '../src/infra/report/report-text';
import { shopFigures } from '../src/infra/report/shop-figures';
import { localDataDir, shownPath } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';

const USAGE = 'usage: npm run report -- [--since 7d|24h|30m] [--until 2026-03-04T00:00:00Z] [--log FILE] [--json]';

function options(argv: readonly string[]): { since?: string; until?: string; log?: string; json: boolean } {
  const out: { since?: string; until?: string; log?: string; json: boolean } = { json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') out.json = true;
    else if (arg === '--since' || arg === '--until' || arg === '--log') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new ToolUsageError(`${arg} needs a value`, USAGE);
      out[arg.slice(2) as 'since' | 'until' | 'log'] = value;
      i += 1;
    } else throw new ToolUsageError(`unknown argument ${arg}`, USAGE);
  }
  return out;
}

async function main(): Promise<number> {
  const args = options(process.argv.slice(2));
  const until = args.until === undefined ? Date.now() : Date.parse(args.until);
  if (Number.isNaN(until)) throw new ToolUsageError(`--until ${args.until} is not a time like 2026-03-04T00:00:00Z`, USAGE);
  const window = args.since === undefined ? undefined : parseSince(args.since);
  if (args.since !== undefined && window === undefined) throw new ToolUsageError(`--since ${args.since} is not a span like 7d, 24h or 30m`, USAGE);
  const path = args.log ?? process.env.EVENT_LOG_PATH ?? join(localDataDir(), 'events.jsonl');
  if (!existsSync(path)) {
    process.stderr.write(`report: no event log at ${shownPath(path)} yet: npm start writes one as shoppers talk to it (or pass --log FILE)\n`);
    return 1;
  }
  const log = readEventLog(readFileSync(path, 'utf8'));
  const figures = shopFigures(log, { since: window === undefined ? undefined : until - window, until: args.until === undefined && window === undefined ? undefined : until });
  const currency = process.env.SHOP_CURRENCY?.trim().toUpperCase() || 'USD';
  process.stdout.write(args.json ? `${JSON.stringify(figures, null, 2)}\n` : reportText(figures, { currency, source: shownPath(path), skipped: log.skipped }));
  return 0;
}

runTool('report', main);
