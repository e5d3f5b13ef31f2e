import type { ShopFigures } from './shop-figures';

/** One headline figure as both the printed report and the dashboard page show it: the same words, the same digits. */
export interface Headline {
  id: string;
  label: string;
  value: string;
  detail: string;
}

const percent = (rate: number | undefined) => (rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function money(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

/** The headline figures, in the order the report prints them. */
export function headlines(f: ShopFigures, currency: string): Headline[] {
  return [
    { id: 'sessions', label: 'Sessions', value: String(f.sessions), detail: `${plural(f.shoppers, 'shopper', 'shoppers')}, ${plural(f.turns, 'turn', 'turns')}` },
    { id: 'conversion', label: 'Conversion', value: percent(f.conversion.rate), detail: `${f.conversion.sessionsWithOrder} of ${f.sessions} sessions placed an order` },
    {
      id: 'checkout-conversion',
      label: 'Checkout conversion',
      value: percent(f.checkout.rate),
      detail: `${f.checkout.asked} asked → ${f.checkout.confirmed} said yes → ${f.checkout.placed} placed`,
    },
    {
      id: 'cart-abandonment',
      label: 'Cart abandonment',
      value: percent(f.cartAbandonment.rate),
      detail: `${f.cartAbandonment.abandoned} of ${f.cartAbandonment.sessionsWithCart} sessions that filled a cart placed no order`,
    },
    { id: 'fallback-rate', label: 'Fallback rate', value: percent(f.fallback.rate), detail: `${f.fallback.turns} of ${f.turns} turns not understood` },
    { id: 'no-result-searches', label: 'Searches with no result', value: percent(f.searches.rate), detail: `${f.searches.noResult} of ${f.searches.total} searches` },
    {
      id: 'csat',
      label: 'CSAT',
      value: percent(f.csat.rate),
      detail: `${f.csat.satisfied} of ${plural(f.csat.ratings, 'rating', 'ratings')} were 4 or 5${f.csat.average === undefined ? '' : `; average ${f.csat.average.toFixed(1)}`}`,
    },
    {
      id: 'response-time',
      label: 'Average response time',
      value: f.responseTime.averageMs === undefined ? '–' : `${Math.round(f.responseTime.averageMs)} ms`,
      detail: f.responseTime.p90Ms === undefined ? '' : `90% within ${Math.round(f.responseTime.p90Ms)} ms`,
    },
    {
      id: 'conversation-length',
      label: 'Average conversation length',
      value: f.conversationLength.averageTurns === undefined ? '–' : `${f.conversationLength.averageTurns.toFixed(1)} turns`,
      detail: 'turns per session',
    },
    {
      id: 'revenue',
      label: 'Revenue',
      value: money(f.revenue.revenueCents, currency),
      detail: `${plural(f.revenue.placedOrders, 'order', 'orders')}; ${money(f.revenue.refundedCents, currency)} refunded`,
    },
    {
      id: 'notifications',
      label: 'Notifications sent',
      value: String(f.notifications.emails + f.notifications.alexa),
      detail: `${plural(f.notifications.emails, 'email', 'emails')}, ${plural(f.notifications.alexa, 'Alexa notification', 'Alexa notifications')}; ${f.notifications.retried} retried, ${f.notifications.dropped} dropped`,
    },
  ];
}

/** The report as `npm run report` prints it. */
export function reportText(f: ShopFigures, options: { currency: string; source: string; skipped?: readonly string[] }): string {
  const lines: string[] = [];
  const span = f.period.from && f.period.to ? `${f.period.from.slice(0, 10)} to ${f.period.to.slice(0, 10)}` : 'no records';
  lines.push(`Voice shop report: ${span} (${options.source})`, '');
  for (const h of headlines(f, options.currency)) lines.push(`${h.label.padEnd(28)} ${h.value.padStart(9)}   ${h.detail}`);
  lines.push('', 'Goal completion per capability');
  if (f.goalCompletion.length === 0) lines.push('  (no sessions)');
  for (const g of f.goalCompletion) lines.push(`  ${g.capability.padEnd(12)} ${percent(g.rate).padStart(7)}   ${g.completed} of ${plural(g.sessions, 'session', 'sessions')}`);
  lines.push('', `Not understood: what to add to the models next (Alexa sends no words: ${plural(f.fallback.withoutWords, 'fallback', 'fallbacks')} without)`);
  if (f.fallback.top.length === 0) lines.push('  (none with words)');
  for (const t of f.fallback.top) lines.push(`  ${String(t.times).padStart(4)}  "${t.said}"`);
  lines.push('', 'Searches with no result');
  if (f.searches.top.length === 0) lines.push('  (none)');
  for (const t of f.searches.top) lines.push(`  ${String(t.times).padStart(4)}  "${t.query}"`);
  lines.push('', `Per day       ${'sessions'.padStart(8)} ${'orders'.padStart(7)} ${'revenue'.padStart(12)} ${'refunded'.padStart(12)}`);
  for (const d of f.perDay) {
    lines.push(
      `  ${d.day}  ${String(d.sessions).padStart(8)} ${String(d.orders).padStart(7)} ${money(d.revenueCents, options.currency).padStart(12)} ${money(d.refundedCents, options.currency).padStart(12)}`,
    );
  }
  lines.push('', `Fulfilment feed: ${f.feed.applied} events applied, ${f.feed.duplicates} duplicates, ${f.feed.rejected} refused`);
  if (options.skipped?.length)
    lines.push('', `Skipped ${plural(options.skipped.length, 'line', 'lines')} that are no record of this shop:`, ...options.skipped.slice(0, 10).map((s) => `  ${s}`));
  return `${lines.join('\n')}\n`;
}

/** "7d", "24h", "30m" → milliseconds; undefined when it is none of these. */
export function parseSince(text: string): number | undefined {
  const match = /^(\d+)\s*([dhm])$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
  return Number(match[1]) * unit;
}
