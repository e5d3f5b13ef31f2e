/**
 * The identity provider's signing keys: an RSA key (RS256, what access tokens are signed with,
 * as most production identity providers do) and an EC key (ES256). Kept in the data folder under
 * npm start, so tokens survive a restart; made fresh for each run otherwise.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JWK } from 'jose';

export interface SigningKeys {
  keys: JWK[];
}

function makeKeys(): SigningKeys {
  const stamp = Date.now().toString(36);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK;
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as JWK;
  return {
    keys: [
      { ...rsa, kid: `rs-${stamp}-${randomBytes(3).toString('hex')}`, alg: 'RS256', use: 'sig' },
      { ...ec, kid: `es-${stamp}-${randomBytes(3).toString('hex')}`, alg: 'ES256', use: 'sig' },
    ],
  };
}

/** The keys in `file`, made and written there (readable by this user only) when it does not exist yet. */
export function loadOrCreateKeys(file?: string): SigningKeys {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SigningKeys;
  const keys = makeKeys();
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  }
  return keys;
}

/** The public half of each key, as the JWKS endpoint serves it. */
export function publicJwks(keys: SigningKeys): { keys: JWK[] } {
  return {
    keys: keys.keys.map((key) => {
      const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = key;
      return rest;
    }),
  };
}
