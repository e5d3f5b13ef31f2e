/**
 * Log redaction: personal data is masked by field name and by pattern, and the shop's own ids
 * come out of the logger exactly as they went in, in free text and in fields alike, so an order
 * can be followed through its log lines. Both loggers share the redaction; the production one
 * (Powertools) gets the full 10,000 ids of each kind.
 */
import { JsonLogger } from '../../../src/infra/logging/logger';
import { PowertoolsJsonLogger } from '../../../src/infra/logging/powertools-logger';
import type { Logger } from '../../../src/ports/runtime';

/** mulberry32: the same ids on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20261207);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[int(0, alphabet.length - 1)]).join('');
const hex = (n: number) => chars('0123456789abcdef', n);
const digits = (n: number) => String(int(1, 9)) + chars('0123456789', n - 1);
const alnum = (n: number) => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
/** Mostly decimal digits: the hardest case for a phone pattern, since real UUIDs sometimes are. */
const digitHeavyHex = (n: number) => Array.from({ length: n }, () => (random() < 0.85 ? chars('0123456789', 1) : chars('abcdef', 1))).join('');
const uuid = () => {
  const h = random() < 0.5 ? hex : digitHeavyHex;
  return `${h(8)}-${h(4)}-4${h(3)}-${pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
};

/** The ids the shop and its platforms mint, in every form they take. */
const ID_KINDS: Record<string, () => string> = {
  // RandomIds.orderId: time in base 36, then 80 random bits
  'order id': () => `ord_${int(1_500_000_000_000, 4_100_000_000_000).toString(36)}${hex(20)}`,
  // RandomIds.orderNumber: eight digits a shopper can say
  'order number': () => String(int(10_000_000, 99_999_999)),
  'charge id': () => pick([() => `pi_${alnum(24)}`, () => `ch_${alnum(24)}`, () => `re_${alnum(24)}`, () => `ch_sandbox_${hex(16)}`, () => `re_sandbox_${hex(16)}`])(),
  'request id': () => pick([() => uuid(), () => `amzn1.echo-api.request.${uuid()}`, () => `${uuid()}-${hex(8)}`])(),
  'session id': () =>
    pick([
      () => `amzn1.echo-api.session.${uuid()}`,
      () => `projects/voice-shop-${digits(6)}/agent/sessions/${uuid()}`,
      () => `projects/voice-shop/agent/sessions/${digits(int(10, 19))}`,
      () => `projects/voice-shop/agent/environments/draft/users/-/sessions/${digits(int(10, 16))}`,
      () => `projects/p/agent/sessions/ABwppH${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 50)}`,
    ])(),
};

/** One line per id: the id in the message, in a field of no special name, and in a sentence inside a field. */
function logIds(logger: (write: (line: string) => void) => Logger, ids: string[]): Array<Record<string, unknown>> {
  const lines: string[] = [];
  const log = logger((line) => lines.push(line));
  ids.forEach((id, i) => log.info(`order step ${i % 3 === 0 ? `(${id})` : id} done; next ${ids[(i + 1) % ids.length]}.`, { ref: id, note: `see "${id}", then ${id}` }));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

function corrupted(ids: string[], entries: Array<Record<string, unknown>>): string[] {
  return ids.filter((id, i) => {
    const entry = entries[i];
    return entry.ref !== id || !String(entry.message).includes(id) || entry.note !== `see "${id}", then ${id}`;
  });
}

const powertools = (write: (line: string) => void) => PowertoolsJsonLogger.create({ level: 'info', write });
const json = (write: (line: string) => void) => new JsonLogger({ level: 'info', write });

describe('Log redaction', () => {
  describe.each(Object.keys(ID_KINDS))("the shop's own %s", (kind) => {
    it('comes through the production logger intact, 10,000 times out of 10,000', () => {
      // Given 10,000 ids of this kind
      const ids = Array.from({ length: 10_000 }, ID_KINDS[kind]);
      // When each is logged in free text and in fields
      const entries = logIds(powertools, ids);
      // Then not one is masked or cut
      expect(corrupted(ids, entries)).toEqual([]);
    });

    it('comes through the plain JSON logger intact too', () => {
      const ids = Array.from({ length: 1_000 }, ID_KINDS[kind]);
      expect(corrupted(ids, logIds(json, ids))).toEqual([]);
    });
  });

  it('keeps order and charge ids in their own fields whatever they hold', () => {
    const lines: string[] = [];
    PowertoolsJsonLogger.create({ write: (l) => lines.push(l) }).info('order placed', {
      orderId: '+1 312 555 0179',
      orderNumber: '0301 2345678',
      chargeId: 'ch_sandbox_1',
      refundId: 're_1',
    });
    expect(JSON.parse(lines[0])).toMatchObject({ orderId: '+1 312 555 0179', orderNumber: '0301 2345678', chargeId: 'ch_sandbox_1', refundId: 're_1' });
  });

  describe.each([
    ['Powertools', powertools],
    ['plain JSON', json],
  ])('personal data through the %s logger', (_name, make) => {
    const PHONES = [
      '+1-312-555-0179',
      '+1 (312) 555-0179',
      '(312) 555-0179',
      '312-555-0179',
      '312.555.0179',
      '312 555 0179',
      '+13125550179',
      '+44 20 7946 0958',
      '020 7946 0958',
      '+49 30 12345678',
      '030 12345678',
      '0171 1234567',
    ];
    const EMAILS = ['privacy.shopper+voice@example.org', 'a.b@c-d.co.uk'];
    const JWTS = ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjdXN0LWRlbW8tMSJ9.c2lnbmF0dXJl', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'];
    const ADDRESSES = ['77 Sunflower Terrace Apt 9', '1200 Pine Street Apt 4B', '221B Baker Street', '5 Main St.', 'Musterstraße 12', 'Hauptstr. 5a'];

    function line(message: string, fields?: Record<string, unknown>): Record<string, unknown> {
      const lines: string[] = [];
      make((l) => lines.push(l)).warn(message, fields);
      return JSON.parse(lines[0]) as Record<string, unknown>;
    }

    it.each(PHONES)('masks the phone number %s in free text', (phone) => {
      const entry = line(`call the shopper on ${phone}, today`, { note: `or ${phone}` });
      expect(entry.message).toBe('call the shopper on [phone], today');
      expect(entry.note).toBe('or [phone]');
    });

    it.each(EMAILS)('masks the email address %s in free text', (email) => {
      expect(line(`mail ${email} now`).message).toBe('mail [email] now');
    });

    it.each(JWTS)('masks the token %s in free text', (jwt) => {
      expect(line(`Bearer ${jwt}`).message).toBe('Bearer [token]');
    });

    it.each(ADDRESSES)('masks the address %s in free text', (address) => {
      expect(line(`deliver to ${address}, Seattle`).message).toBe('deliver to [address], Seattle');
    });

    it('masks personal fields by name, at any depth', () => {
      const entry = line('customer', {
        phone: '5',
        email: 'x',
        customer: { address: { line1: 'x', postalCode: '60614' }, name: 'Avery Quinnell' },
        accessToken: 'abc',
        headers: { authorization: 'Basic abc' },
      });
      expect(entry).toMatchObject({
        phone: '[redacted]',
        email: '[redacted]',
        customer: { address: '[redacted]', name: '[redacted]' },
        accessToken: '[redacted]',
        headers: { authorization: '[redacted]' },
      });
    });

    it('leaves what only looks a little like a phone alone', () => {
      const text = 'order 4 8 2 1 5 7 3 0 placed at 2026-12-04 10:15:00 from 127.0.0.1, total $33.11, 3 items, sku SKU-10001';
      expect(line(text).message).toBe(text);
    });
  });
});
