/**
 * The README's fulfilment demo, as a developer runs it: `npm start`, an order placed by voice as
 * a demo customer, then the README's `npm run demo:fulfilment` command (its order number swapped
 * for this order's) moves it through shipped, out for delivery and delivered, and after each the
 * shopper hears it from the running shop. Then `npm run report` counts what happened.
 */
import { rmSync } from 'node:fs';
import { readmeCommand, readmeCommands, sh, startShop, tempDataDir, terminalEnv, type RunningShop } from '../support/commands';

let shop: RunningShop;
const dataDir = tempDataDir('demo-fulfilment');
const env = terminalEnv({ VOICE_SHOP_DATA_DIR: dataDir });

beforeAll(async () => {
  shop = await startShop(env);
}, 60_000);

afterAll(async () => {
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One Alexa turn against the running shop's /alexa route. */
async function say(token: string, intent: string, slots: Record<string, string> = {}): Promise<string> {
  const user = { userId: 'amzn1.ask.account.DEMO-README', accessToken: token };
  const application = { applicationId: 'local' };
  const response = await fetch(`${shop.base}/alexa`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      version: '1.0',
      session: { new: false, sessionId: 'SessionId.demo-readme', application, user },
      context: { System: { application, user } },
      request: {
        type: 'IntentRequest',
        requestId: `r-${Math.random()}`,
        timestamp: new Date().toISOString(),
        locale: 'en-US',
        intent: {
          name: intent,
          confirmationStatus: 'NONE',
          slots: Object.fromEntries(Object.entries(slots).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }])),
        },
      },
    }),
  });
  const reply = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
  return reply.response.outputSpeech.ssml.replace(/<[^>]+>/g, '');
}

describe('npm run demo:fulfilment', () => {
  it('moves a local order through its states, as the README writes it, and the shopper hears each', async () => {
    // Given an order placed by voice on the running shop
    const token = (await sh('npm run -s dev:token -- cust-demo-3', env)).stdout.trim();
    await say(token, 'AddToCartIntent', { product: 'golden valley black tea' });
    await say(token, 'CheckoutIntent');
    const placed = await say(token, 'AMAZON.YesIntent');
    const orderNumber = /Order ((?:\d ){7}\d) is placed/.exec(placed)?.[1].replace(/ /g, '');
    expect(orderNumber).toMatch(/^\d{8}$/);

    // When the README's command runs with that order's number
    expect(readmeCommand('npm run demo:fulfilment')).toMatch(/^npm run demo:fulfilment -- ORDER_NUMBER STATE /);
    const example = readmeCommands('npm run demo:fulfilment -- ').find((c) => /^npm run demo:fulfilment -- \d{8} /.test(c));
    expect(example).toBe('npm run demo:fulfilment -- 48215730 shipped out-for-delivery delivered');
    const ran = await sh(example!.replace('48215730', orderNumber!), env);

    // Then each state is applied and heard, and the emails are in the outbox
    expect({ code: ran.code, stderr: ran.stderr.replace(/^\s*> .*$/gm, '').trim() }).toEqual({ code: 0, stderr: '' });
    const spoken = orderNumber!.split('').join(' ');
    expect(ran.stdout).toContain(
      `shipped: applied (shipped)\n  Shopper: Where is my order?\n  Alexa:   Your order ${spoken} with Golden Valley Black Tea has shipped with UPS and should arrive `,
    );
    expect(ran.stdout).toContain(
      `out-for-delivery: applied (out-for-delivery)\n  Shopper: Where is my order?\n  Alexa:   Your order ${spoken} with Golden Valley Black Tea is out for delivery today. Anything else?`,
    );
    expect(ran.stdout).toMatch(
      new RegExp(
        `delivered: applied \\(delivered\\)\\n  Shopper: Where is my order\\?\\n  Alexa:   Your order ${spoken} with Golden Valley Black Tea was delivered \\w+day, \\w+ \\d+\\.`,
      ),
    );
    expect(ran.stdout.match(/emailed: .+-(shipped|out-for-delivery|delivered)\.eml/g)).toHaveLength(3);

    // And a state that would move the order back is refused, with the reason
    const again = await sh(`npm run -s demo:fulfilment -- ${orderNumber} packed`, env);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`packed: refused (409): order ${orderNumber} is already delivered; packed would move it back`);

    // And the report counts the order, its revenue and the events
    const report = await sh('npm run -s report', env);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^Revenue\s+\$\d+\.\d\d\s+1 order;/m);
    expect(report.stdout).toContain('Fulfilment feed: 3 events applied, 0 duplicates, 1 refused');
  }, 120_000);

  it('says in one line that npm start must run first, when it does not', async () => {
    const idle = tempDataDir('demo-idle');
    const ran = await sh('npm run -s demo:fulfilment -- 10000002 shipped', terminalEnv({ VOICE_SHOP_DATA_DIR: idle }));
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim()).toMatch(/^demo:fulfilment: npm start is not running on .+; start it first \(npm start\), then run this again$/);
    rmSync(idle, { recursive: true, force: true });
  }, 60_000);
});
