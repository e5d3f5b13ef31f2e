/** `npm run dev:token -- CUSTOMER_ID`: an access token that only `npm start`'s local mode accepts. */
import { join } from 'node:path';
import { mintDevToken, readDevKeys } from '../src/local/dev-keys';

async function main(): Promise<void> {
  const customerId = process.argv[2] ?? 'cust-demo-1';
  if (!/^[\w-]{1,64}$/.test(customerId)) throw new Error(`"${customerId}" is not a customer id`);
  const keys = readDevKeys(process.env.VOICE_SHOP_DATA_DIR ?? join(process.cwd(), '.data'));
  if (!keys) throw new Error('no local signing key yet: run `npm start` once first');
  process.stdout.write(`${await mintDevToken(keys, customerId)}\n`);
}

main().catch((err) => {
  process.stderr.write(`dev:token: ${(err as Error).message}\n`);
  process.exit(1);
});
