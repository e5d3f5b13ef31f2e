/**
 * `npm run -s dev:token -- CUSTOMER_ID`: a real access token for a demo customer from the local
 * identity provider, and nothing else, on stdout (so `TOKEN=$(npm run -s dev:token -- cust-demo-3)`
 * holds exactly the token); what it is and how long it lives goes to stderr.
 *
 * The token comes from the provider's token endpoint through a dev-only client and grant
 * (src/local/idp/token-extensions.ts: no browser, the demo customer named on the command line),
 * signed with the provider's key and checked by the shop exactly as a token from account linking.
 * With npm start running it asks that provider; otherwise it starts the provider on this data
 * folder for a moment, answering as the one npm start will run (same keys, same issuer).
 */
import { localDataDir } from '../src/local/local-store';
import { demoAccounts, findAccount } from '../src/local/idp/accounts';
import { startIdentityProviderProcess } from '../src/local/idp/launch';
import { devToken, loadOrCreateIdpSecrets, localIdpOptions, localIdpPort, readRunningIdp } from '../src/local/idp/local-idp';
import { DEV_TOKEN_TTL_SECONDS, idpEndpoints } from '../src/local/idp/settings';
import { runTool, ToolUsageError } from './admin/run-tool';

async function main(): Promise<number> {
  const [customerId, extra] = process.argv.slice(2);
  if (!customerId || extra) throw new ToolUsageError('one customer id, e.g. cust-demo-3', 'usage: TOKEN=$(npm run -s dev:token -- CUSTOMER_ID)');
  if (!/^[\w-]{1,64}$/.test(customerId)) throw new Error(`"${customerId}" is not a customer id`);
  if (!findAccount(customerId))
    throw new Error(
      `${customerId} is not one of the demo customers the local identity provider serves (${demoAccounts()
        .map((a) => a.accountId)
        .join(', ')})`,
    );
  const dataDir = localDataDir();
  const secrets = loadOrCreateIdpSecrets(dataDir);
  const running = readRunningIdp(dataDir);
  let token: { accessToken: string; expiresIn: number };
  if (running) {
    token = await devToken(idpEndpoints(running.issuer).token, secrets, customerId);
  } else {
    const issuer = `http://127.0.0.1:${localIdpPort()}`;
    const idp = await startIdentityProviderProcess(localIdpOptions(dataDir, 0, process.env, issuer));
    try {
      token = await devToken(`http://127.0.0.1:${idp.port}/token`, secrets, customerId);
    } finally {
      await idp.stop();
    }
  }
  const hours = Math.round((token.expiresIn || DEV_TOKEN_TTL_SECONDS) / 3600);
  const until = new Date(Date.now() + (token.expiresIn || DEV_TOKEN_TTL_SECONDS) * 1000).toISOString().slice(0, 16).replace('T', ' ');
  process.stderr.write(`dev:token: a token for ${customerId}, valid ${hours} hours (until ${until} UTC), from the local identity provider\n`);
  process.stdout.write(`${token.accessToken}\n`);
  return 0;
}

runTool('dev:token', main);
