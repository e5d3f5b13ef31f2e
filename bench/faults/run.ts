/**
 * `npm run bench:faults`: many shoppers say "yes" at once while every store read is slow, through
 * the local HTTP server in its own process, and the bench then counts, for each thing a shopper
 * heard, how many of them were charged. The figure that must read 0 is "heard that nothing was
 * charged, yet charged". Not part of `npm test`: it takes a while and loads the machine.
 *
 *   npm run bench:faults -- [--shoppers 1000] [--platform alexa|dialogflow|both] [--read-delay-ms 900] [--out FILE]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readDevKeys, mintDevToken } from '../../src/local/dev-keys';
import { DEMO_PRODUCTS } from '../../src/infra/demo/seed';
import { alexaIntent, dialogflowRequest } from '../../test/support/envelopes';

type Platform = 'alexa' | 'dialogflow';
const BUDGET_MS: Record<Platform, number> = { alexa: 8000, dialogflow: 5000 };

interface Options {
  shoppers: number;
  platforms: Platform[];
  readDelayMs: number;
  /** the sandbox provider answers charges after this long (a slow bank) */
  paymentDelayMs: number;
  out?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { shoppers: 1000, platforms: ['alexa', 'dialogflow'], readDelayMs: 900, paymentDelayMs: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--shoppers' && Number(value) > 0) options.shoppers = Number(value);
    else if (flag === '--platform' && (value === 'alexa' || value === 'dialogflow')) options.platforms = [value];
    else if (flag === '--platform' && value === 'both') options.platforms = ['alexa', 'dialogflow'];
    else if (flag === '--read-delay-ms' && Number(value) >= 0) options.readDelayMs = Number(value);
    else if (flag === '--payment-delay-ms' && Number(value) >= 0) options.paymentDelayMs = Number(value);
    else if (flag === '--out' && value) options.out = value;
    else {
      process.stderr.write(
        `bench:faults: unknown or invalid option ${flag}${value ? ` ${value}` : ''}\nusage: npm run bench:faults -- [--shoppers N] [--platform alexa|dialogflow|both] [--read-delay-ms MS] [--payment-delay-ms MS] [--out FILE]\n`,
      );
      process.exit(2);
    }
    i += 1;
  }
  return options;
}

/** What a shopper heard, in classes that each say something about money. */
function heardClass(speech: string, tookMs: number, platform: Platform): string {
  if (tookMs > BUDGET_MS[platform]) return 'no answer in time (the platform gave up)';
  if (/is placed|has been placed/.test(speech)) return 'placed';
  if (/being confirmed/.test(speech)) return 'being confirmed';
  if (/nothing was charged|haven't been charged/i.test(speech)) return 'nothing was charged';
  if (/declined/.test(speech)) return 'declined';
  return 'something else';
}

async function post(url: string, body: unknown): Promise<{ status: number; json: any; tookMs: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, json, tookMs: performance.now() - started };
}

function speechOf(platform: Platform, json: any): string {
  if (platform === 'alexa') return String(json?.response?.outputSpeech?.ssml ?? '').replace(/<[^>]+>/g, '');
  return String(json?.fulfillmentText ?? '');
}

async function startServer(shoppers: number, paymentDelayMs: number): Promise<{ child: ChildProcess; base: string; control: string; dataDir: string }> {
  const log = createWriteStream(join(tmpdir(), `voice-shop-bench-faults-${process.pid}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'bench/faults/server.ts'], {
    env: { ...process.env, BENCH_SHOPPERS: String(shoppers), SANDBOX_PAYMENT_DELAY_MS: String(paymentDelayMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
    // its own process group: tsx runs the server in a child of its own, and stopping must reach both
    detached: true,
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (first) => {
      // the server's log lines follow; a pipe nobody reads fills up and stalls the server's writes
      lines.on('line', (logLine) => log.write(`${logLine}\n`));
      resolve(first);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { base: string; control: string; dataDir: string }) };
}

async function runPlatform(platform: Platform, options: Options): Promise<Map<string, { shoppers: number; charged: number[]; emailed: number; pending: number }>> {
  const server = await startServer(options.shoppers, options.paymentDelayMs);
  try {
    const keys = readDevKeys(server.dataDir)!;
    const product = DEMO_PRODUCTS.find((p) => p.inStock && p.price > 500 && p.price < 1500)!;
    const shoppers = await Promise.all(
      Array.from({ length: options.shoppers }, async (_, i) => ({ i, customerId: `cust-bench-${i}`, token: await mintDevToken(keys, `cust-bench-${i}`) })),
    );
    const say = async (s: (typeof shoppers)[number], intent: string, slots: Record<string, { value: string; id?: string } | string> = {}, first = false) => {
      if (platform === 'alexa') {
        const names: Record<string, string> = { YesIntent: 'AMAZON.YesIntent' };
        const envelope = alexaIntent(names[intent] ?? intent, slots, {
          userId: `bench-user-${s.i}`,
          sessionId: `amzn1.echo-api.session.bench-${s.i}`,
          accessToken: s.token,
          isNew: first,
          applicationId: 'local',
        });
        const r = await post(`${server.base}/alexa`, envelope);
        return { speech: speechOf(platform, r.json), tookMs: r.tookMs };
      }
      const parameters = Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? v : (v.id ?? v.value)]));
      const body = dialogflowRequest(intent, parameters, { session: `projects/voice-shop/agent/sessions/bench-${s.i}`, accessToken: s.token, userId: `bench-user-${s.i}` });
      const r = await post(`${server.base}/dialogflow`, body);
      return { speech: speechOf(platform, r.json), tookMs: r.tookMs };
    };
    // Everyone reaches the purchase question on a healthy store, in small waves (and again if a
    // busy machine made a turn time out): the setup is not what is measured.
    for (let from = 0; from < shoppers.length; from += 25) {
      await Promise.all(
        shoppers.slice(from, from + 25).map(async (s) => {
          for (let attempt = 1; ; attempt += 1) {
            await say(s, 'AddToCartIntent', { product: { value: product.name, id: product.sku } }, true);
            const question = await say(s, 'CheckoutIntent');
            if (/Should I place the order/.test(question.speech)) return;
            if (attempt === 3) throw new Error(`shopper ${s.i} was not asked: ${question.speech}`);
            await say(s, 'ClearCartIntent', {}, true);
          }
        }),
      );
    }
    // Then every store read turns slow, and they all say yes at once.
    await post(`${server.control}/delay`, { readDelayMs: options.readDelayMs });
    const heard = await Promise.all(shoppers.map(async (s) => ({ s, ...(await say(s, 'YesIntent')) })));
    await post(`${server.control}/delay`, { readDelayMs: 0 });
    // Late work finishes, the provider decides, reconciliation settles what is left.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    for (let run = 0; run < 3; run += 1) {
      await post(`${server.control}/reconcile`, {});
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
    const outcomes = (await post(`${server.control}/outcomes`, {})).json as Array<{ customerId: string; charges: number; emailed: string | null; state: string }>;
    const byCustomer = new Map<string, { charges: number; emailed: boolean; pending: boolean }>();
    for (const o of outcomes) {
      const seen = byCustomer.get(o.customerId) ?? { charges: 0, emailed: false, pending: false };
      byCustomer.set(o.customerId, { charges: seen.charges + o.charges, emailed: seen.emailed || o.emailed !== null, pending: seen.pending || o.state === 'PENDING' });
    }
    const table = new Map<string, { shoppers: number; charged: number[]; emailed: number; pending: number }>();
    for (const h of heard) {
      const key = heardClass(h.speech, h.tookMs, platform);
      const row = table.get(key) ?? { shoppers: 0, charged: [0, 0, 0], emailed: 0, pending: 0 };
      const outcome = byCustomer.get(h.s.customerId) ?? { charges: 0, emailed: false, pending: false };
      row.shoppers += 1;
      row.charged[Math.min(outcome.charges, 2)] += 1;
      if (outcome.emailed) row.emailed += 1;
      if (outcome.pending) row.pending += 1;
      table.set(key, row);
    }
    return table;
  } finally {
    if (server.child.pid) process.kill(-server.child.pid, 'SIGTERM');
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const lines = [
    `# bench:faults — ${options.shoppers} concurrent shoppers say yes while every store read takes ${options.readDelayMs} ms${options.paymentDelayMs ? ` and the provider takes ${options.paymentDelayMs} ms to charge` : ''}`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:faults -- --shoppers ${options.shoppers} --platform ${options.platforms.length === 2 ? 'both' : options.platforms[0]} --read-delay-ms ${options.readDelayMs}${options.paymentDelayMs ? ` --payment-delay-ms ${options.paymentDelayMs}` : ''}\` on ${process.platform}, Node ${process.version}.`,
    '',
  ];
  let violations = 0;
  for (const platform of options.platforms) {
    const started = Date.now();
    const table = await runPlatform(platform, options);
    lines.push(
      `## ${platform} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      '',
      '| heard | shoppers | charged 0 | charged 1 | charged 2+ | emailed | still pending |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const [heard, row] of [...table].sort((a, b) => b[1].shoppers - a[1].shoppers)) {
      lines.push(`| ${heard} | ${row.shoppers} | ${row.charged[0]} | ${row.charged[1]} | ${row.charged[2]} | ${row.emailed} | ${row.pending} |`);
      if (heard === 'nothing was charged') violations += row.charged[1] + row.charged[2];
      if (heard === 'placed') violations += row.charged[0] + row.charged[2];
      if (heard === 'being confirmed') violations += row.charged[2];
    }
    lines.push('');
  }
  lines.push(`Heard one thing about money, and another happened: **${violations}**.`);
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  if (options.out) writeFileSync(options.out, `${text}\n`);
  process.exit(violations === 0 ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(`bench:faults failed: ${(err as Error).message}\n`);
  process.exit(2);
});
