/**
 * `npm start` as a developer meets it: the script starts, prints a curl command, and that command's
 * request (sent here with fetch, byte for byte) gets an answer; a dev token unlocks the linked flows.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dialogflowRequest } from '../support/envelopes';

const tsx = require.resolve('tsx/cli');
let child: ChildProcess;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'voice-shop-start-'));
// a slow sandbox and a short turn, so a purchase is left pending and settled by the process itself
const env = {
  ...process.env,
  PORT: '0',
  VOICE_SHOP_DATA_DIR: dataDir,
  NODE_OPTIONS: '--disable-warning=NodeVersionSupportWarning',
  SANDBOX_PAYMENT_DELAY_MS: '2500',
  DIALOGFLOW_TURN_BUDGET_MS: '1500',
  TURN_SAFETY_MARGIN_MS: '200',
  TURN_SAVE_RESERVE_MS: '300',
  RECONCILE_AFTER_SECONDS: '0',
  RECONCILE_EVERY_SECONDS: '1',
};

beforeAll(async () => {
  child = spawn(process.execPath, [tsx, 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 25_000;
  while (!/Ctrl-C to stop/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(() => {
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints a curl command that works as pasted', async () => {
    const curl = /curl -s -X POST (\S+) -H 'content-type: application\/json' -d '(.+)'/.exec(output);
    expect(curl).not.toBeNull();
    const [, url, body] = curl!;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    const json = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(json.response.outputSpeech.ssml).toMatch(/I found \d+ for paper towels/);
    expect(output).toMatch(/295 products loaded; 3 demo customers; payments: sandbox/);
  });

  it('accepts a dev token for the linked flows', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'scripts/dev-token.ts', 'cust-demo-1'], { env });
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const base = /POST (http:\/\/127\.0\.0\.1:\d+)\/dialogflow/.exec(output)![1];
    const response = await fetch(`${base}/dialogflow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(dialogflowRequest('OrderStatusIntent', {}, { accessToken: token })),
    });
    expect(((await response.json()) as { fulfillmentText: string }).fulfillmentText).toMatch(/Your order [\d ]+ with /);
  });

  it('settles a payment the turn could not wait for, in the same process that made the charge', async () => {
    expect(output).toMatch(/pending payments: settled here every 1 s once 0 s old .*the sandbox answers after 2500 ms/);
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'scripts/dev-token.ts', 'cust-demo-3'], { env });
    const accessToken = stdout.trim();
    const base = /POST (http:\/\/127\.0\.0\.1:\d+)\/dialogflow/.exec(output)![1];
    const say = async (intent: string, parameters: Record<string, unknown> = {}): Promise<string> => {
      const response = await fetch(`${base}/dialogflow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(dialogflowRequest(intent, parameters, { accessToken, session: 'projects/voice-shop/agent/sessions/npm-start-slow' })),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { fulfillmentText: string }).fulfillmentText;
    };
    expect(await say('AddToCartIntent', { product: 'Golden Valley Black Tea' })).toMatch(/^Added 1 /);
    expect(await say('CheckoutIntent')).toMatch(/Shall I place the order\?|place (the|this) order/i);
    expect(await say('YesIntent')).toMatch(/taking longer than usual/);
    let status = await say('OrderStatusIntent');
    expect(status).toMatch(/still being confirmed/);
    const deadline = Date.now() + 15_000;
    while (/still being confirmed/.test(status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = await say('OrderStatusIntent');
    }
    expect(status).not.toMatch(/still being confirmed/);
    expect(status).toMatch(/Your order [\d ]+ with /);
    // the summary line follows the settling it sums up: give the child's output a moment to arrive
    const printed = Date.now() + 5_000;
    while (!/"message":"pending orders reconciled".*"placed":1/.test(output) && Date.now() < printed) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toMatch(/"message":"pending orders reconciled".*"placed":1/);
  });
});
