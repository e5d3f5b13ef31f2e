/**
 * `npm run demo:fulfilment -- ORDER_NUMBER shipped [out-for-delivery delivered …]`: plays the
 * merchant's fulfilment system against the running `npm start`. For each state it posts one
 * signed event to POST /fulfilment/events (the local secret npm start made), then asks the shop
 * "where is my order" as the order's shopper, through POST /alexa, and prints what Alexa says.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FulfilmentKind } from '../src/core/fulfilment';
import type { Order } from '../src/core/order';
import { ScanCommand } from '../src/infra/dynamodb/commands';
import { DynamoHttpClient } from '../src/infra/dynamodb/http-client';
import { orderFromItem } from '../src/infra/dynamodb/stores';
import { tableNames } from '../src/infra/dynamodb/tables';
import { signFulfilmentBody } from '../src/infra/fulfilment/hmac-signature';
import { devToken, loadOrCreateIdpSecrets, readRunningIdp } from '../src/local/idp/local-idp';
import { idpEndpoints } from '../src/local/idp/settings';
import { readFulfilmentSecret } from '../src/local/fulfilment-secret';
import { localDataDir, shownPath } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';
import { findLiveRunningStore } from './admin/tool-store';

const STATES: readonly string[] = Object.values(FulfilmentKind);
const USAGE = `usage: npm run demo:fulfilment -- ORDER_NUMBER STATE [STATE …] [--carrier NAME] [--tracking NUMBER]   (STATE: ${STATES.join(', ')})`;

interface Args {
  orderNumber: string;
  states: string[];
  carrier: string;
  tracking: string;
}

function parseArgs(argv: readonly string[]): Args {
  const words: string[] = [];
  let carrier = 'UPS';
  let tracking = `1Z${randomBytes(8).toString('hex').toUpperCase().slice(0, 16)}`;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--carrier' || argv[i] === '--tracking') {
      const value = argv[i + 1];
      if (!value) throw new ToolUsageError(`${argv[i]} needs a value`, USAGE);
      if (argv[i] === '--carrier') carrier = value;
      else tracking = value;
      i += 1;
    } else words.push(argv[i]);
  }
  // the number as a person reads it off a card or hears it ("4 8 2 1 5 7 3 0") or types it
  const digits: string[] = [];
  while (words.length > 0 && /^\d+$/.test(words[0])) digits.push(words.shift()!);
  const orderNumber = digits.join('');
  if (!orderNumber) throw new ToolUsageError('the order number comes first', USAGE);
  if (words.length === 0) throw new ToolUsageError('name at least one state to move the order to', USAGE);
  const unknown = words.find((w) => !STATES.includes(w));
  if (unknown) throw new ToolUsageError(`"${unknown}" is not a state`, USAGE);
  return { orderNumber, states: words, carrier, tracking };
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = localDataDir();
  const running = await findLiveRunningStore(dataDir);
  if (!running?.httpBase) {
    process.stderr.write(`demo:fulfilment: npm start is not running on ${shownPath(dataDir)}; start it first (npm start), then run this again\n`);
    return 1;
  }
  const secret = process.env.FULFILMENT_SIGNING_SECRET ?? readFulfilmentSecret(dataDir);
  if (!secret) throw new Error(`no fulfilment secret in ${shownPath(dataDir)}: was npm start started with FULFILMENT_SIGNING_SECRET? Set the same here`);
  const order = await findOrder(running.endpoint, running.tablePrefix, args.orderNumber);
  if (!order) {
    process.stderr.write(`demo:fulfilment: no order ${args.orderNumber} in the running shop's store\n`);
    return 1;
  }
  // the shopper's token, from the identity provider npm start runs (as npm run dev:token gets it)
  const idp = readRunningIdp(dataDir);
  if (!idp) throw new Error(`npm start's identity provider is not running on ${shownPath(dataDir)}`);
  const { accessToken: token } = await devToken(idpEndpoints(idp.issuer).token, loadOrCreateIdpSecrets(dataDir), order.customerId);
  process.stdout.write(`Order ${args.orderNumber} of ${order.customerId}, on npm start at ${running.httpBase}\n`);
  for (const [i, state] of args.states.entries()) {
    const now = Date.now();
    const expected = order.estimatedDelivery ?? order.deliveryDate;
    const arrives = expected && day(Date.parse(expected)) >= day(now) ? day(Date.parse(expected)) : day(now + 86_400_000);
    const event: Record<string, string> = {
      eventId: `demo-${args.orderNumber}-${state}-${now.toString(36)}-${i}`,
      orderId: order.orderId,
      type: state,
      occurredAt: new Date(now).toISOString(),
    };
    if (state === 'shipped') Object.assign(event, { carrier: args.carrier, trackingNumber: args.tracking, estimatedDelivery: arrives });
    if (state === 'delayed') Object.assign(event, { newDeliveryDate: day(Date.parse(`${arrives}T00:00:00Z`) + 2 * 86_400_000), reason: 'a delay at the depot (demo)' });
    if (state === 'cancelled') event.reason = 'out of stock at the warehouse (demo)';
    const body = JSON.stringify(event);
    const at = Math.floor(now / 1000);
    const posted = await fetch(`${running.httpBase}/fulfilment/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shop-timestamp': String(at), 'x-shop-signature': signFulfilmentBody(secret, body, at) },
      body,
    });
    const answer = (await posted.json()) as { outcome?: string; state?: string; error?: string };
    if (posted.status !== 200) {
      process.stdout.write(`${state}: refused (${posted.status}): ${answer.error ?? 'no reason given'}\n`);
      return 1;
    }
    process.stdout.write(`${state}: ${answer.outcome}${answer.state ? ` (${answer.state})` : ''}\n`);
    process.stdout.write(`  Shopper: Where is my order?\n  Alexa:   ${await askStatus(running.httpBase, token, args.orderNumber)}\n`);
    const mail = join(dataDir, 'outbox', `${order.orderId}-${state}.eml`);
    if (existsSync(mail)) process.stdout.write(`  emailed: ${shownPath(mail)}\n`);
  }
  return 0;
}

/** The order as the store holds it, found by its number (the local store is small: one scan). */
async function findOrder(endpoint: string, prefix: string, orderNumber: string): Promise<Order | undefined> {
  const client = new DynamoHttpClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, requestTimeoutMs: 10_000 });
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await client.send(
        new ScanCommand({ TableName: tableNames(prefix).orders, FilterExpression: 'orderNumber = :n', ExpressionAttributeValues: { ':n': orderNumber }, ExclusiveStartKey: start }),
      );
      const [item] = out.Items ?? [];
      if (item) return orderFromItem(item);
      start = out.LastEvaluatedKey;
    } while (start);
    return undefined;
  } finally {
    client.destroy();
  }
}

/** "Where is my order?" as the order's shopper, through the running shop's /alexa route. */
async function askStatus(base: string, token: string, orderNumber: string): Promise<string> {
  const user = { userId: 'amzn1.ask.account.DEMO-FULFILMENT', accessToken: token };
  const application = { applicationId: 'local' };
  const envelope = {
    version: '1.0',
    session: { new: true, sessionId: `SessionId.demo-fulfilment-${Date.now()}`, application, user },
    context: { System: { application, user } },
    request: {
      type: 'IntentRequest',
      requestId: `demo-${Date.now()}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      intent: { name: 'OrderStatusIntent', confirmationStatus: 'NONE', slots: { orderNumber: { name: 'orderNumber', value: orderNumber, confirmationStatus: 'NONE' } } },
    },
  };
  const response = await fetch(`${base}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
  const reply = (await response.json()) as { response?: { outputSpeech?: { ssml?: string } } };
  return (reply.response?.outputSpeech?.ssml ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

runTool('demo:fulfilment', main);
