/**
 * Helping the shopper decide: reviews ("what do people say about it"), comparing two products
 * ("which is cheaper, the jasmine or the basmati"), suggestions and why ("what goes with coffee",
 * "something for breakfast", "why did you suggest that"), deals and coupons ("any offers on",
 * "apply code save ten"), and a list saved for later ("pop that on my list for later"). Written as
 * classes of phrasing from how people talk in each locale, not from any test corpus; samples the
 * locale files already have for RecommendIntent are left to them.
 */
import { IntentName, SlotName } from '../../../src/core/intents';
import { enGB } from '../locales/en-GB';
import { enUS } from '../locales/en-US';
import { deDE } from '../locales/de-DE';
import { around, phrases } from '../phrasing';
import { SlotKind, type IntentDef, type LocaleSource } from '../types';
import type { FeatureModel } from './index';

const named = { name: SlotName.Product, kind: SlotKind.Words } as const;
const ordinal = { name: SlotName.Ordinal, kind: SlotKind.Ordinal } as const;
const second = { name: SlotName.SecondProduct, kind: SlotKind.Words } as const;
const secondOrdinal = { name: SlotName.SecondOrdinal, kind: SlotKind.Ordinal } as const;
const criterion = { name: SlotName.Criterion, kind: SlotKind.Criterion } as const;
/** "which kitchen roll is better value …": the kind of product, as heard */
const kind = { name: SlotName.Query, kind: SlotKind.Words } as const;
const about = { name: SlotName.Query, kind: SlotKind.SearchQuery } as const;
const code = { name: SlotName.Code, kind: SlotKind.SearchQuery } as const;

const own = (name: IntentName, slots: IntentDef['slots']): IntentDef => ({ name, slots, alexa: { intent: name }, dialogflow: { displayName: name } });

const intents: readonly IntentDef[] = [
  own(IntentName.Reviews, [named, ordinal]),
  own(IntentName.MoreReviews, []),
  own(IntentName.Compare, [named, ordinal, second, secondOrdinal, criterion, kind]),
  own(IntentName.WhyRecommended, []),
  own(IntentName.Deals, [about]),
  own(IntentName.ApplyCoupon, [code]),
  own(IntentName.SaveForLater, [named, ordinal]),
  own(IntentName.ViewSavedList, []),
  own(IntentName.MoveToCart, [named, ordinal]),
  own(IntentName.RemoveFromSavedList, [named, ordinal]),
];

/** The product a request is about, said every way it is referred to. */
const IT = '(it|that|this one|the {product}|{product}|the {ordinal} one)';
const IT_SHORT = '(it|that|the {product}|{product})';

function englishSamples(cart: string): Partial<Record<IntentName, string[]>> {
  return {
    [IntentName.Reviews]: [
      ...around(
        ['', 'um'],
        phrases(
          `what do (people|customers) (say|think) (about|of) ${IT}`,
          `what are people saying about ${IT_SHORT}`,
          `(are there|do you have|have you got) (any|) reviews (for|of|on) ${IT_SHORT}`,
          `any reviews (for|on) ${IT_SHORT}`,
          `(read|give) me (a|some) (review|reviews) (for|of|on) ${IT_SHORT}`,
          '(read|give) me (a|some) (review|reviews)',
          '(any|how are the) reviews',
          '(is|are) (it|that|they|the {product}|{product}|the {ordinal} one) any good',
          '(do|does) (people|customers|anyone) like (it|that|them|the {product}|{product})',
          `how (is|are) ${IT_SHORT} rated`,
          `how good is ${IT_SHORT}`,
          `(is|are) ${IT_SHORT} (worth buying|well reviewed|decent)`,
          `how many stars (does|do) ${IT_SHORT} have`,
          `how do (people|customers) rate ${IT_SHORT}`,
          `what rating (does|do) ${IT_SHORT} have`,
          `are the reviews (good|any good) (for ${IT_SHORT}|)`,
          `(what|how) are the reviews like (for|on) ${IT_SHORT}`,
        ),
      ),
      ...phrases("what's the rating (on|of|for) (it|that|the {product})", 'can you tell me what people think of (it|the {product})'),
    ],
    [IntentName.MoreReviews]: around(
      ['', 'um', 'okay', 'can you'],
      phrases(
        '(read|give|tell) me another (one|review|)',
        '(read|give) me more reviews',
        'another review',
        '(any|are there) more reviews',
        '(the|) next review',
        'what else do (people|they) say',
      ),
      ['', 'please'],
    ),
    [IntentName.Compare]: [
      ...around(
        ['', 'um', 'can you'],
        phrases(
          'compare (the|) {product} (and|with|to|or) (the|) {secondProduct}',
          'compare (the|) {product}',
          'compare the {ordinal} (one|) (and|with|to) the {secondOrdinal} (one|)',
          'compare (them|these|those|the two|both of them|these two)',
          'compare the (first|top) (two|ones)',
        ),
        ['', 'please'],
      ),
      ...around(
        ['', 'um'],
        phrases(
          "(what's|what is) the difference between (the|) {product} and (the|) {secondProduct}",
          "(what's|what is) the difference (between them|between the two|)",
          "(what's|what is) the difference between the {ordinal} (one|) and the {secondOrdinal} (one|)",
          'how does (the|) {product} compare (to|with) (the|) {secondProduct}',
          '(which|what) (one|) is (the|) {criterion}',
          "what's (the|) {criterion}",
          'which of (these|them|those|the two|these two) is (the|) {criterion}',
          'which (one|) has {criterion}',
          'which ones are {criterion}',
          '(which|what) (one|) is {criterion} (the|) {product} or (the|) {secondProduct}',
          "which one's {criterion} (the|) {product} or (the|) {secondProduct}",
          'which {query} is {criterion} (the|) {product} or (the|) {secondProduct}',
          '(the|) {product} or (the|) {secondProduct} which (one|) (is|one is) {criterion}',
          "(the|) {product} or (the|) {secondProduct} which one's {criterion}",
          '(is|are) (the|) {product} {criterion} than (the|) {secondProduct}',
          '(is|are) (the|) {product} (worth it|worth the money|worth the extra) (over|compared to|instead of) (the|) {secondProduct}',
          '(should i|do i) (get|buy|go for) (the|) {product} or (the|) {secondProduct}',
          '(the|) {product} or (the|) {secondProduct}',
          '(the|) {product} (versus|vs) (the|) {secondProduct}',
          "what's {criterion} (the|) {product} or (the|) {secondProduct}",
          'help me (choose|decide) between (the|) {product} and (the|) {secondProduct}',
        ),
      ),
    ],
    [IntentName.WhyRecommended]: around(
      ['', 'um', 'so', 'wait'],
      phrases(
        'why did you (suggest|recommend|pick) (that|it|this|those|that one)',
        'why (that|this|that one|this one)',
        'why do you (recommend|suggest) (it|that|that one)',
        "what's so good about (it|that|that one)",
        'how come you (suggested|recommended|picked) (that|it)',
      ),
    ),
    [IntentName.Recommend]: [
      ...around(
        ['', 'um', 'so'],
        phrases(
          'what goes (well|) with {companion}',
          // the product just talked about
          'what goes (well|) with (it|that|this|them|those)',
          'what (should|can) i (get|have) with (it|that|them)',
          'what (should|could|can) i (get|have|serve) with {companion}',
          'what do (people|others) (buy|get) with {companion}',
          '(anything|something) to go with {companion}',
          'what (would you|do you) (suggest|recommend) with {companion}',
        ),
      ),
      ...around(
        ['', 'um', 'so', 'okay'],
        phrases(
          '(any|some|got any) (suggestions|ideas|tips) for {query}',
          'what (should|could|can) i (make|cook|have|get|buy) for {query}',
          'what do i need (to make|for) {query}',
          '(suggest|recommend) something for {query}',
          "(what's|what is) good for {query}",
          '(give me|i need) (some|) ideas for {query}',
          'something (good|nice|quick|) for {query}',
          '(i want|i need|i fancy|something) something {query}',
          'what (should|could|can) i (make|cook|eat) {query}',
          "(i'm|we're) (having|hosting|throwing|planning) (a|) {query}",
          '(what would you|what do you|what can you) (suggest|recommend) for {query}',
        ),
      ),
      ...around(
        ['', 'um', 'so'],
        phrases(
          'any (suggestions|recommendations|tips)',
          'what would you suggest',
          "what's (good|popular) (here|today|at the moment|)",
          'what do you (recommend|suggest) (today|for me)',
          "what's your (best|top) (product|seller|pick)",
          'surprise me',
        ),
      ),
    ],
    [IntentName.Deals]: around(
      ['', 'um'],
      phrases(
        '(are there|do you have|have you got) any (deals|offers|specials|discounts|sales|coupons) (today|right now|at the moment|)',
        // "on" as in running: "any offers on at the moment"
        '(are there|have you got|got) any (deals|offers|specials|discounts) on (today|at the moment|this week|)',
        'any (deals|offers|specials|discounts|sales|coupons) (today|right now|at the moment|)',
        "what's on (sale|offer|special) (today|this week|right now|)",
        'what (deals|offers|specials|discounts|coupons) (do you have|are there)',
        "(tell|read) me (the|your|today's) (deals|offers|specials)",
        '(is|is there) anything on (sale|offer|special)',
        '(any|are there any|do you give) (discounts|deals|offers) for (first time|new|regular) customers',
        '(do you|do you guys) (do|offer|give|take) (discounts|coupons|promo codes|vouchers)',
        'how can i (save money|get a discount)',
        '(is there|are there) (a|any) (coupon|promo|discount) (code|codes)',
        'any (deals|offers|discounts) (on|for) {query}',
        '(is|are) {query} on (sale|offer|special)',
        '(is there|are there) (a|any) (sale|deal|deals|discount|discounts|offers) (on|for) {query}',
        '(do you|do you guys) (do|offer|give) (student|senior|military|new customer|first order) discounts',
        '(is|is there) anything (cheaper|reduced|discounted) (this week|today|right now|)',
      ),
    ),
    [IntentName.ApplyCoupon]: [
      ...around(
        ['', 'um', 'can you', 'please'],
        phrases(
          '(apply|use|enter|redeem) (the|my|a|) (coupon|promo|discount|) code {code}',
          '(apply|use) (the|my) (coupon|voucher) {code}',
          '(apply|use) (a|my) (coupon|promo code|discount code|voucher)',
        ),
      ),
      ...around(
        ['', 'um', 'oh', 'and'],
        phrases(
          "(i have|i've got|i got) a (coupon|promo|discount|voucher) (code|) {code}",
          '(my|the) (coupon|promo|discount|voucher) code is {code}',
          "(i have|i've got|i got) a (coupon|promo code|discount code|voucher)",
          'can i use a (coupon|promo code|discount code|voucher)',
          "here's my (coupon|promo|discount|voucher) code {code}",
        ),
      ),
      ...phrases("(i want to|i'd like to|can i) (use|apply|redeem) (a|my|this) (coupon|promo|discount|voucher) code {code}"),
    ],
    [IntentName.SaveForLater]: around(
      ['', 'um', 'can you', 'please'],
      phrases(
        `save ${IT} for later`,
        `(add|put|pop) ${IT_SHORT} (to|on) my (list|wish list|wishlist|saved list)`,
        '(add|put|pop|stick) (it|that|the {product}) on my list for later',
        `(keep|remember) ${IT_SHORT} for (later|next time|another time)`,
        "(i'll|i might) (buy|get) (it|that) (later|next week|next time|another time)",
        'save (it|that|this one) (for me|)',
        `move ${IT_SHORT} from my ${cart} to my (list|wish list)`,
      ),
    ),
    [IntentName.ViewSavedList]: around(
      ['', 'um', 'so', 'can you'],
      phrases(
        "(what's|what is) on my (list|wish list|wishlist|saved list|list for later)",
        '(read|show|tell) me my (list|wish list|wishlist|saved items|saved list)',
        'my (wish list|wishlist|saved items|saved list)',
        'what (did i|have i) (save|saved) (for later|)',
        "what's saved for later",
      ),
    ),
    [IntentName.MoveToCart]: around(
      ['', 'um', 'can you'],
      phrases(`move ${IT} (to|into) my ${cart}`, `move ${IT_SHORT} from my (list|wish list) to my ${cart}`, `(add|put) ${IT_SHORT} from my (list|wish list) (to|in) my ${cart}`),
      ['', 'please'],
    ),
    [IntentName.RemoveFromSavedList]: around(
      ['', 'um', 'can you'],
      phrases(`(remove|delete) ${IT} from my (list|wish list|saved list)`, `take ${IT_SHORT} off my (wish list|saved list)`),
      ['', 'please'],
    ),
  };
}

function germanSamples(): Partial<Record<IntentName, string[]>> {
  const ES = '(es|das|den {product}|die {product}|{product}|das {ordinal})';
  const ES_SHORT = '(es|das|{product})';
  return {
    [IntentName.Reviews]: around(
      ['', 'ähm', 'sag mal'],
      phrases(
        `was sagen (die leute|andere|die kunden) (über|zu) ${ES}`,
        'was sagen (die leute|andere|die kunden) (dazu|darüber)',
        `(gibt es|hast du|habt ihr) bewertungen (zu|für) ${ES}`,
        '(lies|lese) mir (eine|ein paar) (bewertung|bewertungen) vor',
        `(ist|sind) ${ES_SHORT} (gut|was gut|empfehlenswert|beliebt)`,
        `wie (ist|sind) ${ES_SHORT} bewertet`,
        `wie viele sterne (hat|haben) ${ES_SHORT}`,
        `was halten (die leute|andere|die kunden) von ${ES}`,
        `(mögen|mag) (die leute|die kunden|man) ${ES_SHORT}`,
        'wie sind die bewertungen',
      ),
    ),
    [IntentName.MoreReviews]: around(
      ['', 'ähm', 'und'],
      phrases(
        '(lies|sag) mir noch (eine|eins) (vor|)',
        'noch eine bewertung',
        '(gibt es|hast du) noch (mehr|weitere) bewertungen',
        'die nächste bewertung',
        'was sagen die anderen',
      ),
      ['', 'bitte'],
    ),
    [IntentName.Compare]: around(
      ['', 'ähm'],
      phrases(
        '(vergleich|vergleiche) (mal|) (den|die|das|) {product} (und|mit) (dem|der|den|) {secondProduct}',
        '(vergleich|vergleiche) (mal|) das {ordinal} (und|mit dem) {secondOrdinal}',
        '(vergleich|vergleiche) (mal|) (den|die|das|) {product}',
        '(vergleich|vergleiche) (mal|) (die ersten beiden|die ersten zwei|die beiden|beide)',
        'was ist der unterschied (zwischen den beiden|zwischen (dem|der|den|) {product} und (dem|der|den|) {secondProduct}|)',
        '(welches|welcher|welche|was) ist {criterion}',
        '(welches|welcher|welche) ist {criterion} (der|die|das|) {product} oder (der|die|das|) {secondProduct}',
        '(der|die|das|) {product} oder (der|die|das|) {secondProduct} (welches|welcher) ist {criterion}',
        '(ist|sind) (der|die|das|) {product} {criterion} als (der|die|das|) {secondProduct}',
        'lohnt sich (der|die|das|) {product} (gegenüber|statt) (dem|der|den|) {secondProduct}',
        '(soll ich|nehme ich) (den|die|das|) {product} oder (den|die|das|) {secondProduct} (nehmen|)',
        '(der|die|das|) {product} oder (der|die|das|) {secondProduct}',
        'was ist {criterion} (der|die|das|) {product} oder (der|die|das|) {secondProduct}',
      ),
    ),
    [IntentName.WhyRecommended]: around(
      ['', 'ähm', 'und'],
      phrases('(warum|wieso) (hast du|haben sie) (das|es|die|den) (vorgeschlagen|empfohlen)', '(warum|wieso) (das|dieses|gerade das)', '(warum|wieso) empfiehlst du (das|es)'),
    ),
    [IntentName.Recommend]: [
      ...around(
        ['', 'ähm', 'sag mal'],
        phrases('was (passt|geht) (gut|) zu {companion}', 'was (kaufen|nehmen) (die leute|andere) (zu|mit) {companion}', 'was kann ich zu {companion} (nehmen|essen|kaufen)'),
      ),
      ...around(
        ['', 'ähm', 'sag mal'],
        phrases(
          'was brauche ich (für|zum) {query}',
          '(hast du|habt ihr) (eine idee|ideen|vorschläge|tipps) (für|zum) {query}',
          'was (soll|kann) ich (zum|für) {query} (kaufen|machen|kochen)',
          '(empfiehl|empfehle) mir (etwas|was) (für|zum) {query}',
          'was ist gut (für|zum) {query}',
          '(ich möchte|ich hätte gern) etwas {query}',
        ),
      ),
      ...around(
        ['', 'ähm'],
        phrases('(hast du|habt ihr) (einen tipp|eine empfehlung|vorschläge)', 'was ist (gerade|heute|) beliebt', 'was würdest du empfehlen', 'überrasch mich'),
      ),
    ],
    [IntentName.Deals]: around(
      ['', 'ähm', 'sag mal', 'und'],
      phrases(
        '(gibt es|habt ihr|haben sie) (gerade|im moment|aktuell|heute|) (angebote|rabatte|gutscheine|aktionen|sonderangebote|rabattcodes|gutscheincodes)',
        '(gibt es|habt ihr|haben sie) (gerade|im moment|) (gutscheine|rabatte|angebote) oder (gutscheine|rabatte|angebote)',
        'was ist (gerade|im moment|heute|) im angebot',
        'welche (angebote|rabatte|aktionen|gutscheine) (gibt es|habt ihr)',
        '(zeig|sag|nenn) mir (die|eure) (angebote|rabatte|aktionen)',
        '(gibt es|habt ihr) rabatt für (neukunden|stammkunden)',
        'wie kann ich (sparen|geld sparen)',
        '(gibt es|habt ihr) (angebote|rabatte) (für|auf) {query}',
        '(ist|sind) {query} im angebot',
      ),
    ),
    [IntentName.ApplyCoupon]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        '(lös|löse) (den|meinen|) (gutschein|code|rabattcode|gutscheincode) {code} ein',
        '(ich habe|ich hab) (einen|den) (gutschein|gutscheincode|rabattcode|code) {code}',
        '(mein|der) (gutschein|rabattcode|gutscheincode|code) (ist|lautet) {code}',
        '(nimm|verwende|benutze) (den|meinen) (gutschein|code|rabattcode|gutscheincode) {code}',
        '(ich habe|ich hab) einen (gutschein|gutscheincode|rabattcode)',
        'kann ich einen (gutschein|rabattcode) einlösen',
        'ich (möchte|will) (einen|meinen) (gutschein|rabattcode|gutscheincode) einlösen',
      ),
      ['', 'bitte'],
    ),
    [IntentName.SaveForLater]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        `(merk|merke) (dir|mir|) ${ES} (für später|vor|)`,
        `(setz|pack|leg) ${ES} auf (meine|die) (merkliste|wunschliste)`,
        `(setz|setze) ${ES} auf meine liste`,
        `(speicher|speichere) ${ES_SHORT} für später`,
        '(das|es) (kaufe|hole) ich später',
      ),
      ['', 'bitte'],
    ),
    [IntentName.ViewSavedList]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        'was steht auf (meiner|der) (merkliste|wunschliste|liste)',
        '(zeig|lies|sag) mir (meine|die) (merkliste|wunschliste)',
        'meine (merkliste|wunschliste)',
        'was habe ich (mir|) (gemerkt|gespeichert)',
      ),
    ),
    [IntentName.MoveToCart]: around(
      ['', 'ähm', 'bitte'],
      phrases(`(leg|pack|verschieb) ${ES} von (meiner|der) (merkliste|wunschliste) in den warenkorb`, `(verschieb|verschiebe) ${ES} in den warenkorb`),
      ['', 'bitte'],
    ),
    [IntentName.RemoveFromSavedList]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        `(nimm|lösch|entferne) ${ES} von (meiner|der) (merkliste|wunschliste)`,
        `(lösch|entferne) ${ES_SHORT} aus (meiner|der) (merkliste|wunschliste)`,
        '(leere|lösche) (meine|die) (merkliste|wunschliste)',
      ),
      ['', 'bitte'],
    ),
  };
}

/** British words on top: "fancy", "on offer", a voucher, the basket. */
const BRITISH: Partial<Record<IntentName, string[]>> = {
  [IntentName.Deals]: around(
    ['', 'um', 'so'],
    phrases(
      '(have you got|got) anything on offer (this week|at the moment|)',
      "what's on offer (this week|at the moment|)",
      '(any|got any) (money off|multibuys|special offers)',
      '(have you got|any) (offers|vouchers) on (at the moment|this week|)',
    ),
  ),
  [IntentName.Recommend]: around(['', 'um', 'so'], phrases('anything nice for {query}', 'what do you fancy for {query}')),
  [IntentName.Compare]: around(['', 'um', 'so'], phrases('which is (the|) better buy (the|) {product} or (the|) {secondProduct}')),
  [IntentName.SaveForLater]: around(['', 'can you', 'could you'], phrases('(pop|stick|bung) (it|that|the {product}) (on|in) my (list|favourites) (for later|)')),
  [IntentName.ViewSavedList]: phrases("what's in my (favourites|saved items)", 'read out my (list|wish list|favourites)'),
  [IntentName.Reviews]: phrases('what do (people|folk) reckon (to|of|about) (it|that|the {product}|{product})', '(is|are) (it|that|the {product}) any cop'),
};

/** Phrases a locale already has for an intent stay its own; only new ones are added here. */
function beyond(locale: LocaleSource, samples: Partial<Record<IntentName, string[]>>): Partial<Record<IntentName, string[]>> {
  const out: Partial<Record<IntentName, string[]>> = {};
  for (const [intent, list] of Object.entries(samples) as Array<[IntentName, string[]]>) {
    const have = new Set((locale.samples[intent] ?? []).map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim()));
    const seen = new Set<string>();
    out[intent] = list.filter((p) => {
      const key = p.toLowerCase();
      if (have.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return out;
}

function joined(...lists: Array<Partial<Record<IntentName, string[]>>>): Partial<Record<IntentName, string[]>> {
  const out: Partial<Record<IntentName, string[]>> = {};
  for (const list of lists) for (const [intent, samples] of Object.entries(list) as Array<[IntentName, string[]]>) out[intent] = [...(out[intent] ?? []), ...samples];
  return out;
}

export const decideFeature: FeatureModel = {
  intents,
  locales: {
    'en-US': { samples: beyond(enUS, englishSamples('cart')) },
    'en-GB': { samples: beyond(enGB, joined(englishSamples('basket'), BRITISH)) },
    'de-DE': { samples: beyond(deDE, germanSamples()) },
  },
};
