/**
 * `npm run -s dev:token -- CUSTOMER_ID`: an access token that only `npm start`'s local mode
 * accepts, and nothing else, on stdout (so `TOKEN=$(npm run -s dev:token -- cust-demo-3)` holds
 * exactly the token); what it is and how long it lives goes to stderr.
 */
import { DEV_TOKEN_TTL_SECONDS, loadOrCreateDevKeys, mintDevToken } from '../src/local/dev-keys';
import { localDataDir } from '../src/local/local-store';
import { runTool, ToolUsageError } from './admin/run-tool';

async function main(): Promise<number> {
  const [customerId, extra] = process.argv.slice(2);
  if (!customerId || extra) throw new ToolUsageError('one customer id, e.g. cust-demo-3', 'usage: TOKEN=$(npm run -s dev:token -- CUSTOMER_ID)');
  if (!/^[\w-]{1,64}$/.test(customerId)) throw new Error(`"${customerId}" is not a customer id`);
  // the same key npm start trusts; made here if npm start has not run yet
  const token = await mintDevToken(await loadOrCreateDevKeys(localDataDir()), customerId);
  const until = new Date(Date.now() + DEV_TOKEN_TTL_SECONDS * 1000).toISOString().slice(0, 16).replace('T', ' ');
  process.stderr.write(`dev:token: a token for ${customerId}, valid ${DEV_TOKEN_TTL_SECONDS / 3600} hours (until ${until} UTC), for npm start only\n`);
  process.stdout.write(`${token}\n`);
  return 0;
}

runTool('dev:token', main);
