/**
 * `npm run voice-pin -- set CUSTOMER_ID [--always]` (the PIN is read from stdin, never from the
 * command line, so it stays out of shell history) and `npm run voice-pin -- reset CUSTOMER_ID`
 * (lifts the lock after three wrong PINs). The way support or the app changes voice-purchase
 * safeguards: by design, nothing said to the speaker can. It finds the store itself and reads
 * only the store settings.
 */
import { loadStoreConfig } from '../src/config';
import { hashVoicePin, isValidPin } from '../src/core/voice-pin';
import { DynamoCustomerStore } from '../src/infra/dynamodb/stores';
import { DynamoVoiceSecurityStore } from '../src/infra/dynamodb/voice-security';
import { localDataDir } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';
import { openToolStore } from './admin/tool-store';

const USAGE = 'usage: npm run voice-pin -- set CUSTOMER_ID [--always] < pin   |   npm run voice-pin -- reset CUSTOMER_ID';

/** The PIN from a pipe (`< file`, `echo 1234 |`), or typed at a terminal: its first line. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('voice PIN (4 digits), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunks.join('').includes('\n')) break;
  }
  return Buffer.concat(chunks).toString('utf8').split('\n')[0].trim();
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const [command, customerId, extra] = argv.filter((a) => !a.startsWith('--'));
  const options = argv.filter((a) => a.startsWith('--'));
  if (!customerId || extra || (command !== 'set' && command !== 'reset')) throw new ToolUsageError('set or reset, and one customer id', USAGE);
  const unknown = options.find((o) => o !== '--always' || command !== 'set');
  if (unknown) throw new ToolUsageError(`unknown option ${unknown} for ${command}`, USAGE);
  // The PIN is read before the store is opened: a tool waiting on stdin holds no store.
  const pin = command === 'set' ? await readStdin() : undefined;
  if (pin !== undefined && !isValidPin(pin)) throw new Error('the PIN on stdin must be exactly four digits');

  const store = await openToolStore({ config: loadStoreConfig(), dataDir: localDataDir() });
  try {
    const { doc } = store.clients;
    const customers = new DynamoCustomerStore({ doc, tableName: store.tables.customers });
    if (!(await customers.get(customerId))) {
      throw new Error(`no customer ${customerId} in ${store.where}${store.created ? ' (it was empty: npm start loads the demo customers)' : ''}`);
    }
    const security = new DynamoVoiceSecurityStore({ doc, tableName: store.tables.customers });
    if (pin === undefined) {
      await security.resetLock(customerId);
      process.stdout.write(`voice purchasing unlocked for ${customerId}\n`);
      return 0;
    }
    const always = options.includes('--always');
    await security.setPin(customerId, await hashVoicePin(pin), always);
    process.stdout.write(`voice PIN set for ${customerId}${always ? ', asked on every voice purchase' : ''}; any lock lifted\n`);
    return 0;
  } finally {
    await store.close();
  }
}

runTool('voice-pin', main);
