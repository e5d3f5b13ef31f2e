/**
 * The access-token verifier against an inline key set: signature, issuer, audience, expiry,
 * not-before and the algorithm allow-list. Forged tokens (alg "none", HMAC signed with the public
 * key, an algorithm outside the list) are "not linked", never an exception.
 */
import { createHmac, createPublicKey } from 'node:crypto';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { JwtAccessTokenVerifier } from '../../../src/infra/auth/access-token';

const ISSUER = 'https://id.voice-shop.test/';
const AUDIENCE = 'voice-shop-test';
const NOW = new Date('2026-06-15T12:00:00.000Z');
const at = (secondsFromNow: number) => Math.floor(NOW.getTime() / 1000) + secondsFromNow;

let rsaPrivate: KeyLike;
let rsaPublicJwk: JWK;
let rsaPublicPem: string;
let ecPrivate: KeyLike;
let ecPublicJwk: JWK;

beforeAll(async () => {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  rsaPrivate = rsa.privateKey;
  rsaPublicJwk = { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', use: 'sig' };
  rsaPublicPem = await exportSPKI(rsa.publicKey);
  const ec = await generateKeyPair('ES256', { extractable: true });
  ecPrivate = ec.privateKey;
  ecPublicJwk = { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', use: 'sig' };
});

function verifier(algorithms = ['RS256'], extraKeys: JWK[] = []) {
  return new JwtAccessTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms,
    jwks: { keys: [rsaPublicJwk, ecPublicJwk, ...extraKeys] },
    clockToleranceSec: 30,
    now: () => NOW,
  });
}

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  exp?: number;
  nbf?: number;
}

const defaults = (): Claims => ({ sub: 'cust-1', iss: ISSUER, aud: AUDIENCE, exp: at(3600) });

function rs256(claims: Claims = defaults(), alg = 'RS256', kid = 'rsa-1'): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg, kid }).setIssuedAt(at(0)).sign(rsaPrivate);
}

const b64url = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** A token whose header and signature are made by hand, the way an attacker would. */
function handMade(header: object, claims: Claims, sign: (input: string) => string): string {
  const input = `${b64url(header)}.${b64url({ ...claims, iat: at(0) })}`;
  return `${input}.${sign(input)}`;
}

describe('JwtAccessTokenVerifier', () => {
  describe('verify', () => {
    it('accepts a token signed with an allowed algorithm and gives its subject', async () => {
      expect(await verifier().verify(await rs256())).toEqual({ customerId: 'cust-1' });
    });

    describe('algorithm allow-list', () => {
      it('refuses alg "none" with no signature', async () => {
        const token = handMade({ alg: 'none', typ: 'JWT' }, defaults(), () => '');
        expect(await verifier(['RS256']).verify(token)).toBeUndefined();
      });

      it('refuses alg "none" even if "none" was configured', async () => {
        const token = handMade({ alg: 'none' }, defaults(), () => '');
        expect(await verifier(['RS256', 'none']).verify(token)).toBeUndefined();
      });

      it('refuses HS256 signed with the RSA public key (PEM) as the HMAC secret', async () => {
        const token = handMade({ alg: 'HS256', kid: 'rsa-1' }, defaults(), (input) => createHmac('sha256', rsaPublicPem).update(input).digest('base64url'));
        expect(await verifier(['RS256', 'HS256']).verify(token)).toBeUndefined();
      });

      it('refuses HS256 signed with the public key DER as the secret', async () => {
        const der = createPublicKey(rsaPublicPem).export({ type: 'spki', format: 'der' });
        const token = handMade({ alg: 'HS256' }, defaults(), (input) => createHmac('sha256', der).update(input).digest('base64url'));
        expect(await verifier(['RS256', 'HS256']).verify(token)).toBeUndefined();
      });

      it('refuses HS256 even when the key set holds a symmetric key and HS256 is configured', async () => {
        const secret = Buffer.from('a shared secret that is long enough for hs256!!');
        const oct: JWK = { kty: 'oct', k: secret.toString('base64url'), kid: 'oct-1' };
        const token = handMade({ alg: 'HS256', kid: 'oct-1' }, defaults(), (input) => createHmac('sha256', secret).update(input).digest('base64url'));
        expect(await verifier(['RS256', 'HS256'], [oct]).verify(token)).toBeUndefined();
      });

      it('refuses a validly signed ES256 token when only RS256 is allowed', async () => {
        const token = await new SignJWT({ ...defaults() }).setProtectedHeader({ alg: 'ES256', kid: 'ec-1' }).sign(ecPrivate);
        expect(await verifier(['RS256']).verify(token)).toBeUndefined();
        expect(await verifier(['RS256', 'ES256']).verify(token)).toEqual({ customerId: 'cust-1' });
      });

      it('refuses RS384 when only RS256 is allowed', async () => {
        expect(await verifier(['RS256']).verify(await rs256(defaults(), 'RS384'))).toBeUndefined();
      });

      it('refuses to be built with only refused algorithms', () => {
        expect(() => verifier(['none', 'HS256', 'hs512'])).toThrow(/no acceptable token algorithms/);
      });
    });

    describe('not-before and expiry', () => {
      it('refuses a token not valid until an hour from now', async () => {
        expect(await verifier().verify(await rs256({ ...defaults(), nbf: at(3600) }))).toBeUndefined();
      });

      it('accepts a not-before within the clock tolerance', async () => {
        expect(await verifier().verify(await rs256({ ...defaults(), nbf: at(20) }))).toEqual({ customerId: 'cust-1' });
      });

      it('refuses a not-before just past the tolerance', async () => {
        expect(await verifier().verify(await rs256({ ...defaults(), nbf: at(45) }))).toBeUndefined();
      });

      it('refuses an expired token', async () => {
        expect(await verifier().verify(await rs256({ ...defaults(), exp: at(-60) }))).toBeUndefined();
      });

      it('refuses a token without an expiry', async () => {
        expect(await verifier().verify(await rs256({ sub: 'cust-1', iss: ISSUER, aud: AUDIENCE }))).toBeUndefined();
      });
    });

    describe('claims and signature', () => {
      it.each<[string, Claims]>([
        ['another issuer', { ...defaults(), iss: 'https://evil.example/' }],
        ['another audience', { ...defaults(), aud: 'someone-else' }],
        ['no subject', { iss: ISSUER, aud: AUDIENCE, exp: at(3600) }],
      ])('refuses %s', async (_label, claims) => {
        expect(await verifier().verify(await rs256(claims))).toBeUndefined();
      });

      it('refuses a token whose payload was changed after signing', async () => {
        const [header, , signature] = (await rs256()).split('.');
        const forged = `${header}.${b64url({ ...defaults(), sub: 'cust-victim' })}.${signature}`;
        expect(await verifier().verify(forged)).toBeUndefined();
      });

      it('refuses a key id that is not in the key set', async () => {
        expect(await verifier().verify(await rs256(defaults(), 'RS256', 'rsa-unknown'))).toBeUndefined();
      });

      it.each([
        ['garbage', 'not-a-jwt'],
        ['empty', ''],
        ['three dots', '...'],
        ['oversized', `${'a'.repeat(9000)}.b.c`],
      ])('refuses a %s token without throwing', async (_label, token) => {
        await expect(verifier().verify(token)).resolves.toBeUndefined();
      });
    });
  });
});
