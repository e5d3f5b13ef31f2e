import type { TurnContext } from '../context';
import { IntentName } from '../intents';
import { addBusinessDays, policyText, toFreeDelivery, type OpeningHours, type Weekday } from '../pricing';
import { formatList } from '../replies';
import { spokenHours } from '../replies/policy-format';
import type { Reply } from '../turn';
import { loadCart, priceLines } from './cart-store';

/**
 * The shop's policies as answers: delivery, returns, hours, stores and payment, each from the
 * one policy configuration, so what the shop says is what it charges and does. Nothing that is
 * not configured is said: no returns window is invented, no store made up.
 */

export async function deliveryInfo(ctx: TurnContext): Promise<Reply> {
  const { policy } = ctx;
  const free = policy.deliveryFee === 0;
  const lines = (await loadCart(ctx)).lines;
  let cart: { subtotal: string; missing?: string } | undefined;
  if (lines.length > 0 && !free) {
    const subtotal = (await priceLines(ctx, lines)).reduce((sum, l) => sum + l.product.price * l.quantity, 0);
    const missing = toFreeDelivery(subtotal, policy);
    cart = { subtotal: ctx.price(subtotal), ...(missing ? { missing: ctx.price(missing) } : {}) };
  }
  const speech = ctx.msgs.deliveryInfo({
    fee: free ? undefined : ctx.price(policy.deliveryFee),
    freeFrom: free || policy.freeDeliveryFrom <= 0 ? undefined : ctx.price(policy.freeDeliveryFrom),
    days: policy.deliveryDays,
    arrives: ctx.date(addBusinessDays(ctx.deps.clock.now(), policy.deliveryDays).toISOString()),
    area: policyText(policy.deliveryArea, ctx.turn.locale),
    cart,
  });
  return ctx.ask(speech, ctx.msgs.policyReprompt);
}

export function returnPolicy(ctx: TurnContext): Reply {
  const { policy } = ctx;
  const speech = ctx.msgs.returnPolicy({
    days: policy.returnsWindowDays,
    how: policyText(policy.returnsHow, ctx.turn.locale),
    phone: policy.supportPhone,
    hours: supportHours(ctx),
  });
  return ctx.ask(speech, ctx.msgs.policyReprompt, humanCard(ctx));
}

export function openingHours(ctx: TurnContext): Reply {
  const { policy } = ctx;
  const hours = supportHours(ctx);
  const openNow = policy.openingHours && policy.timeZone ? isOpenAt(policy.openingHours, policy.timeZone, ctx.deps.clock.now()) : undefined;
  const stores = (policy.stores ?? []).slice(0, 3).map((s) => ({ name: s.name, hours: s.hours ? spokenHours(s.hours, ctx.turn.locale, ctx.msgs) : undefined }));
  return ctx.ask(ctx.msgs.openingHours({ hours, phone: policy.supportPhone, openNow, stores }), ctx.msgs.policyReprompt);
}

/** Stores and pickup points as configured; none is an online shop that delivers, said plainly. */
export function storeLocation(ctx: TurnContext): Reply {
  const locale = ctx.turn.locale;
  // three at most, as any list the shop reads out
  const stores = (ctx.policy.stores ?? []).slice(0, 3).map((s) => ({
    name: s.name,
    address: policyText(s.address, locale) ?? '',
    hours: s.hours ? spokenHours(s.hours, locale, ctx.msgs) : undefined,
    pickup: s.pickup,
  }));
  return ctx.ask(ctx.msgs.storeLocations({ stores, deliveryDays: ctx.policy.deliveryDays }), ctx.msgs.policyReprompt);
}

/**
 * How the shop takes payment: the card saved with the linked account, always (there is no other
 * way to pay by voice), and where to change it.
 */
export async function paymentOptions(ctx: TurnContext): Promise<Reply> {
  const methods = ctx.policy.paymentMethods ?? [];
  const linked = ctx.turn.accessToken ? (await ctx.identify()).linked : false;
  const speech = ctx.msgs.paymentOptions({ methods: methods.length > 0 ? formatList(methods, ctx.turn.locale) : undefined, linked });
  return ctx.ask(speech, ctx.msgs.policyReprompt);
}

/** The support hours in the turn's words: structured hours through Intl, else the configured text (English). */
function supportHours(ctx: TurnContext): string | undefined {
  const { openingHours: hours, supportHours: text } = ctx.policy;
  if (hours && hours.length > 0) return spokenHours(hours, ctx.turn.locale, ctx.msgs);
  return ctx.turn.locale.startsWith('en') ? text : undefined;
}

function humanCard(ctx: TurnContext) {
  const { supportPhone, supportHours: hours } = ctx.policy;
  return { title: ctx.msgs.humanCardTitle, text: ctx.msgs.humanCard(supportPhone, hours) };
}

/** Whether `at` falls within the opening hours, read on the shop's own clock. */
export function isOpenAt(hours: readonly OpeningHours[], timeZone: string, at: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').toLowerCase().slice(0, 3);
  const time = `${part('hour')}:${part('minute')}`;
  return hours.some((h) => h.days.includes(day as Weekday) && time >= h.opens && time < h.closes);
}

/** A policy a question names, when a product search or a product question was really about one. */
export type PolicyTopic =
  typeof IntentName.DeliveryInfo | typeof IntentName.ReturnPolicy | typeof IntentName.OpeningHours | typeof IntentName.StoreLocation | typeof IntentName.PaymentOptions;

/**
 * Words that name a policy rather than a product, per language. Heard only where the words found
 * no product ("how much is delivery", "a store in seattle"), so a product is never shadowed.
 */
const TOPIC_WORDS: ReadonlyArray<readonly [PolicyTopic, RegExp]> = [
  [IntentName.DeliveryInfo, /\b(deliver(y|ies|ed)?|shipping|chipping|shippin|ship|postage|delivery (fee|charge|cost)s?|versand\w*|lieferung\w*|liefer\w*|porto)\b/iu],
  [
    IntentName.ReturnPolicy,
    /\b(returns?|returning|refunds?|send (it|them|something) back|exchange|rückgabe\w*|umtausch\w*|zurückgeben|zurückschicken|rücksendung\w*|erstattung)\b/iu,
  ],
  [IntentName.OpeningHours, /\b(hours|opening times|open|closing|öffnungszeit\w*|geöffnet|offen|sprechzeit\w*)\b/iu],
  [
    IntentName.StoreLocation,
    /\b(stores?|shops?|locations?|branch(es)?|pick ?up|pickup|collect(ion)?|curbside|click and collect|filialen?|laden|läden|geschäft|abhol\w*|abholen)\b/iu,
  ],
  [IntentName.PaymentOptions, /\b(pay(ment|ing)?|credit cards?|debit cards?|cards?|paypal|apple pay|google pay|cash|bezahl\w*|zahl(ung|en)\w*|kreditkarte\w*|karte)\b/iu],
];

export function policyTopic(spoken: string): PolicyTopic | undefined {
  return TOPIC_WORDS.find(([, words]) => words.test(spoken))?.[0];
}

/**
 * Phrases that are about the shop whatever else is said with them ("can I use apple pay",
 * "free shipping on eggs"): heard before any product search, since a product search would find
 * apples. Single words ("delivery", "store") are heard only when no product was found.
 */
const SHOP_PHRASES: ReadonlyArray<readonly [PolicyTopic, RegExp]> = [
  [
    IntentName.DeliveryInfo,
    /\b(free (delivery|shipping)|delivery (fee|charge|cost|time)s?|shipping (fee|charge|cost|time)s?|minimum order|versandkosten|lieferkosten|liefergebühr\w*|mindestbestellwert)\b/iu,
  ],
  [IntentName.ReturnPolicy, /\b(returns? policy|refund policy|money back|rückgaberecht|umtauschrecht)\b/iu],
  [IntentName.OpeningHours, /\b(opening (hours|times)|store hours|business hours|customer service hours|öffnungszeit\w*)\b/iu],
  [IntentName.StoreLocation, /\b(click and collect|curbside|in store pick ?up|store pick ?up|physical store|abholstation\w*)\b/iu],
  [
    IntentName.PaymentOptions,
    /\b(apple pay|google pay|paypal|credit cards?|debit cards?|payment methods?|forms? of payment|pay with|pay by|kreditkarte\w*|zahlungsmittel\w*|zahlungsart\w*|bezahlen mit)\b/iu,
  ],
];

/** A phrase in what was said that is plainly about the shop, not a product. */
export function shopPhrase(spoken: string): PolicyTopic | undefined {
  return SHOP_PHRASES.find(([, words]) => words.test(spoken))?.[0];
}

/** Words that go with a policy word without naming a product ("the delivery charge", "Versandkosten"). */
const ALONGSIDE = new Set([
  'the',
  'a',
  'an',
  'your',
  'my',
  'for',
  'of',
  'is',
  'it',
  'how',
  'much',
  'what',
  'charge',
  'charges',
  'fee',
  'fees',
  'cost',
  'costs',
  'price',
  'prices',
  'policy',
  'policies',
  'options',
  'methods',
  'time',
  'times',
  'der',
  'die',
  'das',
  'den',
  'ihr',
  'ihre',
  'eure',
  'euer',
  'was',
  'kostet',
  'kosten',
  'gebühr',
  'gebühren',
  'preis',
]);

/**
 * The policy a whole phrase names, with nothing else in it ("delivery", "the delivery charge",
 * "der Versand"); a product that merely contains such a word ("birthday card") is not one.
 */
export function policyPhrase(spoken: string): PolicyTopic | undefined {
  const words = spoken
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const rest = words.filter((w) => !ALONGSIDE.has(w));
  if (rest.length === 0 || rest.length > 3 || !rest.every((w) => policyTopic(w) !== undefined)) return undefined;
  return policyTopic(rest.join(' '));
}

/** The answer for a policy topic. */
export function answerTopic(ctx: TurnContext, topic: PolicyTopic): Promise<Reply> | Reply {
  switch (topic) {
    case IntentName.DeliveryInfo:
      return deliveryInfo(ctx);
    case IntentName.ReturnPolicy:
      return returnPolicy(ctx);
    case IntentName.OpeningHours:
      return openingHours(ctx);
    case IntentName.StoreLocation:
      return storeLocation(ctx);
    case IntentName.PaymentOptions:
      return paymentOptions(ctx);
  }
}
