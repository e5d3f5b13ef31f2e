import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';

const local = { STAGE: 'local', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a', AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks' };
const EXAMPLE = join(__dirname, '../../../docs/shop-policy.example.json');

function policyFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shop-policy-')), 'policy.json');
  writeFileSync(path, text);
  return path;
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...local, ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('the shop policy', () => {
  it('defaults to the demo shop the shopper corpus was written against', () => {
    const { policy } = loadConfig(local);
    expect(policy).toMatchObject({
      sellerName: 'Corner Shop',
      deliveryFee: 499,
      freeDeliveryFrom: 3500,
      deliveryDays: 2,
      taxRateBps: 825,
      maxQuantity: 99,
      supportPhone: '1 800 555 0199',
      openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '08:00', closes: '20:00' }],
    });
    // nothing the demo shop has not decided is claimed: no returns window, no store, no area
    expect(policy.returnsWindowDays).toBeUndefined();
    expect(policy.stores).toBeUndefined();
    expect(policy.deliveryArea).toBeUndefined();
  });

  it('reads the richer policy from SHOP_POLICY_FILE', () => {
    const { policy } = loadConfig({ ...local, SHOP_POLICY_FILE: EXAMPLE });
    expect(policy.returnsWindowDays).toBe(30);
    expect(policy.timeZone).toBe('America/Los_Angeles');
    expect(policy.stores).toEqual([
      { name: 'Pike Street', address: '1500 Pike Street, Seattle', pickup: true, hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '09:00', closes: '18:00' }] },
    ]);
    expect(policy.openingHours).toHaveLength(2);
    expect(policy.paymentMethods).toEqual(['Visa', 'Mastercard', 'American Express']);
    expect(policy.deliveryArea).toEqual({ en: 'Seattle, Bellevue and Redmond', de: 'Seattle, Bellevue und Redmond' });
  });

  it('reads the same JSON inline from SHOP_POLICY, and refuses both at once', () => {
    const inline = readFileSync(EXAMPLE, 'utf8');
    expect(loadConfig({ ...local, SHOP_POLICY: inline }).policy.returnsWindowDays).toBe(30);
    expect(problemsOf({ SHOP_POLICY: inline, SHOP_POLICY_FILE: EXAMPLE })).toContain('set SHOP_POLICY_FILE or SHOP_POLICY, not both');
  });

  it('takes the fees from the file, and refuses a fee set both there and in the environment', () => {
    const path = policyFile('{ "deliveryFeeCents": 299, "freeDeliveryFromCents": 0 }');
    expect(loadConfig({ ...local, SHOP_POLICY_FILE: path }).policy).toMatchObject({ deliveryFee: 299, freeDeliveryFrom: 0 });
    expect(problemsOf({ SHOP_POLICY_FILE: path, DELIVERY_FEE_CENTS: '399' })).toEqual([
      'DELIVERY_FEE_CENTS is set and the shop policy file sets deliveryFeeCents: set it in one place',
    ]);
  });

  it('names the file, the line and the field of every mistake at once', () => {
    const path = policyFile(
      [
        '{',
        '  "returnsWindowDays": "thirty",',
        '  "openingHours": [',
        '    { "days": ["mon", "someday"], "opens": "08:00", "closes": "20:00" },',
        '    { "days": ["sat"], "opens": "18:00", "closes": "09:00" }',
        '  ],',
        '  "stores": [{ "name": "Pike", "pickup": "yes" }],',
        '  "timeZone": "Mars/Olympus",',
        '  "deliveryFee": 499',
        '}',
      ].join('\n'),
    );
    expect(problemsOf({ SHOP_POLICY_FILE: path })).toEqual([
      `${path} line 2: returnsWindowDays must be a whole number from 1 to 365`,
      `${path} line 4: openingHours[0].days must list days from mon, tue, wed, thu, fri, sat, sun`,
      `${path} line 5: openingHours[1].closes must be after opens (18:00)`,
      `${path} line 7: stores[0].address must be text, or an object of texts by locale or language ({ "en": "…", "de": "…" })`,
      `${path} line 7: stores[0].pickup must be true or false`,
      `${path} line 8: timeZone must be an IANA time zone such as "America/Los_Angeles"`,
      `${path} line 9: deliveryFee is not a policy field (known: deliveryFeeCents, freeDeliveryFromCents, deliveryDays, supportPhone, supportHours, deliveryArea, returnsWindowDays, returnsHow, openingHours, timeZone, stores, paymentMethods)`,
    ]);
  });

  it('says where a file that is not JSON breaks, and when it cannot be read', () => {
    const broken = policyFile('{\n  "deliveryDays": 2,\n  "returnsWindowDays": \n}');
    expect(problemsOf({ SHOP_POLICY_FILE: broken })).toEqual([expect.stringMatching(new RegExp(`^${broken} line 4: not valid JSON`))]);
    expect(problemsOf({ SHOP_POLICY_FILE: '/no/such/policy.json' })).toEqual(['SHOP_POLICY_FILE cannot be read: ENOENT (/no/such/policy.json)']);
  });

  it('leaves hours set only as SUPPORT_HOURS text to that text', () => {
    const { policy } = loadConfig({ ...local, SUPPORT_HOURS: 'weekdays 9 to 5' });
    expect(policy.supportHours).toBe('weekdays 9 to 5');
    expect(policy.openingHours).toBeUndefined();
  });
});
