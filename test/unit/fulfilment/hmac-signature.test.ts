/**
 * The fulfilment feed's signature check: an HMAC-SHA256 over "<timestamp>.<raw body>" with the
 * shared secret, the timestamp within five minutes, two secrets while rotating, and nobody let in
 * when the secret cannot be loaded. Each refusal names the check that failed.
 */
import { HmacFeedAuthenticator, signFulfilmentBody } from '../../../src/infra/fulfilment/hmac-signature';

const NOW = new Date('2026-03-03T15:00:00Z');
const at = Math.floor(NOW.getTime() / 1000);
const body = Buffer.from('{"eventId":"e1","orderId":"o1","type":"packed","occurredAt":"2026-03-03T14:59:00Z"}');
const auth = (secrets: readonly string[] | Error = ['s3cret']) =>
  new HmacFeedAuthenticator({ clock: { now: () => NOW }, secrets: () => (secrets instanceof Error ? Promise.reject(secrets) : Promise.resolve(secrets)) });
const headers = (signature: string, timestamp = String(at)) => ({ 'X-Shop-Signature': signature, 'X-Shop-Timestamp': timestamp });

describe('HmacFeedAuthenticator', () => {
  it('lets in a body signed with the secret at a time within five minutes', async () => {
    expect(await auth().verify({ rawBody: body, headers: headers(signFulfilmentBody('s3cret', body, at)) })).toEqual({ ok: true });
    expect(await auth().verify({ rawBody: body, headers: headers(signFulfilmentBody('s3cret', body, at - 290), String(at - 290)) })).toEqual({ ok: true });
  });

  it('matches the documented scheme: hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    // computed independently: printf '1772550000.{}' | openssl dgst -sha256 -hmac key
    expect(signFulfilmentBody('key', '{}', 1772550000)).toBe('v1=baa97db3a7dc3dcd0b7d4b08b676753a0e3dbbd24778889e276b762da64b7d47');
  });

  it.each([
    [
      'a body changed after signing',
      () => ({ rawBody: Buffer.from(`${body} `), headers: headers(signFulfilmentBody('s3cret', body, at)) }),
      'the signature does not match the body',
    ],
    ['another secret', () => ({ rawBody: body, headers: headers(signFulfilmentBody('other', body, at)) }), 'the signature does not match the body'],
    [
      'a timestamp not the one signed',
      () => ({ rawBody: body, headers: headers(signFulfilmentBody('s3cret', body, at), String(at + 1)) }),
      'the signature does not match the body',
    ],
    [
      'a replay ten minutes on',
      () => ({ rawBody: body, headers: headers(signFulfilmentBody('s3cret', body, at - 600), String(at - 600)) }),
      "x-shop-timestamp is more than 300 s away from now: a replayed request, or the sender's clock is wrong",
    ],
    ['no signature', () => ({ rawBody: body, headers: { 'x-shop-timestamp': String(at) } }), 'missing x-shop-signature header'],
    ['no timestamp', () => ({ rawBody: body, headers: { 'x-shop-signature': 'v1=00' } }), 'missing x-shop-timestamp header'],
    ['a timestamp in milliseconds or words', () => ({ rawBody: body, headers: headers('v1=00', 'yesterday') }), 'x-shop-timestamp must be a Unix time in seconds'],
    ['a signature that is no hex digest', () => ({ rawBody: body, headers: headers('sha256=abc') }), 'x-shop-signature must be v1= and 64 hex digits'],
  ])('refuses %s, naming the check', async (_what, request, reason) => {
    expect(await auth().verify(request())).toEqual({ ok: false, reason });
  });

  it('takes the old secret and the new one while the secret is being rotated', async () => {
    const rotating = auth(['new-secret', 'old-secret']);
    expect(await rotating.verify({ rawBody: body, headers: headers(signFulfilmentBody('old-secret', body, at)) })).toEqual({ ok: true });
    const both = `${signFulfilmentBody('new-secret', body, at)},${signFulfilmentBody('old-secret', body, at)}`;
    expect(await auth(['new-secret']).verify({ rawBody: body, headers: headers(both) })).toEqual({ ok: true });
  });

  it('lets nobody in when the secret cannot be loaded or is not set', async () => {
    const signed = { rawBody: body, headers: headers(signFulfilmentBody('s3cret', body, at)) };
    expect(await auth(new Error('SSM unreachable')).verify(signed)).toEqual({ ok: false, reason: 'authentication is unavailable', unavailable: true });
    expect(await auth([]).verify(signed)).toEqual({ ok: false, reason: 'authentication is unavailable', unavailable: true });
  });
});
