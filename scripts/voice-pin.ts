/**
 * `npm run voice-pin -- set CUSTOMER_ID [--always]` (the PIN is read from stdin, never from the
 * command line, so it stays out of shell history) and `npm run voice-pin -- reset CUSTOMER_ID`
 * (lifts the lock after three wrong PINs). The way support or the app changes voice-purchase
 * safeguards: by design, nothing said to the speaker can.
 */
import { createRuntime } from '../src/app';
import { loadConfig } from '../src/config';
import { hashVoicePin, isValidPin } from '../src/core/voice-pin';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main(): Promise<void> {
  const [command, customerId] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!customerId || (command !== 'set' && command !== 'reset')) {
    throw new Error('usage: voice-pin set CUSTOMER_ID [--always] < pin   |   voice-pin reset CUSTOMER_ID');
  }
  const runtime = createRuntime(loadConfig());
  const store = runtime.deps.voiceSecurity!;
  try {
    if (!(await runtime.deps.customers.get(customerId))) throw new Error(`no customer ${customerId}`);
    if (command === 'reset') {
      await store.resetLock(customerId);
      process.stdout.write(`voice purchasing unlocked for ${customerId}\n`);
      return;
    }
    const pin = await readStdin();
    if (!isValidPin(pin)) throw new Error('the PIN on stdin must be exactly four digits');
    const always = process.argv.includes('--always');
    await store.setPin(customerId, await hashVoicePin(pin), always);
    process.stdout.write(`voice PIN set for ${customerId}${always ? ', asked on every voice purchase' : ''}; any lock lifted\n`);
  } finally {
    runtime.dynamo.client.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`voice-pin: ${(err as Error).message}\n`);
  process.exit(1);
});
