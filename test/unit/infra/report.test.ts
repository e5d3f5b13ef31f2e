/**
 * The merchant's report from a seeded event log written by the shop's own EMF writer: every
 * figure against the one worked out by hand, the window (--since), and lines that are no record
 * of the shop skipped by number, never stopping the report.
 */
import { readEventLog } from '../../../src/infra/report/event-log-reader';
import { headlines, parseSince, reportText } from '../../../src/infra/report/report-text';
import { shopFigures } from '../../../src/infra/report/shop-figures';
import { SEEDED_FIGURES, seededEventLog } from '../../support/seeded-events';

const figures = () => shopFigures(readEventLog(seededEventLog()));
const headline = (id: string) => headlines(figures(), 'USD').find((h) => h.id === id)?.value;

describe('The report', () => {
  it('counts sessions, shoppers (by their salted hash) and turns', () => {
    expect(figures()).toMatchObject({ sessions: SEEDED_FIGURES.sessions, shoppers: SEEDED_FIGURES.shoppers, turns: SEEDED_FIGURES.turns });
  });

  it.each([
    ['conversion', SEEDED_FIGURES.conversion],
    ['checkout-conversion', SEEDED_FIGURES.checkoutConversion],
    ['cart-abandonment', SEEDED_FIGURES.cartAbandonment],
    ['fallback-rate', SEEDED_FIGURES.fallbackRate],
    ['no-result-searches', SEEDED_FIGURES.noResultSearches],
    ['csat', SEEDED_FIGURES.csat],
    ['revenue', SEEDED_FIGURES.revenue],
    ['conversation-length', SEEDED_FIGURES.averageTurns],
    ['notifications', SEEDED_FIGURES.notifications],
  ])('gives %s as %s', (id, value) => expect(headline(id)).toBe(value));

  it('lists what was not understood, and what searches found nothing for, most often first', () => {
    const f = figures();
    expect(f.fallback.top).toEqual([
      { said: 'where is the gluten free aisle', times: 2 },
      { said: 'do you deliver on sundays', times: 1 },
    ]);
    expect(f.fallback.withoutWords).toBe(1);
    expect(f.searches.top).toEqual([{ query: 'kumquat jam', times: 2 }]);
  });

  it('gives goal completion per capability as the share of sessions that got it done', () => {
    const byName = Object.fromEntries(figures().goalCompletion.map((g) => [g.capability, [g.completed, g.sessions]]));
    expect(byName).toEqual({ browse: [3, 4], cart: [4, 4], checkout: [2, 3], orders: [1, 1], reminders: [1, 1], feedback: [2, 2], support: [1, 1] });
  });

  it('gives revenue, refunds, orders and sessions per day, and CSAT with the average rating', () => {
    const f = figures();
    expect(f.perDay).toEqual([
      { day: '2026-03-02', sessions: 3, orders: 1, revenueCents: 3311, refundedCents: 0 },
      { day: '2026-03-03', sessions: 3, orders: 1, revenueCents: 2450, refundedCents: 0 },
      { day: '2026-03-04', sessions: 2, orders: 0, revenueCents: 0, refundedCents: 3311 },
    ]);
    expect(f.csat).toEqual({ ratings: 2, satisfied: 1, rate: 0.5, average: SEEDED_FIGURES.averageRating });
    expect(f.notifications).toEqual({ emails: 3, alexa: 1, retried: 1, dropped: 0 });
  });

  it('takes only the window asked for', () => {
    const until = Date.parse('2026-03-04T23:59:59Z');
    const lastDay = shopFigures(readEventLog(seededEventLog()), { since: until - parseSince('1d')!, until });
    expect(lastDay).toMatchObject({ sessions: 2, turns: 5, revenue: { placedOrders: 0, revenueCents: 0, refundedCents: 3311 } });
  });

  it('skips lines that are no record of the shop, naming each by its number', () => {
    const log = readEventLog(`${seededEventLog()}not json\n{"kind":"turn"}\n`);
    expect(log.skipped).toEqual([expect.stringMatching(/^line \d+: not JSON$/), expect.stringMatching(/^line \d+: no _aws\.Timestamp$/)]);
    expect(shopFigures(log).turns).toBe(SEEDED_FIGURES.turns);
  });

  it('prints the figures as one line each, then the lists', () => {
    const text = reportText(figures(), { currency: 'USD', source: 'seeded.jsonl' });
    expect(text).toMatch(/^Voice shop report: 2026-03-02 to 2026-03-04 \(seeded\.jsonl\)\n/);
    expect(text).toMatch(/\nConversion\s+25\.0%\s+2 of 8 sessions placed an order\n/);
    expect(text).toMatch(/\nRevenue\s+\$57\.61\s+2 orders; \$33\.11 refunded\n/);
    expect(text).toMatch(/\n\s+2\s+"where is the gluten free aisle"\n/);
  });

  it('reads spans like 7d, 24h and 30m, and nothing else', () => {
    expect([parseSince('7d'), parseSince('24h'), parseSince('30m'), parseSince('week'), parseSince('7')]).toEqual([604_800_000, 86_400_000, 1_800_000, undefined, undefined]);
  });
});
