/**
 * What each turn record carries for the merchant's report, through the shop's own EMF writer and
 * the core on in-memory ports: the session, a salted hash (never the user id), search hits, the
 * words not understood where the platform sends them (masked), the turn's business events, what
 * the shopper was doing and whether it got done.
 */
import { EmfMetrics } from '../../../src/infra/metrics';
import { anonymousShopper, maskPersonalData } from '../../../src/infra/metrics/mask';
import { afterShop } from '../../support/after-shop';

describe('Masking what shoppers said', () => {
  it.each([
    ['where is my order four eight two one five seven three zero', 'where is my order [number]'],
    ['email me at Jo.Doe@example.com please', 'email me at [email] please'],
    ['my number is +1 (206) 555-0142', 'my number is [number]'],
    ['pin 1234', 'pin [number]'],
    ['Do you   deliver on SUNDAYS', 'do you deliver on sundays'],
  ])('"%s" is kept as "%s"', (said, kept) => expect(maskPersonalData(said)).toBe(kept));

  it('stands a shopper in by a salted hash: the same for the same shopper, another with another salt, never the id', () => {
    const a = anonymousShopper('alexa:amzn1.ask.account.XYZ', 'salt-1');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(anonymousShopper('alexa:amzn1.ask.account.XYZ', 'salt-1')).toBe(a);
    expect(anonymousShopper('alexa:amzn1.ask.account.XYZ', 'salt-2')).not.toBe(a);
  });
});

describe('Turn records', () => {
  function recorded() {
    const lines: Array<Record<string, unknown>> = [];
    const metrics = new EmfMetrics({
      namespace: 'voice-shop/test',
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
      writeImmediately: true,
      shopperHashSalt: 'test-salt',
    });
    return { metrics, turns: () => lines.filter((l) => l.kind === 'turn') };
  }

  it('carry the session, the hashed shopper, search hits and the events of the turn, and no user id', async () => {
    const a = afterShop();
    const { metrics, turns } = recorded();
    a.deps.metrics = metrics;
    await a.say('SearchIntent', { query: { value: 'paper towels' } }, { isNewSession: true });
    await a.say('SearchIntent', { query: { value: 'kumquat marmalade 555 0142' } });
    await a.say('AddToCartIntent', { product: { value: 'Willow Lane Earl Grey Tea', id: 'SKU-10054' } });
    const [first, none, add] = turns();
    expect(first).toMatchObject({
      sessionId: 'after-session-1',
      shopper: anonymousShopper('alexa:after-user', 'test-salt'),
      searchHits: expect.any(Number),
      events: ['SessionStarted'],
      capability: 'browse',
      goal: 1,
    });
    expect(none).toMatchObject({ searchHits: 0, searchQuery: 'kumquat marmalade [number]', events: ['SearchNoMatch'], goal: 0 });
    expect(add).toMatchObject({ cartFilled: true, cart: 1, capability: 'cart', goal: 1 });
    expect(JSON.stringify(turns())).not.toContain('after-user');
  });

  it('keep the words of a turn not understood when the platform sends them (Dialogflow), and count a turn without them (Alexa)', async () => {
    const a = afterShop();
    const { metrics, turns } = recorded();
    a.deps.metrics = metrics;
    await a.say('FallbackIntent', {}, { platform: 'dialogflow', utterance: 'do you sell gift cards for 50 dollars' });
    await a.say('FallbackIntent');
    expect(turns().map((t) => [t.outcome, t.heard])).toEqual([
      ['fallback', 'do you sell gift cards for 50 dollars'],
      ['fallback', undefined],
    ]);
  });

  it('mark the turn that placed an order, for conversion per session', async () => {
    const a = afterShop();
    const { metrics, turns } = recorded();
    a.deps.metrics = metrics;
    await a.say('AddToCartIntent', { product: { value: 'Willow Lane Earl Grey Tea', id: 'SKU-10054' } });
    await a.say('CheckoutIntent');
    await a.say('YesIntent');
    const yes = turns().at(-1)!;
    expect(yes).toMatchObject({ intent: 'YesIntent', placed: 1, capability: 'checkout', goal: 1, events: expect.arrayContaining(['PurchaseConfirmed', 'OrderPlaced']) });
  });
});
