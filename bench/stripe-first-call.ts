/**
 * `npx tsx bench/stripe-first-call.ts [runs]`: what the lazily loaded stripe package costs.
 * Builds the Stripe gateway as deployed (esbuild.config.cjs: stripe bundled in, its evaluation
 * deferred to the first call), then in fresh Node processes measures loading the built module,
 * the first charge (which evaluates the package) and a second charge, against the loopback
 * Stripe stand-in. Prints medians; the bundle share comes from esbuild's metafile.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { STANDIN_SECRET_KEY, StripeStandIn } from '../test/support/stripe-standin';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { esbuildOptions } = require('../esbuild.config.cjs') as { esbuildOptions: BuildOptions };
const run = promisify(execFile);
const runs = Number(process.argv[2] ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'stripe-bench-'));
  const standIn = await StripeStandIn.start();
  try {
    for (const name of ['alexa', 'dialogflow']) {
      const file = join(dir, `${name}.js`);
      const result = await build({ ...esbuildOptions, entryPoints: [`lambda/${name}.ts`], outfile: file, sourcemap: false, metafile: true, logLevel: 'error' });
      const output = Object.values((result.metafile as Metafile).outputs)[0];
      const stripe = Object.entries(output.inputs).reduce((sum, [path, input]) => sum + (path.includes('node_modules/stripe/') ? input.bytesInOutput : 0), 0);
      console.log(`${name} bundle: ${(statSync(file).size / 1024).toFixed(1)} KiB, of which the stripe package ${(stripe / 1024).toFixed(1)} KiB`);
    }
    const gatewayFile = join(dir, 'stripe-gateway.js');
    await build({ ...esbuildOptions, entryPoints: ['src/infra/payment/stripe.ts'], outfile: gatewayFile, sourcemap: false, logLevel: 'error' });
    // the same module without the package in it: what carrying the deferred package costs a cold start
    const bareFile = join(dir, 'stripe-gateway-bare.js');
    await build({ ...esbuildOptions, entryPoints: ['src/infra/payment/stripe.ts'], outfile: bareFile, sourcemap: false, external: ['stripe'], logLevel: 'error' });
    const bareLoad: number[] = [];
    const firstRequest: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const { stdout } = await run(
        process.execPath,
        [
          '-e',
          `const t0 = performance.now(); require(${JSON.stringify(bareFile)}); const t1 = performance.now();
         const http = require('node:http');
         const t2 = performance.now();
         http.get(process.env.BASE + 'v1/payment_intents/pi_none', { headers: { authorization: 'Bearer ' + process.env.KEY } }, (res) => { res.resume(); res.on('end', () => process.stdout.write(JSON.stringify({ load: t1 - t0, request: performance.now() - t2 }))); });`,
        ],
        { env: { ...process.env, KEY: STANDIN_SECRET_KEY, BASE: standIn.url.toString() } },
      );
      const { load, request } = JSON.parse(stdout) as { load: number; request: number };
      bareLoad.push(load);
      firstRequest.push(request);
    }
    console.log(
      `without the package: gateway module load ${median(bareLoad).toFixed(1)} ms; a fresh process's first plain HTTP request to the stand-in ${median(firstRequest).toFixed(1)} ms`,
    );
    const child = `
      const t0 = performance.now();
      const { StripePaymentGateway } = require(${JSON.stringify(gatewayFile)});
      const t1 = performance.now();
      const gateway = new StripePaymentGateway({ secretKey: async () => process.env.KEY, apiBase: new URL(process.env.BASE), timeoutMs: 5000 });
      const charge = (n) => gateway.charge({ customerId: 'c', paymentCustomerRef: 'cus_b', paymentMethodRef: 'pm_card_visa', amount: 1000, currency: 'USD', idempotencyKey: 'ord_bench_' + process.pid + '_' + n, description: 'bench' });
      (async () => {
        const t2 = performance.now(); await charge(1);
        const t3 = performance.now(); await charge(2);
        const t4 = performance.now();
        process.stdout.write(JSON.stringify({ load: t1 - t0, first: t3 - t2, second: t4 - t3 }));
      })();
    `;
    const samples: Array<{ load: number; first: number; second: number }> = [];
    for (let i = 0; i < runs; i += 1) {
      const { stdout } = await run(process.execPath, ['-e', child], { env: { ...process.env, KEY: STANDIN_SECRET_KEY, BASE: standIn.url.toString() } });
      samples.push(JSON.parse(stdout));
    }
    const ms = (key: 'load' | 'first' | 'second') => median(samples.map((s) => s[key])).toFixed(1);
    console.log(`gateway module load ${ms('load')} ms; first charge ${ms('first')} ms (loads stripe); second charge ${ms('second')} ms — medians of ${runs} fresh processes`);
  } finally {
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
