/**
 * Bare answers to the shop's own questions, and corrections. A shopper answers "Which one?" with
 * "the second one", "that one" or "the big one", a voice-code question with four digits, and an
 * add they did not mean with "no, the other one". None of these names an action: the question
 * the shop asked last does, so the answer is turned into that request and handled as it.
 */
import { ATTRIBUTE_WORDS } from '../attributes';
import { type Cart, quantityOf, withAdded, withRemoved } from '../cart';
import { TurnContext } from '../context';
import { PAGE_SIZE, type DialogState } from '../dialog-state';
import { criterionOf } from '../compare-criteria';
import { IntentName, KEEPS_THE_QUESTION, SlotName } from '../intents';
import { DEFAULT_OCCASIONS, occasionIn } from '../occasions';
import { wordTable } from '../word-table';
import { hasAttribute, type Product } from '../product';
import { parseOrdinal, parseQuantity } from '../spoken-numbers';
import type { Reply, SlotValue, Turn } from '../turn';
import { PIN_LENGTH, parseSpokenPin } from '../voice-pin';
import { parseSpokenNumberWords } from '../voice-pin-words';
import { isContainerWord, readQuantity } from '../quantity-words';
import { eachTo, keepOnly, updateCart } from './cart';
import { findCartLine, productsNamedIn } from './cart-lines';
import { loadCart, priceLines } from './cart-store';
import { findProduct } from './products';
import { substanceAsked } from './product-questions';
import { readList } from './browse';
import { attributeFromWords, budgetAsLimit, NUMBER_SOUNDALIKES, parseSpokenQuery } from '../search/constraints';
import { REASON_AFTER } from '../search/carrier';
import { phoneticKey } from '../search/phonetic';
import { languageOf } from '../search/constraint-words';
import { answeredAs } from './navigation';
import { intentByWords } from './words-guess';
import { clearNo, clearYes, meaningOf } from './understand';

/** How the shop handles a request it has been turned into: the shop's own router. */
export type Dispatch = (ctx: TurnContext) => Promise<Reply>;

/** Requests after which a bare answer corrects what was just added. */
const ADDS = new Set<string>([IntentName.AddToCart, IntentName.AddMore]);

/**
 * Words that pick from the list by comparison rather than by name, as a shopper hears them (not
 * said by the shop, so not in the reply catalogues).
 */
const RELATIVE: Readonly<Record<'en' | 'de', Readonly<Record<string, Relative>>>> = {
  en: wordTable({
    other: 'other',
    others: 'other',
    another: 'other',
    different: 'other',
    wrong: 'other',
    big: 'big',
    bigger: 'big',
    biggest: 'big',
    large: 'big',
    larger: 'big',
    largest: 'big',
    family: 'big',
    small: 'small',
    smaller: 'small',
    smallest: 'small',
    little: 'small',
    cheap: 'cheap',
    cheaper: 'cheap',
    cheapest: 'cheap',
    inexpensive: 'cheap',
    expensive: 'dear',
    dearer: 'dear',
    pricier: 'dear',
  }),
  de: wordTable({
    andere: 'other',
    anderen: 'other',
    anderes: 'other',
    andern: 'other',
    falsche: 'other',
    falschen: 'other',
    große: 'big',
    großen: 'big',
    größere: 'big',
    größeren: 'big',
    groß: 'big',
    kleine: 'small',
    kleinen: 'small',
    kleinere: 'small',
    kleineren: 'small',
    klein: 'small',
    günstige: 'cheap',
    günstigere: 'cheap',
    günstigste: 'cheap',
    billige: 'cheap',
    billigere: 'cheap',
    teure: 'dear',
    teurere: 'dear',
  }),
};
type Relative = 'other' | 'big' | 'small' | 'cheap' | 'dear';

/**
 * Words that make a bare utterance a sentence to someone rather than the name of something to
 * buy ("the price is right", "this thing never understands me"): TV in the background, or a
 * remark the shop should not search for.
 */
const NOT_A_NAME: Readonly<Record<'en' | 'de', ReadonlySet<string>>> = {
  en: new Set(
    (
      "i i'm im i've i'd you you're your me my mine we we're us our he she they it it's is are am was were be been being do does did don't " +
      "doesn't can can't could would will won't should have has had not never what who why how where when this that there here come " +
      'go going gonna get got say said tell think know right wrong stupid hate love understand understands thing ' +
      "what's where's who's how's that's there's let's can't won't isn't aren't didn't"
    ).split(' '),
  ),
  de: new Set(
    (
      'ich du wir ihr er mich mir dich dir uns euch ist sind bin bist war waren hast habe hat haben kann kannst will willst soll nicht nie ' +
      'wer wie wo warum wann weiß versteht verstehe doof blöd dumm'
    ).split(' '),
  ),
};

function language(ctx: TurnContext): 'en' | 'de' {
  return languageOf(ctx.turn.locale);
}

/** A new request on the same dialog state, as if the shopper had said it whole. */
export function redirect(ctx: TurnContext, intent: IntentName, slots: Turn['slots']): TurnContext {
  const turn: Turn = { ...ctx.turn, intent, slots };
  return new TurnContext(turn, ctx.deps, ctx.state, { deadline: ctx.deadline, gate: ctx.gate, log: ctx.log });
}

async function handleAs(ctx: TurnContext, dispatch: Dispatch, intent: IntentName, slots: Turn['slots']): Promise<Reply> {
  answeredAs(ctx, intent, slots);
  return dispatch(redirect(ctx, intent, slots));
}

/** The products on the page just read, in order. */
async function pageOf(ctx: TurnContext): Promise<Product[]> {
  const list = ctx.state.list;
  if (!list) return [];
  const skus = list.skus.slice(list.offset, list.offset + PAGE_SIZE);
  const products = await ctx.deps.catalog.getProducts(skus);
  return [...products].sort((a, b) => skus.indexOf(a.sku) - skus.indexOf(b.sku));
}

/**
 * "the lemon one" after a page of dish soaps none of which is lemon: the one product further down
 * the same search list that the words name; none when no or several products there have them.
 */
async function furtherDown(ctx: TurnContext, said: string): Promise<Product | undefined> {
  const list = ctx.state.list;
  if (list?.kind !== 'search') return undefined;
  const page = list.skus.slice(list.offset, list.offset + PAGE_SIZE);
  const rest = await ctx.deps.catalog.getProducts(list.skus.filter((sku) => !page.includes(sku)));
  const picked = pickByWords(ctx, rest, said);
  // only a name's word counts here, never "the cheap one" among products nobody heard
  return picked && !said.split(/\s+/).some((w) => RELATIVE[language(ctx)][w.toLowerCase()]) ? picked : undefined;
}

/** Words said around a pick that name nothing ("the organic ones please"). */
const PICK_FILLER = new Set('the one ones please thanks kind type sort version der die das den bitte danke sorte'.split(' '));

/** Words said around a relative pick that name nothing ("i'll take the cheap one then please"). */
const AROUND_A_PICK = new Set(
  "i i'll i'd i'm we we'll take want get give grab have me us please just go with for that this those these is it its it's one ones brand pack size version option of them you've you got has do can and to like okay ok then yeah yes um uh oh well actually so how about what which no not nah instead rather sorry wait mean meant said the a an let's lets try buy pick choose prefer lbs pound pounds ounce ounces roll rolls count liter litre gallon".split(
    ' ',
  ),
);

function pickByWords(ctx: TurnContext, page: readonly Product[], said: string, notSku?: string): Product | undefined {
  // German names the catalog's English words ("die bio" is the organic one)
  const words = (language(ctx) === 'de' ? ctx.msgs.catalogQuery(said) : said)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !PICK_FILLER.has(w));
  // "no the other one", "i'll take the big thirty pound bag": a short answer; "you keep getting everything wrong …" picks nothing
  // "that's the wrong one" swaps only what was just added
  const afterAdd = ctx.state.heard !== undefined && ADDS.has(ctx.state.heard.intent);
  // (never "other people", "a different question": a relative word says which one only when nothing it could describe follows)
  const describesOther = (i: number) =>
    words[i + 1] !== undefined && /^(?:people|folks|customers|shoppers|buyers|person|question|thing|things|stuff|time|day|store|shop)$/.test(words[i + 1]);
  // (never "the cheapest bin bags you've got" after paper towels: a word no product on the page has names another thing)
  const pageText = page.map((p) => `${p.name} ${p.brand} ${p.size} ${p.category}`.toLowerCase()).join(' ');
  const namesAnother = words.some(
    (w) =>
      w.length >= 3 && !RELATIVE[language(ctx)][w] && !AROUND_A_PICK.has(w) && !isContainerWord(w) && readQuantity(w).kind !== 'count' && !pageText.includes(w.replace(/s$/, '')),
  );
  const relative =
    words.length <= 7 && !words.includes('you') && !namesAnother && (afterAdd || !words.includes('wrong'))
      ? words.map((w, i) => (describesOther(i) ? undefined : RELATIVE[language(ctx)][w])).find(Boolean)
      : undefined;
  if (relative === 'other') return page.find((p) => p.sku !== (notSku ?? ctx.state.focusSku)) ?? undefined;
  if (relative) {
    const byPrice = [...page].sort((a, b) => a.price - b.price);
    return relative === 'big' || relative === 'dear' ? byPrice.at(-1) : byPrice[0];
  }
  // a word of the name, brand or size that only one product on the page has
  const hits = page.filter((p) => words.length > 0 && words.every((w) => `${p.name} ${p.brand} ${p.size}`.toLowerCase().includes(w)));
  return hits.length === 1 ? hits[0] : undefined;
}

function productSlot(p: Product): SlotValue {
  return { value: p.name, id: p.sku };
}

/** The slot values to complete the request that asked "Which one?" with. */
function askedSlots(state: DialogState): Turn['slots'] {
  const quantity = state.heard?.slots?.[SlotName.Quantity];
  return quantity ? { [SlotName.Quantity]: quantity } : {};
}

/**
 * A bare answer: "the second one", "number two", "that one", "the big one", "three", "bananas",
 * four digits, or a correction. `awaiting` is what the last reply asked.
 */
export async function select(ctx: TurnContext, awaiting: DialogState['awaiting'], dispatch: Dispatch): Promise<Reply> {
  const { state, msgs } = ctx;
  const ordinalSlot = ctx.slot(SlotName.Ordinal);
  // an "ordinal" that is no position is a name the open slot took ("sour dough bread")
  const ordinal = ordinalSlot && parseOrdinal(ordinalSlot.id ?? ordinalSlot.value, PAGE_SIZE) !== undefined ? ordinalSlot : undefined;
  const pinSlot = ctx.slot(SlotName.Pin);
  // Digits heard as a code when none was asked for are a bare number ("three", "one two three");
  // a "code" that is words is what the shopper named (a stand-in NLU may hear any words there).
  const pinDigits = pinSlot ? (/^[\d\s]+$/.test(pinSlot.value) ? pinSlot.value.replace(/\s/g, '') : parseSpokenNumberWords(pinSlot.value.toLowerCase())) : undefined;
  const pinWords = pinSlot && pinDigits === undefined ? pinSlot : undefined;
  const number = ctx.slot(SlotName.Quantity) ?? (pinDigits ? { value: pinDigits, id: pinDigits } : undefined);
  const name = ctx.heardSlot(SlotName.Product) ?? pinWords ?? (ordinalSlot && !ordinal ? ordinalSlot : undefined);

  // The shop asked for the voice code: digits are the code, anything else asks again.
  if (awaiting === 'pin' && state.pending) {
    const digits = fourDigits(number?.id ?? number?.value ?? name?.value);
    if (digits) {
      state.awaiting = 'pin';
      return handleAs(ctx, dispatch, IntentName.VoicePin, { [SlotName.Pin]: { value: digits } });
    }
    state.awaiting = 'pin';
    // "what code, i never set one up": what the code is and where it is set, and the question stays
    const words = ctx.turn.utterance ?? name?.value;
    if (words && meaningOf(heardRight(words.toLowerCase()), language(ctx))?.intent === IntentName.VoiceCodeInfo) {
      return ctx.ask(`${msgs.voiceCodeInfo(ctx.price(ctx.safeguards.pinThreshold), ctx.price(ctx.safeguards.dailyLimit))} ${msgs.voicePinReprompt}`, msgs.voicePinReprompt);
    }
    return ctx.ask(msgs.voicePinUnclear, msgs.voicePinReprompt);
  }
  // A yes/no question answered in the shopper's own words ("yes please place the order", "ja bitte
  // bestellen", "no not now"): only a clear yes is a yes; the question stays open for the flow.
  // the whole utterance where the platform sends it; else the words the slots took, in order
  const freeWords = ctx.turn.utterance ?? (name && !name.id ? [name.value, ordinalSlot && ordinalSlot !== name ? ordinalSlot.value : ''].join(' ').trim() : undefined);
  // A question about the shop or the code at the purchase question ("wait which card is this going
  // on", "will i need my code"): answered, and the question stays open.
  const asked = freeWords && awaiting === 'purchase' && state.pending ? meaningOf(heardRight(freeWords.toLowerCase()), language(ctx)) : undefined;
  if (asked && KEEPS_THE_QUESTION.has(asked.intent)) {
    state.awaiting = 'purchase';
    return handleAs(ctx, dispatch, asked.intent, asked.slots);
  }
  if (freeWords && (awaiting === 'purchase' || awaiting === 'cancel-order' || awaiting === 'add')) {
    const lang = language(ctx);
    const heard = heardRight(freeWords.toLowerCase());
    const answer = clearYes(heard, lang, awaiting) ? IntentName.Yes : awaiting !== 'add' && clearNo(heard, lang) ? IntentName.No : undefined;
    if (answer && (awaiting !== 'purchase' || state.pending)) {
      ctx.log.info('free words read as an answer', { awaiting, answer });
      state.awaiting = awaiting;
      return handleAs(ctx, dispatch, answer, {});
    }
  }
  // A purchase question is answered by yes or no; a bare name or number is neither.
  if (awaiting === 'purchase' && state.pending) {
    state.awaiting = 'purchase';
    return ctx.ask(msgs.placeOrderAgain, msgs.placeOrderAgain);
  }

  // a code said as a code ("my code is …") with no code question open: nothing waits for it
  if (pinDigits && pinDigits.length === 4 && ctx.turn.intent === IntentName.VoicePin) return ctx.ask(msgs.nothingToConfirm, msgs.searchEmptyQuery);
  // digits said one by one, more than any quantity: a code nobody asked for
  if (pinDigits && pinDigits.length >= 3) return ctx.ask(msgs.codeNotAsked, msgs.searchEmptyQuery);

  const heard = state.heard;
  const page = await pageOf(ctx);
  // a position said inside free words ("oops i meant the third one") counts as the position
  const spokenPosition = !ordinal && name ? positionIn(ctx, name.value) : undefined;
  const position = ordinal ? parseOrdinal(ordinal.id ?? ordinal.value, page.length) : spokenPosition === 'last' ? page.length || undefined : spokenPosition;
  const count = number ? parseQuantity(number.id ?? number.value) : undefined;
  const justAdded = heard && ADDS.has(heard.intent) && !heard.askedWhich && state.focusSku !== undefined;

  // "i meant the grape juice": a name meant instead, not a position or "the other one"
  const meantWords = name && !name.id ? MEANT[language(ctx)].exec(withEatenOne(ctx, name.value))?.[1] : undefined;
  // ("i meant the third", its "one" taken by the sample, is a position too)
  const meant =
    meantWords && positionIn(ctx, meantWords) === undefined && positionIn(ctx, `the ${meantWords} one`) === undefined && !RELATIVE[language(ctx)][meantWords.split(' ')[0]]
      ? meantWords
      : undefined;
  // "i said two pizzas not one" corrects a quantity, not the product
  const countCorrected = meant ? readQuantity(meant.split(' ')[0]).kind === 'count' || /\s(?:not|instead of)\s+\S+$/.test(meant) : false;
  // "oops i meant one" right after "add three": the quantity meant
  // ("i meant {product}" heard with "two" as the name; never "two of each", which is every line)
  const bareCount = name && !name.id && !/\b(?:each|both|all|everything|jeweils|beide)\b/.test(name.value.toLowerCase());
  const meantCount = justAdded && (meant || bareCount) ? readQuantity(meant ?? name!.value) : undefined;
  if (meantCount?.kind === 'count') {
    return handleAs(ctx, dispatch, IntentName.SetQuantity, { [SlotName.Quantity]: { value: String(meantCount.n), id: String(meantCount.n) } });
  }
  // right after an add: swap for the product named
  if (meant && justAdded && !countCorrected) {
    const product = await findProduct(ctx, meant);
    if (product && product.sku !== state.focusSku) return swap(ctx, dispatch, product);
  }
  // "no wait i meant tissues" after a list, nothing just added: a search for what was meant
  if (meant && !justAdded && state.list?.kind === 'search' && !pickByWords(ctx, page, meant)) {
    return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: meant } });
  }
  // "no, the other one" / "no, the second one" right after an add: swap what was added.
  if (justAdded && (position !== undefined || name)) {
    const chosen = position !== undefined ? page[position - 1] : name ? pickByWords(ctx, page, name.value) : undefined;
    if (chosen === undefined && position !== undefined && page.length > 0) return ctx.ask(msgs.notInList(position, page.length), msgs.which);
    if (chosen && chosen.sku !== state.focusSku) return swap(ctx, dispatch, chosen);
  }

  // "which one's the cheapest", "which is best rated" after a search: asked over everything it found
  const askedCriterion = name && !name.id && state.list?.kind === 'search' && ASKS.test(name.value.toLowerCase().trim()) ? criterionOf(name.value, ctx.turn.locale) : undefined;
  if (askedCriterion) return handleAs(ctx, dispatch, IntentName.Compare, { [SlotName.Criterion]: { value: askedCriterion, id: askedCriterion } });

  // Which product the answer names, on the page just read.
  let chosen: Product | undefined;
  if (position !== undefined) chosen = page[position - 1];
  else if (count !== undefined && !justAdded && page.length > 0 && (heard?.askedWhich || awaiting === 'add') && count >= 1 && count <= page.length) chosen = page[count - 1];
  else if (name && page.length > 0 && spokenPosition === undefined) chosen = pickByWords(ctx, page, name.value) ?? (await furtherDown(ctx, name.value));
  const outOfRange = (position !== undefined && !chosen) || undefined;
  if (outOfRange && page.length > 0) return ctx.ask(msgs.notInList(position!, page.length), msgs.which);

  const nothingNamed = !ordinal && !name && !number;
  // "Which one?" asked for an add, a removal, details…: complete that request.
  if (heard?.askedWhich && (chosen || nothingNamed)) {
    const target = heard.intent as IntentName;
    const slots = chosen ? { ...askedSlots(state), [SlotName.Product]: productSlot(chosen) } : askedSlots(state);
    return handleAs(ctx, dispatch, target, slots);
  }
  // After "Add one, or hear more?": the answer is the one to add — unless it asks ("which one's the cheapest").
  const asks = name !== undefined && ASKS.test(name.value.toLowerCase().trim());
  if (awaiting === 'add' && !asks && (chosen || (nothingNamed && state.focusSku))) {
    return handleAs(ctx, dispatch, IntentName.AddToCart, chosen ? { [SlotName.Product]: productSlot(chosen) } : {});
  }
  if (chosen) return handleAs(ctx, dispatch, IntentName.ProductDetails, { [SlotName.Product]: productSlot(chosen) });
  if (nothingNamed) {
    if (state.focusSku) return handleAs(ctx, dispatch, IntentName.ProductDetails, {});
    return ctx.ask(msgs.which, msgs.which);
  }
  // A number after an add is the new quantity ("three" after "Added 1 butter").
  if (count !== undefined && justAdded) return handleAs(ctx, dispatch, IntentName.SetQuantity, { [SlotName.Quantity]: number! });
  if (count !== undefined && count > ctx.policy.maxQuantity) return ctx.ask(msgs.codeNotAsked, msgs.searchEmptyQuery);
  if (count !== undefined) return ctx.ask(msgs.numberWithoutContext(count), msgs.searchEmptyQuery);
  if (position !== undefined) return ctx.ask(msgs.noListToChoose, msgs.searchEmptyQuery);
  // A name on its own, with no list to choose from: what the shopper wants to find.
  if (name) return bareName(ctx, dispatch, name);
  return ctx.ask(msgs.fallback, msgs.fallbackReprompt);
}

/**
 * A name said inside a question ("which one's the cheapest", "could you tell me how large the bag
 * of jasmine rice is"): asked about, never added.
 */
const ASKS =
  /^(?:which|what|what's|whats|which's|is|are|how|welche[rsn]?|was|ist|sind|wie)\b|\b(?:go back|back|going back) to\b|\b(?:tell me|do you know|i wonder|wondering|let me know)\b.*\b(?:how|what|if|whether|which)\b|\bhow (?:big|large|much|many|heavy|long|old)\b|\bwhat size\b|\bwie (?:groß|viel|viele|schwer)\b/;

/** "i meant the grape juice", "ich meinte den Apfelsaft": the name meant instead of what was just added. */
const MEANT: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /^(?:(?:oh|no|wait|sorry|oops|actually|um)\s+)*(?:i meant|i mean|i wanted|i said|i asked for|make that|not that)\s+(?:the\s+|some\s+|a\s+)?(.+?)(?:\s+(?:instead|please|sorry))?$/,
  de: /^(?:(?:oh|nein|warte|sorry|entschuldigung)\s+)*(?:ich meinte|ich meine|ich wollte|ich sagte)\s+(?:den\s+|die\s+|das\s+)?(.+?)(?:\s+(?:bitte|stattdessen))?$/,
};

const POLITE_EN =
  "(?:(?:please|um|uh|okay|ok|so|and|also|yeah|yes|sure|(?:that|those|it|they) sounds? (?:good|great|lovely|nice|perfect)|sounds good|sounds great|sounds lovely|sounds nice|perfect|lovely|great|nice|oh|wait|hmm|well|right|actually|hey|yo|dear|honey|love|alright|nah|just|i'd like to|i want to|i wanna|could you please|can you please|can you|could you|can we|could we|can i|could i|would you)\\s+)*";
/**
 * Requests the model heard only as free words because the name in them is not one it lists (a
 * misheard "ginger ail", a name the Dialogflow entity lacks): the carrier phrase says what to do,
 * the rest is the name. Heard words, per language; a match is handled as if the model had found it.
 */
const CARRIERS: Readonly<Record<'en' | 'de', ReadonlyArray<{ intent: IntentName; pattern: RegExp }>>> = {
  en: [
    {
      intent: IntentName.AddToCart,
      pattern: new RegExp(
        `^${POLITE_EN}(?:add|put|throw|toss|stick|pop|at)(?:\\s+in)?\\s+(?:(?:to|in|into|on)\\s+(?:my|the|our)\\s+(?:cart|basket|trolley)\\s+)?(?:some\\s+|the\\s+|(?:a|an)\\s+(?!(?:bag|box|jar|can|tin|pack|packet|bottle|carton|gallon|loaf|bunch|dozen|couple|thing)\\b))?(.+?)(?:\\s+(?:in|into|to|on)(?:\\s+(?:my|the|our)\\s+(?:cart|basket|trolley))?)?(?:\\s+(?:please|thanks|for me|too|as well))?$`,
      ),
    },
    {
      intent: IntentName.AddToCart,
      pattern:
        /^(?:(?:oh|um|uh|so|well)\s+)*(?:(?:i'?m|we'?re|i am|we are)\s+(?:all\s+|completely\s+|totally\s+|nearly\s+|almost\s+)?(?:out of|low on|running low on)\s+)?(?:the\s+)?(.+?)\s+(?:so\s+)?(?:can|could|would|will) you\s+(?:please\s+)?(?:add|get|put in|order|grab)\s+(?:some|one|more|it|them|a \w+)(?:\s+in)?(?:\s+(?:please|for me))?$/,
    },
    {
      intent: IntentName.AddToCart,
      pattern:
        /^(?:(?:okay|ok|right|so|and|um|uh)\s+)*(?:next up|next on (?:the|my) list|next (?=is|we need|i need)|and then|after that)\s*(?:is\s+|we need\s+|i need\s+)?(?:some\s+|the\s+|a\s+|an\s+)?(.+?)(?:\s+please)?$/,
    },
    {
      intent: IntentName.AddToCart,
      pattern: new RegExp(
        `^${POLITE_EN}(?:i'll|i will|i'd|let me|i wanna|we'll)\\s+(?:take|have|get|grab|try|go with|go for|pick|choose)\\s+(?:the\\s+)?(.+?)(?:\\s+ones?)?(?:\\s+(?:please|then|thanks))?$`,
      ),
    },
    {
      intent: IntentName.AddToCart,
      pattern: new RegExp(
        `^${POLITE_EN}(?:get(?!\\s+rid\\b)|have|grab|fetch)\\s+(?:me\\s+|us\\s+)?(?:some\\s+|a\\s+|an\\s+|the\\s+)?(.+?)(?:\\s+(?:please|pleease|pleeease|thanks|would you|will you|could you))?$`,
      ),
    },
    // an add said after a remark to someone else ("hang on the pot's boiling over um yeah add the rice")
    {
      intent: IntentName.AddToCart,
      pattern:
        /\b(?:um|uh|yeah|yes|okay|ok|so|anyway|right|alright|sorry)\s+(?:yeah\s+|so\s+|um\s+|uh\s+|please\s+)*(?:add|put in|throw in|pop in)\s+(?:the\s+|some\s+|a\s+|an\s+)?(.+?)(?:\s+(?:please|thanks|to (?:my|the) (?:cart|basket)))?$/,
    },
    {
      intent: IntentName.RemoveFromCart,
      pattern: new RegExp(
        `^${POLITE_EN}(?:actually\\s+)?(?:remove|delete|drop|take out|get rid of)\\s+(?:the\\s+)?(.+?)(?:\\s+(?:from|out of)\\s+(?:my|the)\\s+(?:cart|basket))?(?:\\s+(?:would you|will you|could you|please))?$`,
      ),
    },
    { intent: IntentName.RemoveFromCart, pattern: new RegExp(`^${POLITE_EN}take\\s+(?:the\\s+)?(.+?)\\s+(?:out|off)(?:\\s+(?:of|from)\\s+(?:my|the)\\s+(?:cart|basket))?$`) },
    {
      intent: IntentName.RemoveFromCart,
      pattern:
        /^(?:(?:actually|oh|wait|um|so|no|hmm)\s+)*(?:i|we)\s+(?:don't|do not|no longer|dont)\s+(?:want|need)\s+(?:the\s+|those\s+|that\s+|any\s+)?(.+?)(?:\s+(?:anymore|any more|after all|now|then|please))*$/,
    },
    {
      intent: IntentName.RemoveFromCart,
      pattern: /^(?:(?:no|oh|wait|um)\s+)*not\s+the\s+(.+?)(?:\s+one)?\s+(?:get rid of|remove|take out|delete|drop|lose)\s+(?:that|it|this|them)(?:\s+please)?$/,
    },
    // "does the golden valley black tea come with a hundred bags": its size, from its details
    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?:(?:and|so|um|uh)\s+)*(?:does|do|is|are)\s+(?:the\s+)?(.+?)\s+(?:come (?:with|in)|have|contain|hold)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,2}(?:bags?|rolls?|pods?|count|pieces?|sheets?|tablets?|caplets?|capsules?|ounces?|oz|packs?|cans?|bottles?|wipes?|slices?|eggs?|sticks?|diapers?|liters?|litres?|gallons?|pounds?|lbs?)(?:\s+(?:in it|in there|in each|in a (?:box|pack|bag)))?$/,
    },
    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?:(?:and|so|um|uh)\s+)*how many(?: \w+){0,2} (?:(?:come|comes|are|is) )?in (?:the|a|each|one)\s+(?!(?:bag|box|pack|packet|bottle|jar|tub|can|tin|carton|loaf|container|package)$)(.+?)(?:\s+(?:pack|packet|box|bag))?$/,
    },

    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?!(?:(?:uh|um|and|so|okay)\s+)*how\b)(?:(?:uh|um|and|so|okay)\s+)*(?:the\s+)?(.+?)\s+how much (?:(?:is|are|does|do|did)\s+)?(?:it|that|they|those|this)(?:\s+costs?)?$|^(?:(?:and|so|um|uh)\s+)*what size (?:\w+\s+)?(?:is|are) (?:the\s+)?(.+?)$|^(?:(?:and|so|um|uh)\s+)*how many (?:ounces|oz|grams|pounds|lbs|liters|litres|pieces|bags|rolls|sheets|slices)\s+(?:is|are|in|does|do)\s+(?:it|that|this|they|those|there)\b/,
    },
    {
      intent: IntentName.ProductDetails,
      pattern:
        /\btell me how (?:big|large|heavy|much|many \w+)\s+(?:the\s+|that\s+|a\s+)?(?:(?:bag|box|pack|packet|bottle|jar|tub|can|carton|loaf)\s+of\s+)?(?:the\s+)?(.+?)\s+(?:is|are|costs?|weighs?|comes? in)(?:\s+please)?$/,
    },
    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?:(?:and|so|um|uh|okay|ok)\s+)*how (?:big|large|heavy|much|many)(?: \w+)? (?:is|are|comes?|do you get|'s)\s+(?:in\s+)?(?:the|that|this|a|one|each)\s+(?:bag|box|pack|packet|bottle|jar|tub|can|tin|carton|loaf|container|package)(?:\s+(?:of|with)\s+(?:the\s+)?(.+?))?(?:\s+(?:please|then))?$/,
    },
    {
      intent: IntentName.ProductDetails,
      pattern: new RegExp(
        `^${POLITE_EN}(?:how much (?:is|are|does|do|was|were|did|for|would|will|might)|how dear (?:is|are)|what (?:does|do|did)|what's the price (?:of|on)|price of|tell me about|what brand (?:is|are))\\s+(?:the\\s+|a\\s+)?(.+?)(?:\\s+(?:cost|be|come to|set me back))?(?:\\s+(?:these days|nowadays|today|at the moment|right now|now))?$`,
      ),
    },
  ],
  de: [
    {
      intent: IntentName.AddToCart,
      pattern:
        /^(?:bitte\s+)?(?:leg|pack|tu|füg|füge)\s+(?:mir\s+|uns\s+)?(?:mal\s+|bitte\s+|noch\s+)*(?:den\s+|die\s+|das\s+)?(.+?)\s+(?:mit\s+)?(?:in den warenkorb|in den korb|zum warenkorb hinzu|hinzu|rein|dazu|hinein)(?:\s+bitte)?$/,
    },
    {
      // "die bio bananen bitte in den korb": the thing, then where it goes, with no verb
      intent: IntentName.AddToCart,
      pattern:
        /^(?:(?:und|dann|also)\s+)?(?:den\s+|die\s+|das\s+|einen\s+|eine\s+|ein\s+)?(.+?)\s+(?:bitte\s+|noch\s+|mal\s+)*(?:in den (?:waren)?korb|in meinen (?:waren)?korb|in den einkaufswagen|rein)(?:\s+bitte)?$/,
    },
    {
      intent: IntentName.AddToCart,
      pattern:
        /^(?:und|außerdem|dazu|plus|noch)\s+(?:noch\s+)?(?:(?:den|die|das|einen|eine|ein)\s+(?!(?:war|wars|war's|ist|wäre|reicht|wär)\b))?(?!(?:das|die|den|es|dann|danke|tschüss|habt|haben|hast|hat|gibt|gibts|gibt's|führt|verkauft|ist|sind|was|wie|wo|wann|welche\w*|kann|kannst|könnt|können|ich|wir|du|ihr)\b)(.+?)(?:\s+(?:bitte|dazu|auch))?$/,
    },
    {
      intent: IntentName.RemoveFromCart,
      pattern: /^(?:bitte\s+)?(?:entferne|entfern|lösch|lösche)\s+(?:den\s+|die\s+|das\s+)?(.+?)(?:\s+(?:wieder\s+)?(?:raus|heraus|aus dem warenkorb))?$/,
    },
    { intent: IntentName.RemoveFromCart, pattern: /^(?:bitte\s+)?nimm\s+(?:den\s+|die\s+|das\s+)?(.+?)\s+(?:wieder\s+)?(?:raus|heraus|weg|aus dem warenkorb)(?:\s+bitte)?$/ },
    // "nimm die Bio": take that one (without "raus", "nimm" picks)
    {
      intent: IntentName.AddToCart,
      pattern: /^(?:(?:dann|ok|okay|gut|also)\s+)*(?:bitte\s+)?(?:nimm|ich nehme|ich nehm|nehm ich|nehme ich)\s+(?:den\s+|die\s+|das\s+)?(.+?)(?:\s+bitte)?$/,
    },
    { intent: IntentName.ProductDetails, pattern: /^(?:was kostet|was kosten|wie teuer ist|wie teuer sind|wie viel kostet)\s+(?:der\s+|die\s+|das\s+)?(.+)$/ },
    // "wie viele Kapseln sind da drin", "wie groß ist die Packung": the one talked about, from its details
    {
      intent: IntentName.ProductDetails,
      pattern:
        /^(?:(?:und|also|ähm|sag mal)\s+)*wie (?:viel|viele|groß|schwer)\s+(?:\p{L}+\s+)?(?:ist|sind|hat|haben)\s+(?:da|darin|drin|die packung|das|es|die flasche|die dose)(?:\s+(?:drin|denn|so|eigentlich))*()$/u,
    },
  ],
};

/** Words of a shopper fed up with the shop ("this stupid thing never understands me"): an apology and a person, not a search. */
const COMPLAINT: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:stupid|useless|dumb|hate (?:this|you|it)|terrible|awful|rubbish|annoying|frustrat\w*|(?:never|doesn'?t|don'?t|can'?t) understands?(?: me)?|(?:not|isn'?t|doesn'?t) work(?:ing)?|waste of (?:my )?time|you'?re (?:no|not) help|taking (?:forever|ages|so long)|(?:keep|keeps|always) (?:getting|get) (?:it|that|this|things|everything) wrong|got (?:it|that) wrong again|(?:so|too|really) slow|this is (?:ridiculous|hopeless|a joke))\b/,
  de: /\b(?:blöd\w*|dumm\w*|doof\w*|nervig|nutzlos|unbrauchbar|zu nichts zu gebrauchen|taugt nichts|nichts kapiert|kapierst (?:du )?(?:nichts|nix|gar nichts)|versteh\w* (?:mich )?(?:nie|nicht)|funktioniert (?:nie|nicht)|schrecklich|zum verzweifeln|bringt nichts)\b/,
};

/** Whether the words complain about the shop or an order ("i want to complain about my delivery driver"). */
export function isComplaint(said: string, lang: 'en' | 'de'): boolean {
  const words = said.toLowerCase();
  return COMPLAINT[lang].test(words) || EXPERIENCE_COMPLAINT[lang].test(words);
}

/** Something that went wrong with an order or a delivery ("the driver was really rude", "my eggs arrived broken"). */
const EXPERIENCE_COMPLAINT: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:rude|late|damaged|broken|smashed|crushed|leaking|leaked|spoiled|spoilt|rotten|expired|missing|never (?:came|arrived|showed up)|wrong (?:item|items|product|order|thing|size)|got (?:my|the|our) order wrong|(?:order|delivery) was wrong|soaked|soaking wet|got wet|left (?:it )?out in the rain|ruined|not what i ordered|unhappy|not happy|disappointed|complain|complaint|bruised|mouldy|moldy|stale|squashed|melted|soggy|torn|dented|not fresh|gone off|went off)\b/,
  de: /\b(?:unfreundlich|unhöflich|zu spät|verspätet|beschädigt|kaputt|zerbrochen|ausgelaufen|verdorben|abgelaufen|fehlt(?! (?:mir |uns )?(?:noch|bis))|fehlte|falsche(?:n)? (?:artikel|ware|produkt)|beschwer\w*|reklamation|enttäuscht)\b/,
};

/** "can you buy me a puppy", "mommy can we get a dollhouse": the thing asked for, to look for (never to add). */
const ASKED_FOR: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:can|could|will|would)\s+(?:you|we|i|u|ya)\s+(?:please\s+)?(?:buy|get|order|have|find|bring)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|some\s+|the\s+|another\s+)?([a-z][a-z' -]*?)(?:\s+please)?$|^(?:i|we)\s+(?:want|need|wanna)\s+(?:a|an|some)\s+([a-z][a-z' -]*?)(?:\s+please)?$/,
  de: /\b(?:kannst du|können wir|kann ich|könnt ihr)\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:einen|eine|ein|den|die|das)\s+(\p{L}+)\s+(?:kaufen|bestellen|holen|haben)\b/u,
};

/**
 * A search said inside a sentence the models did not place ("so like do you sell cat food",
 * "we're almost out of dish soap what have you got", "ich brauch Windeln"): the thing to look for.
 */
const SEARCH_CARRIERS: Readonly<Record<'en' | 'de', readonly RegExp[]>> = {
  en: [
    /^(?:(?:so|like|um|uh|hey|hi|okay|ok|well|and|also|oh|just)\s+)*(?:do|d'you|have|did)\s+(?:you|ya|u)\s+(?:guys\s+|all\s+|folks\s+)?(?:do|sell|have|carry|stock|got|get|keep)\s+(?:any\s+|some\s+|the\s+)?(.+?)(?:\s+(?:at all|by any chance|please|here|there|in stock))?$/,
    // "we ran out of dish soap", "i've run out of foil"
    /^(?:(?:so|um|uh|okay|ok|well|oh|and)\s+)*(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|completely\s+|totally\s+)?(?:ran|run)\s+out\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:too|as well|also|again))?$/,
    // "just tell me if you've got vanilla extract"
    /\b(?:tell me|let me know|see|check) (?:if|whether) (?:you|ya)(?:'ve|\s+have)?\s+(?:guys\s+)?(?:got|have|carry|sell|stock)\s+(?:any\s+|some\s+|the\s+)?(.+?)(?:\s+(?:please|at all|in stock))?$/,
    // "any chamomile ones", what is left of "do you have any chamomile ones i can't sleep" once the model took its carrier
    /^(?:(?:and|so|um|uh|oh)\s+)*(?:any|some)\s+(.+?)$/,
    // "you have jasmine rice yes": a statement asked as a question
    /^(?:(?:so|um|uh|and|oh|yo|hey|hi)\s+)*(?:you|ya)\s+(?:guys\s+)?(?:have|got|sell|carry|stock)\s+(?:any\s+|some\s+|the\s+)?(.+?)\s+(?:yes|yeah|right|no|or not|too|yes or no|as well)$/,
    /^(?:(?:so|um|uh|okay|ok|well|oh|and)\s+)*(?:i'm|we're|i am|we are|im)\s+(?:almost|nearly|about|running|just about|all|completely|totally|pretty much)?\s*(?:out of|low on|running low on|out)\s+(?:of\s+)?(.+?)(?:\s+(?:too|as well|also))?(?:\s+(?:what have you got|what do you have|what you got|what've you got|any ideas|help))?$/,
    /^(?:(?:so|um|uh|okay|ok|well|oh|and|also|plus)\s+)*(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:also\s+)?(?:need|want|gotta get|have to get|must get)\s+(?:to\s+(?:get|buy|find)\s+)?(?:some\s+|more\s+|a\s+|an\s+)?(?:(?:bag|box|pack|packet|bottle|jar|tub|can|carton|loaf|bunch|dozen)s?\s+of\s+(?:the\s+)?)?(.+?)(?:\s+(?:too|as well|also))?(?:\s+(?:please|today|asap))?(?:\s+what (?:kinds?|sorts?|types?|ones?|brands?) (?:have you got|do you have|you got|are there|have you))?$/,
    // "is there anything lactose free", "my stomach can't handle milk is there anything lactose free"
    /\bis there (?:anything|something|any|a|an)\s+(?!(?:else|wrong|on sale|cheaper)\b)(.+?)(?:\s+(?:you have|you sell|at all|in stock|please))?$/,
    // "my mom said get dryer sheets too": what someone at home asked for
    /^(?:(?:so|um|uh|oh|well|and)\s+)*(?:my|our)\s+(?:mom|mum|dad|wife|husband|partner|son|daughter|boss|roommate|flatmate)\s+(?:said|says|told me|wants me)\s+(?:to\s+)?(?:get|buy|pick up|grab)\s+(?:some\s+|the\s+|a\s+|an\s+)?(.+?)(?:\s+(?:too|as well|also|please))?$/,
    // "and nappies what have you got for a toddler": the thing, then the question
    /^(?:(?:and|oh|um|so|also)\s+)*(?:some\s+)?([a-z][a-z' ]*?)\s+what (?:have you got|do you have|you got|have you)(?:\s+for\s+.+)?$/,
    // "where's the parmesan": a thing looked for in the shop (never "where's my order")
    /^(?:(?:so|um|uh|and|oh|okay|ok)\s+)*where(?:'s| is| are|s| do you keep| can i find)\s+(?:the|your|some|any)\s+(.+?)(?:\s+(?:please|then|at))?$/,
    // "what about bagels", "how about some crackers": another thing to look at
    /^(?:(?:and|so|oh|okay|ok|um|uh|well)\s+)*(?:what|how) about\s+(?:some\s+|any\s+|the\s+)?(.+?)(?:\s+(?:then|instead|please))?$/,
    /^(?:(?:so|um|uh|okay|ok|well|oh|hi|hey)\s+)*(?:i'?m\s+|we'?re\s+|i am\s+|we are\s+)?(?:just\s+)?(?:(?:looking|searching|hunting|shopping)\s+(?:for\s+|around for\s+|(?=\w+ for))|searching\s+)(?:some\s+|a\s+|an\s+|the\s+|any\s+)?(.+?)(?:\s+(?:please|today|at the moment))?$/,
    // "my kids want the bubble gum toothpaste": what someone else at home asks for, to look at (never added)
    /^(?:(?:so|um|uh|oh|well)\s+)*(?:my|our|the)\s+(?:kids?|son|daughter|husband|wife|partner|boy|girl|boys|girls|children|family|mum|mom|dad|flatmate|roommate|grandson|granddaughter|grandkids?|grandchildren|grandma|grandpa|granny|nan|baby|toddler|teenager)\s+(?:really\s+)?(?:wants?|needs?|likes?|loves?|asked for|keeps? asking for|is asking for)\s+(?:the\s+|some\s+|a\s+|an\s+|more\s+|those\s+|these\s+)?(.+?)(?:\s+(?:please|again|now))?$/,
    // "my granddaughter says you have those little yogurt tubes do you"
    /\b(?:says?|said|told me|heard)\s+(?:that\s+)?(?:you|ya)\s+(?:guys\s+)?(?:have|carry|sell|stock|got|do)\s+(?:those\s+|these\s+|the\s+|any\s+|some\s+)?(?:little\s+)?(.+?)(?:\s+for (?:the|my|our)\s+\w+)?(?:\s+(?:do you|don't you|right|yeah|too))?$/,
    /\bgot anything\s+(.+?)(?:\s+(?:please|at all))?$/,
    /^(?:(?:i need|i want|do you have|got any|any)\s+)?(?:some\s+|a\s+)?(.+?)\s+(?:that's|that is|which is|that are|thats)\s+(?:good|best|ok|okay|safe|gentle|made)\s+for\s+(?:sensitive skin|babies|kids|children|dogs|cats|allergies)$/,
    /\b(?:okay|ok|um|uh|anyway|so|right|alright)\s+(?:um\s+|uh\s+|so\s+)*(?:find|search for|look for|show me)\s+(?:some\s+|the\s+|me\s+)?(.+)$/,
    /^(.+?)\s+(?:please\s+)?(?:just\s+)?(?:show|give|tell|read)\s+me\s+(?:those|them|these|what you have|what you've got)$/,
    // "i was wondering if you might happen to carry chamomile tea"
    /\bwonder(?:ing)? (?:if|whether) (?:you|ya)(?:\s+(?:might|would|could|do|still|guys|possibly|maybe|happen to))*\s+(?:have|carry|sell|stock|do|got|keep)\s+(?:any\s+|some\s+|the\s+)?(.+?)(?:\s+(?:at all|by any chance|in stock|please|today|there))*$/,
    // "alexa buy me a dollhouse": a thing asked for by name, looked for (never bought unseen)
    /^(?:alexa\s+|hey\s+)?(?:buy|get|order)\s+(?:me|us)\s+(?:a|an|some)\s+(.+?)(?:\s+please)?$/,
    // "actually show me light bulbs instead": a new search, said as one
    /^(?:(?:actually|now|okay|ok|so|and|um|uh|then|no|oh|right|wait)\s+)*(?:show me|find me|let me see|can i see|can you show me|could you show me|search for|look for)\s+(?:some\s+|the\s+|any\s+|your\s+)?(.+?)(?:\s+(?:instead|please|then|now|too|as well))*$/,
    // a word to someone else, then the thing ("shh shh it's okay baby um baby wipes")
    /^(?:shh+|shush|hush|hang on|hold on|wait|one sec(?:ond)?|just a (?:sec|second|minute))\b.*\b(?:um|uh|erm|anyway|okay so|ok so|right so)\s+(?:some\s+|the\s+)?([a-z][a-z' ]*?)(?:\s+please)?$/,
    // said at the end of a longer sentence ("hang on sweetie … um do you have diapers in size three")
    /\b(?:do|does|did|might|would|could|can)\s+(?:you|ya|u)(?:\s+(?:guys|all|folks|happen to|possibly|still|maybe|by any chance))*\s+(?:have|carry|sell|stock|do|got|keep)\s+(?:any\s+|some\s+|the\s+|that\s+|those\s+)?(.+?)(?:\s+(?:at all|by any chance|in stock|please|today|there))*$/,
  ],
  de: [
    /^(?:(?:also|äh|ähm|hallo|hey|okay|ok|und)\s+)*(?:ich|wir)\s+(?:brauch|brauche|brauchen|bräuchte|bräuchten|will|möchte|hätte gern|hätte gerne)\s+(?:noch\s+)?(?:einen\s+|eine\s+|ein\s+|etwas\s+|was\s+|neue\s+|neuen\s+)?(.+?)(?:\s+bitte)?$/,
    /^(?:(?:also|äh|ähm|hallo|hey|okay|ok|und)\s+)*(?:ich|wir)\s+(?:such|suche|suchen)\s+(?:noch\s+)?(?:nach\s+)?(?:einen\s+|eine\s+|ein\s+|etwas\s+|was\s+)?(.+?)(?:\s+für\s+(?:den|die|das|meinen|meine|unseren|unsere)\s+\p{L}+)?(?:\s+bitte)?$/u,
    /^(?:(?:also|äh|ähm|hallo|hey|okay|ok|und)\s+)*was (?:für|an)\s+(?:einen\s+|eine\s+|ein\s+)?(.+?)\s+(?:habt ihr|haben sie|hast du|gibt es|gibt's|gibts|führt ihr)(?:\s+(?:so|denn|da|alles|noch|im angebot|da))*$/,
    /^(?:(?:also|äh|ähm|hallo|hey|okay|ok|und)\s+)*(?:habt ihr|haben sie|hast du|gibt es|gibt's|gibts|führt ihr|verkauft ihr)\s+(?:bei euch\s+|hier\s+|denn\s+|eigentlich\s+)*(?:auch\s+)?(?:noch\s+)?(?:einen\s+|eine\s+|ein\s+|etwas\s+|welche\s+)?(.+?)(?:\s+(?:bitte|da|im angebot|vorrätig|auf lager))?$/,
  ],
};

/** A closing "what kinds do you have" after the thing looked for ("we ran out of dish soap what kinds do you have"). */
const TRAILING_ASK =
  /\s+(?:so\s+)?(?:what (?:kinds?|sorts?|types?|ones?|brands?)(?: of (?:it|them|those|that))? (?:have you got|do you have|you got|are there|have you|do you carry|do you sell|do you guys have|you have|do you stock)|what (?:have you got|do you have|you got|have you|you have|do you guys have)|(?:which|what) ones? (?:are there|do you have))(?:\s+(?:then|please|at the moment|right now|in stock))?$/;

/** A closing "do you have any" after the thing looked for ("we're out of foil do you have some"). */
const ASKED_AFTER =
  /^(.+?)\s+(?:so\s+)?(?:do|have|d'you|did)\s+(?:you|ya|u)\s+(?:guys\s+|still\s+)?(?:have|got|sell|carry|stock)(?:\s+(?:any|some|it|them|one|those|that))?(?:\s+(?:at all|left|in stock))?$/;

/**
 * A recogniser's usual slips in the words shop requests turn on, put right where the context
 * leaves no doubt: "czech out", "back in stalk", "what's in my card", "on sail".
 */
const HEARD_RIGHT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:czech|chuck|chek|cheque)\s?out\b/g, 'check out'],
  [/\bback in (?:stalk|stok|stuck)\b/g, 'back in stock'],
  [/\b(in|to|from|on) (my|the|our) (?:car|card|cards|cut|court)\b/g, '$1 $2 cart'],
  [/\bon sail\b/g, 'on sale'],
  [/\bwish less\b/g, 'wish list'],
  [/\b(did (?:i|we)(?: last)?|last) by\b/g, '$1 buy'],
  [/\bwashing up liqu\w*\b/g, 'washing up liquid'],
  [/\bcan sell (my|the|that|this|our|an|a)\b/g, 'cancel $1'],
  [/\b(?:coop|coup|cue|q) ons?\b/g, 'coupons'],
  [/\blivery\b/g, 'delivery'],
  [/\b(?:cool|kew|coo) pons?\b/g, 'coupons'],
  [/^necks$/g, 'next'],
  [/\b(yes|yeah|ja) police\b/g, '$1 please'],
  [/\b(under|below|over|above|less than|more than|around|about) (?:ate)\b/g, '$1 eight'],
  [/\brepresent (?:a )?tive\b/g, 'representative'],
  [/\b(?:life|lie of|lief) (agent|person|human|operator)\b/g, 'live $1'],
  [/\bpassed (orders|purchases|deliveries)\b/g, 'past $1'],
  [/^o k\b|\bo k$/g, 'ok'],
  [/\bread order\b/g, 'reorder'],
  [/\breel (person|human|people|agent)\b/g, 'real $1'],
  [/\btp\b/g, 'toilet paper'],
  [/^ad\b/g, 'add'],
  [/\bd ?caf\b/g, 'decaf'],
  [/\bnext paige\b/g, 'next page'],
  [/\b(?:costumer|custom) (service|support|care)\b/g, 'customer $1'],
  [/\bgood (?:mourning|moaning|mornin)\b/g, 'good morning'],
  [/^(?:yes\s+|yeah\s+)?plays? (the|my|your) order\b/g, 'place $1 order'],
  [/\bnest (ones|page|few|one|results)\b/g, 'next $1'],
  [/\byester day\b/g, 'yesterday'],
  [/^(?:cad|cam|ken|kin|cat) (you|u|ya)\b/g, 'can $1'],
  [/\bnever (?:mined|mine|mint)\b/g, 'never mind'],
  [/\bhuman (?:bean|beam)s?\b/g, 'human being'],
  [/\b(to|on|onto|from|in|off) (my|the|our) (?:which|witch|wish) ?lists?\b/g, '$1 $2 wish list'],
  [/\bcustomer (?:scare|scar|car|chair|cure)\b/g, 'customer care'],
  [/\bcharge (?:for )?shopping\b/g, 'charge for shipping'],
  [/\be mail\b/g, 'email'],
  // "change the quantity to tree": where only a count can stand
  ...['won', 'too', 'to', 'tree', 'for', 'fife', 'sicks', 'ate', 'tin'].map(
    (wrong) => [new RegExp(`\\b(quantity to|make it|make that|change it to|change that to|set it to) ${wrong}$`, 'g'), `$1 ${NUMBER_SOUNDALIKES[wrong]}`] as const,
  ),
  // "add for cans of clam chowder": a count, where only a count can stand before what it comes in
  ...['won', 'to', 'too', 'tree', 'for', 'fife', 'sicks', 'ate'].map(
    (wrong) =>
      [
        new RegExp(
          `\\b(add|get|grab|buy|order|need|want|take|put) ${wrong} (?=(?:\\w+ )?(?:packs?|cans?|bags?|boxes|bottles?|jars?|cartons?|tins?|pounds?|loaves|rolls?|dozen)\\b)`,
          'g',
        ),
        `$1 ${NUMBER_SOUNDALIKES[wrong]} `,
      ] as const,
  ),
  // "two of em": them
  [/(?:^|(?<=\s))'?em\b/g, 'them'],
  // "operator operator", "candy candy i want candy": a word said twice in a row is said once
  [/\b([a-z']+)(?: \1\b)+/g, '$1'],
];
export function heardRight(said: string): string {
  return rejoined(HEARD_RIGHT.reduce((text, [wrong, right]) => text.replace(wrong, right), said));
}

/** Words the shop's requests turn on, as a recogniser may split them ("deliver he fee", "re presentative", "ree order"). */
const SHOP_WORDS = [
  'order',
  'delivery',
  'representative',
  'reorder',
  'decaf',
  'coupons',
  'coupon',
  'vouchers',
  'discounts',
  'receipt',
  'refund',
  'customer',
  'checkout',
  'cancel',
  'basket',
  'account',
  'address',
  'payment',
  'promotion',
  'promotions',
  'specials',
  'subscription',
];
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'to', 'of', 'and', 'is', 'it', 'in', 'on', 'for', 'i', 'you', 'can', 'do']);
/** Number words, never a fragment of a shop word. */
const NUMBER_WORDS = new Set(['one', 'two', 'to', 'too', 'three', 'four', 'for', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an']);
const SHOP_KEYS = new Map(SHOP_WORDS.map((w) => [phoneticKey(w), w]));

/** Two or three heard words that together sound like one of the shop's words, one of them a fragment, joined into it. */
function rejoined(said: string): string {
  const words = said.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (const span of [3, 2]) {
      const parts = words.slice(i, i + span);
      if (parts.length < span || !parts.some((p) => p.length <= 3) || parts.every((p) => SHOP_WORDS.includes(p)) || FUNCTION_WORDS.has(parts[0])) continue;
      // a number is said as itself ("chuck two boxes" is not "checkout boxes")
      if (parts.some((p) => NUMBER_WORDS.has(p))) continue;
      const word = SHOP_KEYS.get(phoneticKey(parts.join('')));
      // about as long as the word, no longer: "go nicely" sounds like "cancel" but is two words said
      const joined = parts.join('').length;
      if (word && !parts.includes(word) && joined >= word.length - 2 && joined <= word.length + 1) {
        words.splice(i, span, word);
        break;
      }
    }
  }
  return words.join(' ');
}

/** A removal said inside a longer sentence: "take the chocolate one off", "nah ditch the salsa", "the strawberries I don't want anymore". */
const REMOVALS: Readonly<Record<'en' | 'de', readonly RegExp[]>> = {
  en: [
    /\b(?:take|get)\s+(?:the\s+)?(.+?)(?:\s+ones?)?\s+(?:off|out)\b/,
    /\b(?:ditch|drop|lose|scrap|bin(?!\s+(?:bags?|liners?)\b)|remove|delete|nix|scratch|cross off|strike)\s+(?:the\s+)?(.+?)(?:\s+ones?)?(?:\s+(?:please|thanks|then|now|off(?: the list)?))?$/,
    /^(?:(?:and|oh|um|no)\s+)*(?:the\s+)?(.+?)\s+(?:i|we)\s+(?:don't|do not|dont)\s+(?:want|need)\b/,
    /\b(?:changed?|change) (?:my|our) minds? (?:about|on) (?:the\s+)?(.+?)$/,
    /^(?:(?:actually|oh|wait|um|hmm|sorry)\s+)+no\s+(?:more\s+)?(?:the\s+)?(.+?)(?:\s+(?:please|then|after all))?$/,
  ],
  de: [
    /\b(?:nimm|nehmen sie|tu|mach)\s+(?:den|die|das)\s+(.+?)\s+(?:wieder\s+)?(?:raus|weg)\b/,
    // "die marmelade doch wieder raus bitte", "die tortillas bitte wieder raus"
    /^(?:(?:und|ach|ok|okay|also|ähm|äh)\s+)*(?:den|die|das)\s+(.+?)\s+(?:(?:bitte|doch|mal|lieber|dann)\s+)*(?:wieder\s+)?(?:raus|weg|rausnehmen|entfernen)(?:\s+bitte)?$/,
  ],
};

/** Taking back what was just added, said about "that" or "it". */
const UNDO_ADD: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:don't|do not|dont)\s+(?:buy|get|order|add|want)\s+(?:that|it|this|those|them)\b|\bi (?:didn't|did not|never) (?:say|said|ask for|asked for|want|wanted|order|ordered|mean|meant) (?:that|it|this|those|them)\b|\b(?:take|get)\s+(?:that|it|this|those|them)\s+(?:off|out)\b|\b(?:remove|undo|delete)\s+(?:that|it|this)\b/,
  de: /\b(?:nimm|tu)\s+(?:das|es|den|die)\s+(?:wieder\s+)?(?:raus|weg)\b|\b(?:nicht kaufen|nicht bestellen|doch nicht)\b/,
};

/** Receipts and invoices: every placed order's details go by email; a formal invoice comes from a person. */
const RECEIPT: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:invoice|invoices|receipt|receipts|vat receipt)\b/,
  de: /\b(?:rechnung|quittung|beleg|kassenbon)\b/,
};

/** "can I get an invoice for my last order": where the order's details went, and who can send an invoice. */
export function receipt(ctx: TurnContext): Reply {
  const { supportPhone, supportHours } = ctx.policy;
  return ctx.ask(ctx.msgs.receiptInfo(supportPhone, supportHours), ctx.msgs.anythingElse, {
    title: ctx.msgs.humanCardTitle,
    text: ctx.msgs.humanCard(supportPhone, supportHours),
  });
}

/** "tell me when X is back in stock", heard as free words because X is not a listed name. */
const WATCH_CARRIERS: Readonly<Record<'en' | 'de', RegExp>> = {
  en: new RegExp(
    `^${POLITE_EN}(?:tell me|let me know|notify me|ping me|remind me|text me|email me|alert me|message me|give me a shout)\\s+(?:when|once|if|as soon as)\\s+(?:the\\s+|my\\s+)?(.+?)(?:'s|\\s+(?:is|are|comes?|gets?))\\s+(?:back(?:\\s+in\\s+stock|\\s+in)?|in stock|available(?:\\s+again)?|restocked)(?:\\s+again)?(?:\\s+please)?$`,
  ),
  de: /^(?:bitte\s+)?(?:sag|sagen sie) (?:mir )?(?:bitte\s+)?bescheid,?\s+(?:wenn|sobald)\s+(?:der\s+|die\s+|das\s+)?(.+?)\s+wieder (?:da|vorrätig|verfügbar|auf lager|lieferbar) (?:ist|sind)$|^(?:bitte\s+)?benachrichtige mich,?\s+(?:wenn|sobald)\s+(?:der\s+|die\s+|das\s+)?(.+?)\s+wieder (?:da|vorrätig|verfügbar|auf lager|lieferbar) (?:ist|sind)$/,
};

/** "double the muffins", "verdopple die Muffins": a line's quantity times a factor, heard as free words. */
const MULTIPLIERS: Readonly<Record<'en' | 'de', ReadonlyArray<{ factor: 'x2' | 'x3' | 'half'; pattern: RegExp }>>> = {
  en: [
    { factor: 'x2', pattern: new RegExp(`^${POLITE_EN}(?:double|twice as many|twice as much)\\s+(?:of\\s+)?(?:the\\s+|my\\s+)?(.+?)(?:\\s+please)?$`) },
    { factor: 'x3', pattern: new RegExp(`^${POLITE_EN}(?:triple|three times as many)\\s+(?:of\\s+)?(?:the\\s+|my\\s+)?(.+?)(?:\\s+please)?$`) },
    {
      factor: 'half',
      pattern: /\b(?:cut|halve)\s+(?:the\s+)?(it|that|them|those|\w+)\s+(?:in half|down by half)\b|\bhalve\s+(?:the\s+)?(\w+)\b|\bhalf as (?:many|much)(?: of)?(?: the)?\s*(\w*)/,
    },
  ],
  de: [
    { factor: 'x2', pattern: /^(?:bitte\s+)?(?:verdopple|verdoppel|doppelt so viele?)\s+(?:den\s+|die\s+|das\s+)?(.+?)(?:\s+bitte)?$/ },
    { factor: 'x3', pattern: /^(?:bitte\s+)?(?:verdreifache|dreimal so viele?)\s+(?:den\s+|die\s+|das\s+)?(.+?)(?:\s+bitte)?$/ },
  ],
};

/** What a quantity is counted in, said after the number ("two punnets", "three tubs"). */
const CONTAINERS =
  'bags?|boxes|box|packs?|packets?|packages?|containers?|bottles?|cans?|tins?|jars?|cartons?|loaves|loaf|tubs?|punnets?|bunch(?:es)?|gallons?|rolls?|bars?|cases?|units?|pieces?|pots?|tubes?|sticks?|dozen|ones';

/**
 * A new quantity said in free words: "change the bacon to two", "set the spinach to four",
 * "actually just two" right after an add, "dann nehm ich zwei davon". The product is named, or the
 * one just added or talked about.
 */
function quantityInWords(ctx: TurnContext, words: string): Turn['slots'] | undefined {
  const lang = language(ctx);
  // "three of those instead of just the one": the one had is no new count
  const said = words.replace(/\s+instead of (?:just |only )?(?:the |that |this )?(?:one|1)$/, ' instead');
  // a recogniser writes "to" or "too" for two, and "for" for four, after "to"
  const number = (w: string) => {
    const reading = readQuantity(lang === 'en' ? w.replace(/^(?:to|too)$/, 'two').replace(/^for$/, 'four') : w);
    return reading.kind === 'count' ? reading.n : undefined;
  };
  const named =
    lang === 'de'
      ? /^(?:(?:okay|ok|also|dann|gut)\s+)*(?:mach|setz|ändere?)\s+(?:den|die|das)\s+(.+?)\s+auf\s+(\S+)(?:\s+stück)?$/.exec(said)
      : /^(?:(?:um|uh|so|okay|ok|actually|please|can you|could you)\s+)*(?:change|set|make|update|put|bump|turn|cut|reduce|drop|bring|take|lower|knock)\s+(?:the\s+|my\s+)?(.+?)\s+(?:to|at|up to|down to)\s+(\S+(?:\s+(?:hundred|thousand|million))?)(?:\s+(?:bags?|boxes|box|packs?|packets?|bottles?|cans?|tins?|jars?|cartons?|loaves|loaf))?(?:\s+(?:please|instead))?$/.exec(
          said,
        );
  if (named) {
    const n = number(named[2]);
    if (n !== undefined) return { [SlotName.Product]: { value: named[1] }, [SlotName.Quantity]: { value: String(n), id: String(n) } };
  }
  const forNamed =
    lang === 'en' ? /^(?:(?:and|oh|um)\s+)*(?:for|with)\s+the\s+(.+?),?\s+(?:i|we)\s+(?:want|need|'d like|would like|only want|just want)\s+(\S+)\b/.exec(said) : undefined;
  if (forNamed) {
    const n = number(forNamed[2]);
    if (n !== undefined) return { [SlotName.Product]: { value: forNamed[1] }, [SlotName.Quantity]: { value: String(n), id: String(n) } };
  }
  // "i want two bagels not one", "make it three lemons instead of two"
  const notThat = lang === 'en' ? /\b(?:i|we)\s+(?:want|need|meant|said|'d like)\s+(\S+)\s+(.+?)\s+(?:not|instead of)\s+\S+$/.exec(said) : undefined;
  if (notThat) {
    const n = number(notThat[1]);
    if (n !== undefined) return { [SlotName.Product]: { value: notThat[2] }, [SlotName.Quantity]: { value: String(n), id: String(n) } };
  }
  // "the oat milk i need three of those": the product first, then how many of it
  const topicFirst =
    lang === 'en'
      ? new RegExp(
          `^(?:(?:and|oh|um|so)\\s+)*(?:the\\s+)?(.+?)\\s+(?:i|we)\\s+(?:need|want|'ll take|will take|'d like)\\s+(\\S+)(?:\\s+(?:${CONTAINERS}))?(?:\\s+of (?:those|them|these|it|that))?(?:\\s+(?:please|instead))?$`,
        ).exec(said)
      : undefined;
  const topicCount = topicFirst ? number(topicFirst[2]) : undefined;
  if (topicFirst && topicCount !== undefined && !/^(?:i|we|so|and|yes|yeah|no|okay|ok|actually|well)$/.test(topicFirst[1])) {
    return { [SlotName.Product]: { value: topicFirst[1] }, [SlotName.Quantity]: { value: String(topicCount), id: String(topicCount) } };
  }
  // "that's too many make it two", "make it ninety nine no wait two", "actually two of those", "we need two of those for the party"
  if (lang === 'en') {
    const corrected = /\bmake (?:it|that)\s+.+?\s+(?:no wait|no sorry|no|sorry|i mean|actually)\s+(\S+)$/.exec(said);
    const tooMany = new RegExp(
      `^(?:that'?s|thats|it'?s|way)\\s+too (?:many|much)\\s+(?:just\\s+)?(?:(?:make|knock|bring|cut|put|take|turn)\\s+(?:it|that|them|those)\\s+(?:down\\s+)?(?:to\\s+)?)?(\\S+)(?:\\s+(?:${CONTAINERS}))?(?:\\s+(?:please|instead))?$`,
    ).exec(said);
    // "could you make that two punnets please", "put it at like a million"
    const makeIt = new RegExp(
      `^(?:(?:could|can|would|will) you\\s+|please\\s+|just\\s+|actually\\s+|okay\\s+|ok\\s+|no\\s+|oh\\s+|um\\s+|hmm\\s+|wait\\s+|you know what\\s+)*(?:make|put|set)\\s+(?:it|that|them|those)\\s+(?:at\\s+|to\\s+)?(?:like\\s+|about\\s+)?((?:a|one|half a)\\s+dozen|\\S+(?:\\s+(?:million|thousand|hundred|billion))?)(?:\\s+(?:${CONTAINERS}))?(?:\\s+(?:please|instead|then|thanks))*$`,
    ).exec(said);
    const bigNumber = makeIt && /\b(?:million|thousand|hundred|billion)\b/.test(makeIt[1]) ? makeIt[1] : undefined;
    if (bigNumber) return { [SlotName.Quantity]: { value: bigNumber } };
    const ofThem =
      /^(?:(?:actually|no|oh|um|uh|okay|ok|so|yeah)\s+)*(?:we\s+need\s+|i\s+need\s+|we'll\s+need\s+)?(\S+\s+(?:hundred|thousand|million)(?:\s+and\s+\S+)?|\S+)\s+of (?:those|them|these)(?:\s+(?:please|instead|for .+))?$/.exec(
        said,
      );
    for (const m of [corrected, tooMany, ofThem, makeIt]) {
      const n = m ? number(m[1]) : undefined;
      // "too many", "make it": a new quantity for the line talked about, never more of it
      const line = m === ofThem ? {} : { [SlotName.Product]: { value: 'it' } };
      if (n !== undefined) return { ...line, [SlotName.Quantity]: { value: String(n), id: String(n) } };
    }
  }
  // "no sorry i only want one", "i only need two boxes of the macaroni"
  const onlyWant =
    lang === 'en'
      ? new RegExp(
          `\\b(?:i|we)\\s+(?:only|just)\\s+(?:want|need)\\s+(\\S+)(?:\\s+(?:${CONTAINERS}))?(?:\\s+of (?:them|those|it)|\\s+of\\s+(?:the\\s+)?(.+?))?(?:\\s+(?:please|thanks))?$`,
        ).exec(said)
      : undefined;
  const wanted = onlyWant ? number(onlyWant[1]) : undefined;
  if (wanted !== undefined) {
    const quantity = { [SlotName.Quantity]: { value: String(wanted), id: String(wanted) } };
    return onlyWant?.[2] ? { ...quantity, [SlotName.Product]: { value: onlyWant[2] } } : quantity;
  }
  // "get me two of those", "can i have three of those instead": that many of the one talked about
  const ofThose =
    lang === 'en'
      ? new RegExp(
          `\\b(?:get|give|have|take|grab|add|want|need|put in|do)\\s+(?:me\\s+|us\\s+)?(\\S+)\\s+(?:(?:${CONTAINERS})\\s+)?of\\s+(?:those|them|these|that|it)(?:\\s+(?:instead|please|then|in))*$`,
        ).exec(said)
      : /\b(?:nehm\w*|gib|hätte gern|möchte)\s+(?:ich\s+|mir\s+)?(\S+)\s+davon\b/.exec(said);
  const those = ofThose ? number(ofThose[1]) : undefined;
  if (those !== undefined) return { [SlotName.Quantity]: { value: String(those), id: String(those) } };
  // "can i have three packets instead": a new quantity of the line talked about
  const instead =
    lang === 'en'
      ? new RegExp(`\\b(?:have|take|get|do|want|need|make it|make that|go with)\\s+(\\S+)\\s+(?:${CONTAINERS})\\s+instead(?:\\s+(?:please|then))?$`).exec(said)
      : undefined;
  const insteadCount = instead ? number(instead[1]) : undefined;
  if (insteadCount !== undefined) return { [SlotName.Quantity]: { value: String(insteadCount), id: String(insteadCount) } };
  const justSome =
    lang === 'en'
      ? /\b(?:just|only)\s+(?:the\s+)?(\S+)(?:\s+(?:bags?|box|boxes|jars?|cans?|tins?|packs?|packets?|bottles?|cartons?|loaf|loaves|ones?|of (?:them|those|it)))?(?:\s+(?:will do|is fine|is enough|is plenty|please|instead|then|thanks|actually|really))*$/.exec(
          said,
        )
      : undefined;
  const some = justSome ? number(justSome[1]) : undefined;
  if (some !== undefined) return { [SlotName.Quantity]: { value: String(some), id: String(some) } };
  // "just one ginger ale is fine": that many of the product named
  const justNamed =
    lang === 'en'
      ? /^(?:(?:oh|no|actually|um|sorry)\s+)*(?:just|only)\s+(\S+)\s+(?!(?:bags?|box|boxes|jars?|cans?|tins?|packs?|packets?|bottles?|cartons?|loaf|loaves|ones?|of)\b)(.+?)(?:\s+(?:is fine|will do|is enough|is plenty|please|thanks|then))+$/.exec(
          said,
        )
      : undefined;
  const namedCount = justNamed ? number(justNamed[1]) : undefined;
  if (justNamed && namedCount !== undefined) return { [SlotName.Product]: { value: justNamed[2] }, [SlotName.Quantity]: { value: String(namedCount), id: String(namedCount) } };
  // "just the one packet of biscuits": that many of the product named
  const justOf =
    lang === 'en'
      ? /\b(?:just|only)\s+(?:the\s+)?(\S+)\s+(?:bags?|box|boxes|jars?|cans?|tins?|packs?|packets?|bottles?|cartons?|loaf|loaves)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:please|instead|then))?$/.exec(
          said,
        )
      : undefined;
  const ofCount = justOf ? number(justOf[1]) : undefined;
  if (justOf && ofCount !== undefined) return { [SlotName.Product]: { value: justOf[2] }, [SlotName.Quantity]: { value: String(ofCount), id: String(ofCount) } };
  const bare =
    lang === 'de'
      ? /^(?:(?:okay|ok|also|dann|gut|doch|nein)\s+)*(?:(?:nehm|nehme)\s+ich\s+|ich\s+(?:nehm|nehme)\s+|lieber\s+|nur\s+)?(\S+)(?:\s+(?:davon|stück|bitte))*$/.exec(said)
      : /^(?:(?:actually|no|oh|um|uh|wait|hmm|sorry|oops|okay|ok|alright|right|yeah|yes|sure|fine)\s+)*(?:(?:just|only|make (?:it|that)|i'll (?:take|have)|let's (?:do|make it)|i meant)\s+)+(\S+)(?:\s+(?:of (?:them|those|it)|please|instead|then|bags?|boxes|box|packs?|packets?|bottles?|cans?|tins?|jars?|cartons?|loaves|loaf))*$/.exec(
          said,
        );
  const n = bare ? number(bare[1]) : undefined;
  return n !== undefined ? { [SlotName.Quantity]: { value: String(n), id: String(n) } } : undefined;
}

const CRITERIA_EN =
  'better rated|rated better|higher rated|rated higher|better reviewed|better reviews|the better reviews|cheaper|less expensive|more expensive|costs? more|costs? less|pricier|dearer|bigger|larger|better value|the better deal|better';
/**
 * Two products and what decides between them, said in a sentence: "which has better reviews, the
 * plain or the vanilla greek yoghurt", "is the earl grey or the chamomile cheaper", "which apples
 * are rated better, gala or honeycrisp", "what's the difference between the whole wheat and the
 * multigrain". Groups: `a` and `b` the products, `c` the criterion, `kind` a shared kind.
 */
const COMPARE_OR: Readonly<Record<'en' | 'de', readonly RegExp[]>> = {
  en: [
    new RegExp(
      `^(?:so\\s+|and\\s+|um\\s+)*(?:which|what)(?: one| of them)?\\s+(?:is|has|gets|'s|got)\\s+(?<c>${CRITERIA_EN})\\s+(?:the\\s+)?(?<a>.+?)\\s+or\\s+(?:the\\s+)?(?<b>.+?)$`,
    ),
    new RegExp(`^(?:so\\s+|and\\s+|um\\s+)*(?:is|are|which is|which's|what's)\\s+(?:the\\s+)?(?<a>.+?)\\s+or\\s+(?:the\\s+)?(?<b>.+?)\\s+(?<c>${CRITERIA_EN})$`),
    new RegExp(
      `^(?:so\\s+|and\\s+|um\\s+)*(?:which|what)\\s+(?<kind>\\w+)\\s+(?:is|are|has|have|gets|get)\\s+(?<c>${CRITERIA_EN})\\s+(?:the\\s+)?(?<a>.+?)\\s+or\\s+(?:the\\s+)?(?<b>.+?)$`,
    ),
    // "salmon or chicken breasts which one costs more": the question after both names
    new RegExp(
      `^(?:so\\s+|and\\s+|um\\s+)*(?:the\\s+)?(?<a>.+?)\\s+or\\s+(?:the\\s+)?(?<b>.+?)\\s+(?:which|what)(?: one| of (?:them|the two|those))?(?:'s|\\s+is|\\s+has|\\s+gets|\\s+are)?\\s+(?<c>${CRITERIA_EN})$`,
    ),
    /^(?:(?:so|and|um|okay)\s+)*(?:what's|what is|whats|tell me|explain)?\s*(?:the\s+)?difference between\s+(?:the\s+)?(?<a>.+?)\s+and\s+(?:the\s+)?(?<b>.+?)$/,
    /^(?:(?:so|and|um|okay)\s+)*how (?:does|do|is|are)\s+(?:the\s+)?(?<a>.+?)\s+compare (?:to|with)\s+(?:the\s+)?(?<b>.+?)$/,
    /^(?:(?:so|and|um|okay)\s+)*(?:is|are)\s+(?:the\s+)?(?<a>.+?)\s+(?:cheaper|pricier|more expensive|dearer|bigger|smaller|better rated|better)\s+than\s+(?:the\s+)?(?<b>.+?)$/,
  ],
  de: [
    /^(?:ist|sind|was ist|welcher ist|welche ist)\s+(?:der\s+|die\s+|das\s+)?(?<a>.+?)\s+oder\s+(?:der\s+|die\s+|das\s+)?(?<b>.+?)\s+(?<c>günstiger|billiger|besser bewertet|besser|größer)$/,
    /^(?:was ist\s+)?(?:der\s+)?unterschied zwischen\s+(?:dem\s+|der\s+|den\s+)?(?<a>.+?)\s+und\s+(?:dem\s+|der\s+|den\s+)?(?<b>.+?)$/,
  ],
};

/**
 * "which shampoo has the best reviews", "what are the cheapest bin bags you've got": a search
 * sorted by rating or price, as the search's own words say it ("best rated shampoo").
 */
function sortedAsked(said: string, lang: 'en' | 'de'): string | undefined {
  if (lang === 'de') {
    // "was sind die günstigsten eier", "welcher kaffee ist am besten bewertet"
    const de =
      /^(?:(?:und|also|ähm)\s+)*(?:was|welche[rsn]?)\s+(?:ist|sind|wäre|wären)\s+(?:denn\s+)?(?:der|die|das|eure|ihre)\s+((?:günstigst|billigst|best|beliebtest)\w*)\s+(.+?)(?:\s+(?:bei euch|hier|im moment))?$/.exec(
        said,
      );
    if (de && !de[2].split(' ').some((w) => NOT_A_NAME.de.has(w))) return `${de[1]} ${de[2]}`;
    // "welche davon ist am besten bewertet", "welches ist am günstigsten": the list just read, in that order
    const ofList =
      /^(?:(?:und|also|ähm|na)\s+)*(?:welche[rsn]?|was)(?:\s+(?:davon|von denen|von ihnen|hier))?\s+(?:ist|sind|wäre|wären)\s+(?:denn\s+)?(?:am\s+)?(besten bewertet|günstigsten|billigsten|beliebtesten|am besten)\b/.exec(
        said,
      );
    return ofList ? (/bewert|besten/.test(ofList[1]) ? 'am besten bewertet' : 'günstigste') : undefined;
  }
  const best = '(best reviews|best reviewed|best rated|highest rated|top rated|best|cheapest|lowest priced|least expensive|most popular)';
  const m =
    new RegExp(`^(?:(?:so|and|um)\\s+)*(?:which|what)\\s+(.+?)\\s+(?:is|are|has|have|gets?|got|have got|has got)\\s+(?:the\\s+)?${best}$`).exec(said) ??
    new RegExp(
      `^(?:(?:so|and|um)\\s+)*what(?:'s| is| are|re)\\s+(?:the\\s+|your\\s+)?${best}\\s+(.+?)(?:\\s+(?:you've got|youve got|you have|you got|you do|you sell|you carry|going|right now|at the moment|today))*$`,
    ).exec(said) ??
    // "cheapest bin bags you've got": the order and the thing, with no question around them
    new RegExp(`^(?:(?:so|and|um|okay|ok)\\s+)*(?:the\\s+|your\\s+)?${best}\\s+(.+?)\\s+(?:you've got|youve got|you have|you got|you do|you sell|you carry|in stock)$`).exec(said);
  // "which shampoos are under six dollars": a price limit, said as a question
  const limit = /^(?:(?:so|and|um)\s+)*(?:which|what)\s+(.+?)\s+(?:are|is|cost)\s+((?:under|below|less than|over|above|more than)\s+.+)$/.exec(said);
  if (limit && /^(?:ones?|of (?:them|those|these)|them|those|these)$/.test(limit[1])) return limit[2];
  if (limit && !limit[1].split(' ').some((w) => NOT_A_NAME.en.has(w))) return `${limit[1]} ${limit[2]}`;
  if (!m) return undefined;
  const [sort, thingSaid] = /^(?:best|cheap|highest|top|lowest|least|most)/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  // "dish soap you have in stock": the thing, and whether only what is in stock counts
  const inStock = /\s+in stock$/.test(thingSaid);
  const thing = thingSaid.replace(/\s+in stock$/, '').replace(/\s+(?:that\s+)?(?:you|ya)(?:'ve|ve)?\s+(?:got|have|sell|carry|stock)$/, '');
  const order = /cheap|low|least/.test(sort) ? 'cheapest' : 'best rated';
  // "which of them has the best reviews": the list just read, in that order
  if (/^(?:ones?|of (?:them|those|these|the two|the three)|them|those|these)$/.test(thing)) return order;
  if (thing.split(' ').some((w) => NOT_A_NAME.en.has(w))) return undefined;
  return `${order} ${thing}${inStock ? ' in stock' : ''}`;
}

/** A question about a product said with its name first, or its price asked "on" it. */
const DETAILS_OF =
  /^(?:(?:so|and|um|uh|okay)\s+)*((?:the|those|these|that)\s+(?!one\b|ones\b)\S.*?|\S+(?:\s+\S+)?\s+ones?)\s+how (?:many|much|big|heavy|large) .+$|^(?:(?:so|and|um|uh|okay)\s+)*what(?:'s| is) the (?:price|cost) (?:on|of|for) (?:the\s+)?(.+?)(?:\s+(?:please|then|again))?$/;

/**
 * "which milk is lactose free", "welches shampoo ist am besten bewertet", "welche eier sind bio":
 * the thing asked about and what it should be, as a search's own words ("lactose free milk");
 * undefined when what follows "is" is no attribute or order.
 */
function whichIsAsked(said: string, locale: string): string | undefined {
  const de = locale.toLowerCase().startsWith('de');
  const m =
    /^(?:(?:so|and|um|und|also|ähm|okay)\s+)*(?:which|what|welche[rsn]?)\s+(?:kind of\s+|sorte\s+)?(.+?)\s+(is|are|ist|sind|has|have|hat|haben|doesn't have|don't have|does not have|do not have|has no|have no|hat keine?n?|haben keine?n?)\s+(?:the\s+|denn\s+|a\s+|any\s+)?(.+?)(?:\s+(?:bei euch|hier|here|you have|you've got|drin|in (?:it|them)))?$/.exec(
      said,
    );
  if (!m) return undefined;
  // "which of those", "welche davon": the list just read
  const thing = /^(?:of (?:those|them|these|the(?:se|m)? two)|ones?|davon|von (?:denen|ihnen|den(?:en)?))$/.test(m[1]) ? '' : m[1];
  if (thing.split(' ').some((w) => NOT_A_NAME[de ? 'de' : 'en'].has(w))) return undefined;
  // "which of those doesn't have a scent": what they should be free of
  const wanted = /(?:n't have|not have|no|keine?n?)$/.test(m[2]) ? `${de ? 'ohne' : 'no'} ${m[3]}` : m[3];
  const asked = parseSpokenQuery(wanted, locale);
  const constrains = asked.constraints.attributes.length > 0 || asked.constraints.sort !== undefined;
  return constrains && asked.query.trim() === '' ? `${wanted} ${thing}`.trim() : undefined;
}

/** Two products compared in a sentence, as Compare's slots; undefined when the words compare nothing. */
export function comparedInWords(said: string, lang: 'en' | 'de'): Turn['slots'] | undefined {
  for (const pattern of COMPARE_OR[lang]) {
    const g = pattern.exec(said.toLowerCase().trim())?.groups;
    if (!g) continue;
    let { a, b } = g as { a: string; b: string };
    // "the plain or the vanilla greek yoghurt": the first borrows the second's kind; "the whitening one": the first's
    const aWords = a.split(' ');
    const bWords = b.split(' ');
    if (g.kind) [a, b] = [`${a} ${g.kind}`, `${b} ${g.kind}`];
    else if (aWords.length === 1 && bWords.length >= 3) a = [a, ...bWords.slice(1)].join(' ');
    else if (/ (?:one|ones)$/.test(b) && aWords.length >= 2 && !/^(?:that|this|it)$/.test(a))
      b = b.replace(/ (?:one|ones)$/, ` ${aWords.slice(aWords.length >= 4 ? -2 : -1).join(' ')}`);
    const slots: Turn['slots'] = { [SlotName.Product]: { value: a }, [SlotName.SecondProduct]: { value: b } };
    if (g.c) slots[SlotName.Criterion] = { value: /review|rated/.test(g.c) ? 'better rated' : /costs? less/.test(g.c) ? 'cheaper' : g.c };
    return slots;
  }
  return undefined;
}

/** A quantity said without an action: a new quantity for what was just added, else that many of the one talked about. */
async function quantityAnswer(ctx: TurnContext, dispatch: Dispatch, quantity: Turn['slots']): Promise<Reply | undefined> {
  const heard = ctx.state.heard?.intent;
  // a bare number after "add …" sets what was just added; after details or a search, it adds that many
  const target =
    quantity[SlotName.Product] || heard === IntentName.AddToCart || heard === IntentName.AddMore || heard === IntentName.SetQuantity
      ? IntentName.SetQuantity
      : IntentName.AddToCart;
  if (quantity[SlotName.Product] || ctx.state.focusSku) return handleAs(ctx, dispatch, target, quantity);
  return undefined;
}

/** "three of those instead", heard as the name of a product to add: a quantity of the one talked about. */
export async function quantityOfThose(ctx: TurnContext, dispatch: Dispatch, words: string): Promise<Reply | undefined> {
  const quantity = quantityInWords(ctx, `have ${words.toLowerCase().trim()}`);
  return quantity && !quantity[SlotName.Product] ? quantityAnswer(ctx, dispatch, quantity) : undefined;
}

/** "is the bleach in stock at the moment": a question about an attribute, heard as free words. */
function attributeQuestion(ctx: TurnContext, said: string): Turn['slots'] | undefined {
  const lang = language(ctx);
  const m =
    lang === 'de'
      ? /^(?:ist|sind)\s+(?:der\s+|die\s+|das\s+)?(.+?)\s+(?:gerade\s+|im moment\s+|jetzt\s+)?(.+)$/.exec(said)
      : /^(?:is|are)\s+(?:the\s+)?(.+?)\s+(.+?)(?:\s+(?:at the moment|right now|today|now))?$/.exec(said);
  if (!m) return undefined;
  // "is that one vegan", "is the oat milk gluten free": try each place the name could end
  const words = `${m[1]} ${m[2]}`.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const product = words.slice(0, cut).join(' ');
    const asked = words.slice(cut).join(' ');
    for (const [id, forms] of Object.entries(ATTRIBUTE_WORDS[lang])) {
      if (forms.some((f) => f.toLowerCase() === asked)) return { [SlotName.Product]: { value: product }, [SlotName.Attribute]: { value: asked, id } };
    }
  }
  return undefined;
}

/**
 * Free words no model intent took, read for what they ask: a question about an attribute, a stock
 * watch, a complaint, a request named by meaning (see ./understand), a quantity multiplier, a
 * carrier phrase around a name the model does not list. Undefined when they ask none of these.
 */
export async function readFreeWords(ctx: TurnContext, dispatch: Dispatch, spoken: string): Promise<Reply | undefined> {
  const said = heardRight(spoken.toLowerCase().replace(/\s+/g, ' ').trim());
  const read = await readWords(ctx, dispatch, said);
  if (read) return read;
  // "excuse me dear do you also have cat litter": the same words without the courtesy and the hedging
  const stripped = withoutFillers(said, language(ctx));
  const plain = stripped !== said && stripped !== '' ? stripped : undefined;
  const readPlain = plain ? await readWords(ctx, dispatch, plain) : undefined;
  if (readPlain) return readPlain;
  // courtesy and hedging may mislead the guess ("well", "i think") or carry it ("sorry" asks again): both readings
  return (await guessedByWords(ctx, dispatch, said)) ?? (plain ? guessedByWords(ctx, dispatch, plain) : undefined);
}

/** Turns (by their charge gate, one per turn) that have already guessed. */
const GUESSED = new WeakSet<object>();

/**
 * The last reading: the intent whose samples share the telling words (words-guess.ts). A name in
 * the words that finds no product is dropped, so a question goes to the product talked about.
 */
async function guessedByWords(ctx: TurnContext, dispatch: Dispatch, said: string): Promise<Reply | undefined> {
  // one guess per turn: the request guessed never leads to another guess
  if (GUESSED.has(ctx.gate)) return undefined;
  const guess = intentByWords(said, language(ctx));
  if (guess) GUESSED.add(ctx.gate);
  // a search guessed from inside a search would only search again
  if (!guess || (guess.intent === IntentName.Search && ctx.turn.intent === IntentName.Search)) return undefined;
  // a name the product it finds shares a word with ("shampoo folks" → "shampoo"); none ("piece of
  // fish" finds no fish): no name, so a question goes to the product talked about
  for (const slot of [SlotName.Product, SlotName.Query]) {
    const named = guess.slots[slot];
    if (!named) continue;
    const found = await findProduct(ctx, named.value);
    const own = (found ? `${found.name} ${found.category}` : '').toLowerCase();
    const kept = named.value.split(' ').filter((w) => w.length >= 3 && new RegExp(`\\b${w.replace(/s$/, '')}`).test(own));
    // a product's name stays whole, as said; a search keeps only its words the catalog has
    if (kept.length > 0) guess.slots[slot] = slot === SlotName.Query ? { value: kept.join(' ') } : named;
    else delete guess.slots[slot];
  }
  if (guess.intent === IntentName.Search && !guess.slots[SlotName.Query]) return undefined;
  ctx.log.info('free words read by their closest samples', { intent: guess.intent, score: guess.score });
  return handleAs(ctx, dispatch, guess.intent, guess.slots);
}

/**
 * "and the one before that", "how much was that", right after a past order was read: the next
 * older order, or that one again, as OrderHistory's slots; undefined for other words or turns.
 */
export function orderFollowUp(ctx: TurnContext, said: string): Turn['slots'] | undefined {
  const read = ctx.state.orderRead;
  if (!read || read.thisTurn) return undefined;
  const orderRead = read.index;
  const words = said.toLowerCase().replace(/\s+/g, ' ').trim();
  const { older, same } = ORDER_FOLLOW_UP[language(ctx)];
  const step = older.test(words) ? 1 : same.test(words) ? 0 : undefined;
  return step === undefined ? undefined : { [SlotName.Ordinal]: { value: `#${orderRead + step}` } };
}

/** Follow-ups to a past order just read: the next older one, or that one again (its total). */
const ORDER_FOLLOW_UP: Readonly<Record<'en' | 'de', { older: RegExp; same: RegExp }>> = {
  en: {
    older:
      /\b(?:the )?(?:one|order|delivery|shop|time) before (?:that|it|this|then)\b|\bthe (?:previous|earlier|older) (?:one|order)\b|^(?:(?:and|so|um|ok|okay)\s+)*before that\b|\b(?:what about|and) the (?:other|older|earlier) one\b/,
    same: /^(?:(?:and|so|um|uh|ok|okay|oh)\s+)*(?:how much (?:was|is|did|were) (?:that|it|this|those)(?: (?:one|order|cost|come to|in total|altogether))*|what did (?:that|it) (?:cost|come to)|what was (?:the|its) total)\b/,
  },
  de: {
    older: /\b(?:die|der|davor|vorher|die bestellung) (?:davor|vorher)\b|^(?:(?:und|also)\s+)*(?:die )?davor\b|\bdie (?:vorherige|ältere|frühere)\b/,
    same: /^(?:(?:und|also)\s+)*(?:wie viel|was) (?:hat|kostete|war) (?:die|das|sie|es)(?: gekostet| insgesamt)?\b/,
  },
};

/**
 * Words that soften or pad a request without changing it, per language: forms of address, hedges,
 * "also", "then". Only a second reading uses the words without them, after the words as said gave nothing.
 */
const FILLERS: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:excuse me|pardon me|go on|you know what|if you (?:could|would|can|don't mind|please)|by any chance|i (?:think|guess|suppose|believe|wonder)|you know|i mean|do you think|kindly|perhaps|possibly|maybe|really|actually|also|please|dear|love|sweetie|sweetheart|darling|folks|guys|young man|young lady|then|now|well|oh|um|uh|er|erm|hmm|so|sorry|hello|hi|hey|right|alright|okay|ok|thanks|thank you|for me|(?:would|will|could|can) you(?=\s*$))\b/g,
  de: /\b(?:entschuldigung|entschuldigen sie|verzeihung|bitte|bitteschön|denn|mal|doch|eigentlich|auch|ach|äh|ähm|also|ja|eben|halt|vielleicht|wohl|danke|hallo|na|nun|so)\b/g,
};

export function withoutFillers(said: string, lang: 'en' | 'de'): string {
  return said.replace(FILLERS[lang], ' ').replace(/\s+/g, ' ').trim();
}

async function readWords(ctx: TurnContext, dispatch: Dispatch, said: string): Promise<Reply | undefined> {
  const lang = language(ctx);
  // "cereal but i don't wanna spend more than four bucks a box": the budget as a price limit
  const budget = budgetAsLimit(said, ctx.turn.locale);
  if (budget) {
    const read = await readWords(ctx, dispatch, budget);
    return read ?? handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: budget.replace(/^(?:(?:but|and|so|also|aber|und)\s+)+/, '') } });
  }
  const substance = substanceAsked(said, ctx.turn.locale);
  if (substance) return handleAs(ctx, dispatch, IntentName.ProductQuestion, substance);
  const question = attributeQuestion(ctx, said);
  if (question) return handleAs(ctx, dispatch, IntentName.ProductQuestion, question);
  const watched = WATCH_CARRIERS[lang].exec(said);
  const watchedName = watched?.[1] ?? watched?.[2];
  if (watchedName) return handleAs(ctx, dispatch, IntentName.NotifyMe, { [SlotName.Product]: { value: watchedName } });
  // "i've got a splitting headache what do you have for that", "what else is good for a kid's
  // lunchbox": a need or an occasion and a question about what suits it (before a
  // complaint: "an awful headache" is no complaint about the shop)
  if (
    (lang === 'en'
      ? /\b(?:what|anything|something)\b/.test(said) &&
        /\b(?:do you have|have you got|you got|is good|be good|would work|works|should i (?:get|grab|buy|pick up|make|have|serve)|(?:can|could) i (?:get|make|have|serve)|do i need|you suggest|you recommend)\b/.test(
          said,
        )
      : /\b(?:was|etwas)\b/.test(said) && /\b(?:brauch\w*|empfiehlst|empfehlen|passt|nehm\w*|kauf\w*|gibt es|habt ihr|soll ich)\b/.test(said)) &&
    // "what kind of cat food have you got", "cat food what kinds have you got": a search for the thing
    !TRAILING_ASK.test(said) &&
    !/^(?:(?:and|so|um|uh|oh|well|okay|ok)\s+)*what (?:kinds?|sorts?|types?|brands?) of\b/.test(said) &&
    occasionIn(said, ctx.turn.locale, ctx.deps.occasions ?? DEFAULT_OCCASIONS)
  ) {
    return handleAs(ctx, dispatch, IntentName.Recommend, { [SlotName.Query]: { value: said } });
  }
  const { supportPhone, supportHours } = ctx.policy;
  const support = { title: ctx.msgs.humanCardTitle, text: ctx.msgs.humanCard(supportPhone, supportHours) };
  if (COMPLAINT[lang].test(said)) {
    ctx.log.info('a complaint heard; a person offered', { words: said.split(' ').length });
    return ctx.ask(ctx.msgs.complaintHeard(supportPhone, supportHours), ctx.msgs.fallbackReprompt, support);
  }
  if (EXPERIENCE_COMPLAINT[lang].test(said)) {
    ctx.log.info('a complaint about an order heard; a person offered', { words: said.split(' ').length });
    return ctx.ask(ctx.msgs.experienceComplaint(supportPhone, supportHours), ctx.msgs.anythingElse, support);
  }
  // "take out everything but the bread": the cart down to that line
  const except =
    lang === 'en'
      ? /\b(?:take out|remove|delete|clear|get rid of|drop|ditch|bin)\s+(?:everything|all|it all)\s+(?:but|except(?: for)?|apart from|other than)\s+(?:the\s+)?(.+?)(?:\s+please)?$/.exec(
          said,
        )
      : undefined;
  if (except) return keepOnly(ctx, except[1]);
  const sorted = sortedAsked(said, lang) ?? whichIsAsked(said, ctx.turn.locale);
  if (sorted) return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: sorted } });
  const versus = comparedInWords(said, lang);
  if (versus) return handleAs(ctx, dispatch, IntentName.Compare, versus);
  // "the d ones how many come in a pack", "what's the price on the everglow hundred watt bulbs": about that product
  const detailsOf = lang === 'en' ? DETAILS_OF.exec(said) : undefined;
  const detailsName = detailsOf?.[1] ?? detailsOf?.[2];
  if (detailsName) return handleAs(ctx, dispatch, IntentName.ProductDetails, { [SlotName.Product]: { value: detailsName } });
  const meant = meaningOf(said, lang);
  // "which one would you recommend" after a list: a suggestion among what was just looked for
  if (meant?.intent === IntentName.Recommend && Object.keys(meant.slots).length === 0 && ctx.state.list?.query) {
    meant.slots = { [SlotName.Query]: { value: ctx.state.list.query } };
  }
  if (meant) {
    ctx.log.info('free words read by meaning', { intent: meant.intent });
    return handleAs(ctx, dispatch, meant.intent, meant.slots);
  }
  // "ich nehm doch lieber vier davon", "ach nee doch nur eine", "doch lieber vier schalen": the line talked about
  if (lang === 'de') {
    const instead =
      /^(?:(?:ach|nee|nein|doch|also|ähm|äh|oh|ok|okay)\s+)*(?:ich\s+)?(?:nehm\w*\s+|hätte gern\w*\s+|möchte\s+|will\s+|brauch\w*\s+)?(?:doch\s+|dann\s+)*(?:lieber\s+|nur\s+|bloß\s+|eher\s+)+(\S+)(?:\s+(?:davon|stück|packung(?:en)?|schalen?|flaschen?|dosen?|tüten?|beutel|gläser|glas|netze?|bund))*(?:\s+bitte)?$/.exec(
        said,
      );
    const lowered = instead ? readQuantity(instead[1]) : undefined;
    if (lowered?.kind === 'count') return handleAs(ctx, dispatch, IntentName.SetQuantity, { [SlotName.Quantity]: { value: String(lowered.n), id: String(lowered.n) } });
    const ofIt =
      /^(?:(?:ach|also|ähm|dann|ok|okay)\s+)*(?:ich|wir)\s+(?:brauch\w*|nehm\w*|hätte gern\w*|möchte|will)\s+(?:doch\s+)?(?:davon\s+(\S+)|(\S+)\s+davon)(?:\s+bitte)?$/.exec(said);
    const ofItCount = ofIt ? readQuantity(ofIt[1] ?? ofIt[2]) : undefined;
    if (ofItCount?.kind === 'count') return handleAs(ctx, dispatch, IntentName.SetQuantity, { [SlotName.Quantity]: { value: String(ofItCount.n), id: String(ofItCount.n) } });
    // "eins weniger bitte": that many fewer of the line talked about
    const fewer = /^(?:(?:und|ach|oh|also|bitte)\s+)*(\S+)\s+weniger(?:\s+(?:davon|bitte|stück))*$/.exec(said);
    const fewerCount = fewer ? readQuantity(fewer[1].replace(/^eine?$/, 'eins')) : undefined;
    if (fewerCount?.kind === 'count') return handleAs(ctx, dispatch, IntentName.RemoveFromCart, { [SlotName.Quantity]: { value: String(fewerCount.n), id: String(fewerCount.n) } });
    // "vom Desinfektionsmittel hätte ich gern fünf": the line named first, then how many of it
    const topicFirst =
      /^(?:(?:und|also|ach)\s+)*(?:vom|von der|von den|von dem|beim|bei der|bei den)\s+(.+?)\s+(?:hätte ich gern|hätte ich gerne|möchte ich|brauche ich|brauch ich|nehme ich|nehm ich|will ich|hätten wir gern)\s+(?:lieber\s+|doch\s+)*(\S+)(?:\s+(?:stück|packungen?|bitte|davon))*$/.exec(
        said,
      );
    const topicCount = topicFirst ? readQuantity(topicFirst[2]) : undefined;
    if (topicFirst && topicCount?.kind === 'count') {
      return handleAs(ctx, dispatch, IntentName.SetQuantity, {
        [SlotName.Product]: { value: topicFirst[1] },
        [SlotName.Quantity]: { value: String(topicCount.n), id: String(topicCount.n) },
      });
    }
    const more = /^(?:(?:und|ach|oh|ja)\s+)*noch\s+(\S+)\s+(?:davon\s+)?(?:dazu|mehr|extra)(?:\s+bitte)?$/.exec(said);
    const extra = more ? readQuantity(more[1]) : undefined;
    if (extra?.kind === 'count' && ctx.state.focusSku) return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Quantity]: { value: String(extra.n), id: String(extra.n) } });
  }
  if (lang === 'en') {
    // "hmm that's too many two is enough", "just one of them will do": the line talked about, to that many
    const enough =
      /^(?:(?:hmm|oh|um|uh|actually|wait|no|nah|okay|ok|oops)\s+)*(?:that's (?:too many|a lot|way too many|too much)\s+)?(?:just\s+|only\s+)?(\S+)(?:\s+of (?:them|those|em|it))?\s+(?:is|are|'s)\s+(?:enough|plenty|fine|all i need)$|^(?:(?:hmm|oh|um|actually|wait|no|okay)\s+)*(?:just\s+|only\s+)?(\S+)(?:\s+of (?:them|those|em|it))?\s+(?:will|would) do$/.exec(
        said,
      );
    const enoughCount = enough ? readQuantity(enough[1] ?? enough[2]) : undefined;
    if (enoughCount?.kind === 'count' && ctx.state.focusSku) {
      return handleAs(ctx, dispatch, IntentName.SetQuantity, { [SlotName.Quantity]: { value: String(enoughCount.n), id: String(enoughCount.n) } });
    }
    // "only one string cheese please" with three in the cart: that line, to that many
    const only = /^(?:(?:hmm|oh|um|actually|wait|no|nah|okay|ok)\s+)*(?:i (?:only )?(?:need|want)\s+)?(?:only|just)\s+(\S+)\s+(.+?)(?:\s+(?:please|then|thanks))?$/.exec(said);
    const onlyCount = only ? readQuantity(only[1]) : undefined;
    if (only && onlyCount?.kind === 'count') {
      const lines = await priceLines(ctx, (await loadCart(ctx)).lines);
      const inCart = productsNamedIn(
        only[2],
        lines.map((l) => l.product),
      );
      if (inCart.length === 1) {
        return handleAs(ctx, dispatch, IntentName.SetQuantity, {
          [SlotName.Product]: { value: inCart[0].name, id: inCart[0].sku },
          [SlotName.Quantity]: { value: String(onlyCount.n), id: String(onlyCount.n) },
        });
      }
    }
  }
  // "two of each", "make it two of both": every line of the cart
  const each =
    lang === 'en'
      ? /^(?:(?:make it|make that|i'll have|i'll take|let's do|actually|okay|ok)\s+)*(\S+)\s+of (?:each|both|each one|everything|all of them|each of them)(?:\s+please)?$/.exec(
          said,
        )
      : undefined;
  const eachCount = each ? readQuantity(each[1].replace(/^(?:to|too)$/, 'two')) : undefined;
  if (eachCount?.kind === 'count') return eachTo(ctx, eachCount.n);
  const counted = countedAdd(said, lang);
  if (counted) return handleAs(ctx, dispatch, IntentName.AddToCart, { [SlotName.Product]: { value: counted.product }, [SlotName.Quantity]: { value: counted.quantity } });
  // "and another box of that": one more of the line talked about
  const anotherOf = lang === 'en' ? /^(?:(?:and|oh|um|also|plus)\s+)*(another\s+\S+\s+of\s+(?:that|those|it|them|these|the same))(?:\s+please)?$/.exec(said) : undefined;
  if (anotherOf) return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Product]: { value: anotherOf[1] } });
  const corrected = countCorrected(said, lang);
  if (corrected) return handleAs(ctx, dispatch, IntentName.SetQuantity, corrected);
  // "the plain one i'll take two tubs": that one of the list, that many
  const pickedMany =
    lang === 'en'
      ? new RegExp(
          `^(?:the\\s+)?(.+?)\\s+(?:ones?\\s+)?(?:i'll take|i will take|i'll have|i want|i need|give me)\\s+(\\S+)(?:\\s+(?:${CONTAINERS}))?(?:\\s+(?:please|thanks))?$`,
        ).exec(said)
      : undefined;
  const pickedCount = pickedMany ? readQuantity(pickedMany[2]) : undefined;
  const picked = pickedMany && pickedCount?.kind === 'count' ? pickByWords(ctx, await pageOf(ctx), pickedMany[1]) : undefined;
  if (picked && pickedCount?.kind === 'count') {
    return handleAs(ctx, dispatch, IntentName.AddToCart, {
      [SlotName.Product]: productSlot(picked),
      [SlotName.Quantity]: { value: String(pickedCount.n), id: String(pickedCount.n) },
    });
  }
  // "wait can i change that to two bags" right after an order was placed: a change to that order
  // (a placed order ends the session: the next words come with nothing heard before them, and an empty cart)
  const heardLast = ctx.state.heard?.intent;
  const afterOrder = heardLast === undefined || heardLast === IntentName.Yes || heardLast === IntentName.VoicePin;
  if (
    afterOrder &&
    /\b(?:change|switch|swap|alter|update|amend|ändern)\b.*\b(?:that|it|this|the order|my order|das|die bestellung)\b/.test(said) &&
    (await loadCart(ctx)).lines.length === 0
  ) {
    return handleAs(ctx, dispatch, IntentName.ChangeOrder, {});
  }
  const quantity = quantityInWords(ctx, said);
  if (quantity) {
    const reply = await quantityAnswer(ctx, dispatch, quantity);
    if (reply) return reply;
  }
  // "bump that up by two", "one fewer of the saltines", "knock one off the bread"
  if (lang === 'en') {
    const up = /\b(?:bump|put|push|turn|take|bring)\s+(?:that|it|them|those|the\s+(.+?))\s+up\s+by\s+(\S+)$/.exec(said);
    // "knock that down by one": that many fewer of the line talked about
    const down = /\b(?:knock|take|bring|drop|turn|put)\s+(?:that|it|them|those|the\s+(.+?))\s+down\s+by\s+(\S+)(?:\s+please)?$/.exec(said);
    if (down && readQuantity(down[2].replace(/^an?$/, 'one')).kind === 'count') {
      return handleAs(ctx, dispatch, IntentName.RemoveFromCart, {
        [SlotName.Quantity]: { value: down[2].replace(/^an?$/, 'one') },
        ...(down[1] ? { [SlotName.Product]: { value: down[1] } } : {}),
      });
    }
    if (up) return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Quantity]: { value: up[2] }, ...(up[1] ? { [SlotName.Product]: { value: up[1] } } : {}) });
    const fewer = /^(?:(?:actually|oh|um|and)\s+)*(\S+)\s+(?:fewer|less)(?:\s+of)?(?:\s+(?:the\s+)?(.+?))?(?:\s+please)?$|\b(?:knock|take)\s+(\S+)\s+off\s+(?:the\s+)?(.+?)$/.exec(
      said,
    );
    const fewerCount = fewer ? (fewer[1] ?? fewer[3]) : undefined;
    const fewerName = fewer ? (fewer[2] ?? fewer[4]) : undefined;
    if (fewerCount && readQuantity(fewerCount.replace(/^an?$/, 'one')).kind === 'count') {
      return handleAs(ctx, dispatch, IntentName.RemoveFromCart, {
        [SlotName.Quantity]: { value: fewerCount.replace(/^an?$/, 'one') },
        ...(fewerName ? { [SlotName.Product]: { value: fewerName } } : {}),
      });
    }
  }
  // right after an add: "and two more of the cheddar", "and some strawberries as well"
  const heardBefore = ctx.state.heard?.intent;
  if (lang === 'en' && (heardBefore === IntentName.AddToCart || heardBefore === IntentName.AddMore)) {
    const more = /^(?:(?:and|oh|also|plus)\s+)*(\S+)\s+more\s+(?:of\s+)?(?:the\s+|those\s+)?(.+?)(?:\s+(?:please|too|as well))?$/.exec(said);
    if (more && !NOT_A_NAME[lang].has(more[2].split(' ')[0])) {
      return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Quantity]: { value: more[1] }, [SlotName.Product]: { value: more[2] } });
    }
    const another = /^(?:(?:and|oh|also)\s+)*another\s+(\S+)(?:\s+of\s+(?:those|them|these|it|that))?(?:\s+please)?$/.exec(said);
    if (another && readQuantity(another[1]).kind === 'count') return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Quantity]: { value: another[1] } });
    // "and another bag": the router reads a container word said for more as one more of the line
    if (another && isContainerWord(another[1])) return handleAs(ctx, dispatch, IntentName.AddMore, { [SlotName.Product]: { value: another[1] } });
    const also =
      /^(?:and|also|plus|oh and|and also)\s+(?:some\s+|a\s+|an\s+|the\s+|a few\s+|a couple of\s+)?(.+?)(?:\s+to go with (?:it|that|them|those))?(?:\s+(?:please|too|as well))?$/.exec(
        said,
      );
    if (also && !also[1].split(' ').some((w) => NOT_A_NAME[lang].has(w))) return handleAs(ctx, dispatch, IntentName.AddToCart, { [SlotName.Product]: { value: also[1] } });
  }
  for (const { factor, pattern } of MULTIPLIERS[lang]) {
    const m = pattern.exec(said);
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (m && (name || factor === 'half')) {
      // "cut it in half": the line talked about
      const product = name && !/^(?:it|that|them|those|this)$/.test(name) ? { [SlotName.Product]: { value: name } } : {};
      return handleAs(ctx, dispatch, IntentName.SetQuantity, { ...product, [SlotName.Quantity]: { value: factor, id: factor } });
    }
  }
  // "could you add lemonade oh and make that two": the product, that many
  const addThenCount =
    lang === 'en' ? new RegExp(`^${POLITE_EN}(?:add|put in|get)\\s+(?:some\\s+|the\\s+)?(.+?)\\s+(?:oh\\s+)?and make (?:that|it)\\s+(\\S+)$`).exec(said) : undefined;
  if (addThenCount) return handleAs(ctx, dispatch, IntentName.AddToCart, { [SlotName.Product]: { value: addThenCount[1] }, [SlotName.Quantity]: { value: addThenCount[2] } });
  for (const { intent, pattern } of CARRIERS[lang]) {
    const m = pattern.exec(said);
    // a question about "the bag" or "a pack" names no product: the one in focus
    const name = m?.slice(1).find(Boolean) ?? (m && intent === IntentName.ProductDetails ? 'it' : undefined);
    // a pronoun is the product in focus for a question about it ("what brand is that", "how much was it")
    // ("sure throw that in": the one just described, added)
    const pointing =
      (intent === IntentName.ProductDetails || (intent === IntentName.AddToCart && ctx.state.focusSku !== undefined)) &&
      /^(?:that|it|this|they|them|those|these|that one|this one)$/.test(name ?? '');
    // "throw two packs in": a number and what it comes in names no product; that many of the one talked about
    const counted =
      intent === IntentName.AddToCart && name
        ? /^(\S+)\s+(?:packs?|bags?|boxes|box|bottles?|cans?|tins?|jars?|cartons?|loaves|loaf|packets?|of (?:them|those|it|these))$/.exec(name)
        : undefined;
    if (counted && ctx.state.focusSku && readQuantity(counted[1]).kind === 'count')
      return quantityAnswer(ctx, dispatch, { [SlotName.Quantity]: { value: counted[1] } }) as Promise<Reply>;
    if (name && (pointing || !NOT_A_NAME[lang].has(name.split(' ')[0]))) return handleAs(ctx, dispatch, intent, { [SlotName.Product]: { value: name } });
  }
  // "no no we're not getting ice cream take that off": the product named, not the last one added
  const refused =
    lang === 'en'
      ? /\b(?:(?:we're|we are|i'm|i am)\s+not\s+(?:getting|buying|having|taking)|(?:we|i)\s+(?:don't|do not)\s+(?:need|want)|no more)\s+(?:the\s+|any\s+|that\s+)?(.+?)(?:\s+(?:so\s+)?(?:take|get|put|remove)\s+(?:it|that|them|those)\s+(?:off|out|back)\b.*|\s+(?:please|today|this time))?$/.exec(
          said,
        )
      : undefined;
  if (refused && !NOT_A_NAME[lang].has(refused[1].split(' ')[0]) && (await cartLineNamed(ctx, refused[1]))) {
    return handleAs(ctx, dispatch, IntentName.RemoveFromCart, { [SlotName.Product]: { value: refused[1] } });
  }
  // "no no don't buy that", "take it off" right after an add: what was just added
  const heardIntent = ctx.state.heard?.intent;
  const undoAdd = UNDO_ADD[lang].exec(said);
  const undo = undoAdd ?? (lang === 'en' ? /\b(?:take|get|put)\s+(?:them|those|it|that)\s+(?:off|out|back)\b/.exec(said) : null);
  if (undo) {
    // "my son put the cookies in take those out": the line the other words name, if one
    const named = await onlyLineNamedIn(ctx, said.replace(undo[0], ' '));
    if (named) return handleAs(ctx, dispatch, IntentName.RemoveFromCart, { [SlotName.Product]: { value: named.name, id: named.sku } });
  }
  if ((heardIntent === IntentName.AddToCart || heardIntent === IntentName.AddMore) && undoAdd) {
    return handleAs(ctx, dispatch, IntentName.RemoveFromCart, { [SlotName.Product]: { value: 'it' } });
  }
  for (const pattern of REMOVALS[lang]) {
    const thing = pattern.exec(said)?.[1]?.trim();
    if (thing && !NOT_A_NAME[lang].has(thing.split(' ')[0])) return handleAs(ctx, dispatch, IntentName.RemoveFromCart, { [SlotName.Product]: { value: thing } });
  }
  if (RECEIPT[lang].test(said)) return receipt(ctx);
  // "we're out of dish soap do you have any": the question after the thing asked about adds nothing
  const askedAfter = said.replace(TRAILING_ASK, '').replace(ASKED_AFTER, '$1');
  // "oh and chicken broth do you have that": the name alone is what to look for
  const bareAsked = askedAfter !== said ? askedAfter.replace(/^(?:(?:oh|and|also|um|uh|so|well|then|plus)\s+)+/, '').trim() : '';
  if (bareAsked && bareAsked.split(' ').length <= 4 && !bareAsked.split(' ').some((w) => NOT_A_NAME[lang].has(w))) {
    return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: bareAsked } });
  }
  // "what cheese have you got under four bucks", "what kind of cat food have you got then"
  const whatHave =
    lang === 'en'
      ? /^(?:(?:and|so|um|uh|oh|well|okay|ok|hmm|hm)\s+)*(?:.*\b(?:see|know|hear|check|find out|tell me|show me|wondering)\s+)?what (?:kinds? of |sorts? of |types? of |brands? of )?(.+?)\s+(?:have you got|do you have|do you sell|do you carry|do you stock|you got|have you|you have|you've got|you carry|you sell|you stock|are there|is there|are available)\b(.*?)(?:\s+(?:then|please|at the moment|right now|in stock|here|there))?$/.exec(
          said,
        )
      : undefined;
  if (whatHave && !whatHave[1].split(' ').some((w) => NOT_A_NAME[lang].has(w))) {
    return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: `${whatHave[1]}${whatHave[2]}`.trim() } });
  }
  // "we ran out of dish soap what kinds do you have", "do you have chamomile ones i can't sleep":
  // the carriers read the sentence as said, then without the question or the reason after the thing
  const plain = askedAfter.replace(REASON_AFTER, '');
  for (const sentence of plain !== askedAfter ? [askedAfter, plain] : [askedAfter]) {
    for (const pattern of SEARCH_CARRIERS[lang]) {
      const thing = pattern
        .exec(sentence)?.[1]
        ?.replace(REASON_AFTER, '')
        .replace(/^(.+?)\s+ones?$/, '$1')
        .trim();
      if (thing && !thing.split(' ').some((w) => NOT_A_NAME[lang].has(w))) return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: thing } });
    }
  }
  const narrowed = await listNarrowed(ctx, dispatch, said);
  if (narrowed) return narrowed;
  // "cancel that" right after an order was placed: that order
  const heard = ctx.state.heard?.intent;
  if (
    (heard === undefined ||
      heard === IntentName.Yes ||
      heard === IntentName.VoicePin ||
      heard === IntentName.CancelOrder ||
      heard === IntentName.OrderStatus ||
      heard === IntentName.OrderHistory) &&
    /\b(?:cancel|undo|storniere?|stornieren)\b\s*(?:it|that|this|das|es)?\b|\bcall (?:it|that|this|the order) off\b|\b(?:scrap|kill) (?:it|that|this)\b|\b(?:don't|do not|didn't|did not) (?:want|need|mean) (?:it|that|this|them|those|the order|any of (?:it|that)|to (?:order|buy) (?:it|that|this|anything))\b|\bby (?:mistake|accident)\b|\b(?:son|daughter|kid|kids|child|boy|girl|toddler)\b.*\b(?:said yes|ordered|pressed|did (?:it|that))\b|\b(?:will nicht|wollte (?:das )?nicht|aus versehen)\b/.test(
      said,
    )
  ) {
    return handleAs(ctx, dispatch, IntentName.CancelOrder, {});
  }
  return undefined;
}

/**
 * "i want three of this not one", "i want two bagels not one": the count corrected, of the line
 * named (or the one talked about), as SetQuantity's slots; undefined when the words say no such thing.
 */
export function countCorrected(said: string, lang: 'en' | 'de'): Turn['slots'] | undefined {
  if (lang !== 'en') return undefined;
  const notThat =
    /^(?:(?:no|oh|oops|sorry|wait|actually|um)\s+)*(?:i\s+(?:want|wanted|need|needed|said|asked for|meant)\s+|i'd like\s+|make (?:it|that)\s+|give me\s+)?(\S+)\s+(?:of\s+)?(.*?)\s*\b(?:not|instead of)\s+(\S+)$/.exec(
      said,
    );
  // a number that sounds like a word ("for the green tea …") is no count here
  if (!notThat || /^(?:for|to|too|won|ate|tree)$/.test(notThat[1])) return undefined;
  const [wanted, instead] = [readQuantity(notThat[1]), readQuantity(notThat[3])];
  if (wanted.kind !== 'count' || instead.kind !== 'count' || wanted.n === instead.n) return undefined;
  const line = notThat[2].replace(/^(?:the|this|that|it|those|these|them)\b\s*/, '').trim();
  return { [SlotName.Quantity]: { value: String(wanted.n), id: String(wanted.n) }, ...(line ? { [SlotName.Product]: { value: line } } : {}) };
}

const COUNTED_EN = new RegExp(`^(?:(?:and|oh|also|plus)\\s+)*(\\S+)\\s+(?:${CONTAINERS})\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s+(?:please|too|as well|thanks))?$`);
/** "zwei Packungen Pflaster von Kindred", "drei Gläser von der Erdbeermarmelade": German counts what it is counted in, with or without "von". */
const COUNTED_DE =
  /^(?:(?:und|also|noch)\s+)*(\S+)\s+(?:packung(?:en)?|gläser|glas|flaschen?|dosen?|tüten?|beutel|schalen?|becher|kisten?|kartons?|tuben?|netze?|bund|rollen?|schachteln?|päckchen|stück)\s+(?:(?:von\s+(?:der|dem|den|die)|vom)\s+)?(.+?)(?:\s+(?:bitte|auch|noch|dazu))?$/;

/**
 * "three bags of potatoes please", "four gallons of the two percent": an add without the verb —
 * a count, a container and what is in it. `atLeast` 2 where the words came as a search ("i'd like
 * four cans of tomato soup", heard as "i'd like {query}"), since "a bag of chips" may be looked for.
 */
export function countedAdd(said: string, lang: 'en' | 'de', atLeast = 1): { product: string; quantity: string } | undefined {
  const counted = (lang === 'en' ? COUNTED_EN : COUNTED_DE).exec(said);
  if (!counted || /^(?:those|them|these|it|that)$/.test(counted[2])) return undefined;
  const n = readQuantity(counted[1]);
  if (n.kind !== 'count' || n.n < atLeast) return undefined;
  // "zwei Gläser davon": that many of the one talked about
  if (lang === 'de' && /^(?:davon|die|das|den|es|von denen|von dem)$/.test(counted[2])) return { product: 'es', quantity: counted[1] };
  return NOT_A_NAME[lang].has(counted[2].split(' ')[0]) ? undefined : { product: counted[2], quantity: counted[1] };
}

/** The one cart line a word of the sentence names ("onions" in "oh i've got onions already"); none or several: undefined. */
async function onlyLineNamedIn(ctx: TurnContext, words: string): Promise<Product | undefined> {
  const cart = await loadCart(ctx);
  if (cart.lines.length < 2) return undefined;
  // in the catalog's words ("das öl" is the olive oil)
  const named = productsNamedIn(ctx.msgs.catalogQuery(words), await ctx.deps.catalog.getProducts(cart.lines.map((l) => l.sku)));
  return named.length === 1 ? named[0] : undefined;
}

/** "only the pods", "which ones have no sugar", "are any of those whole grain": the list just read, narrowed. */
export async function listNarrowed(ctx: TurnContext, dispatch: Dispatch, said: string): Promise<Reply | undefined> {
  const narrowed = narrowList(ctx, said);
  if (!narrowed) return undefined;
  // a word of the names on the list ("pods"): those products of it; an attribute ("sugar free"): a search with it
  const kept = narrowed.byName ? await namedOnList(ctx, narrowed.words) : await withAttributeOnList(ctx, narrowed.words);
  if (kept.length > 0) return readList(ctx, narrowed.label, kept);
  return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Query]: { value: narrowed.label } });
}

/** Whether the words name a line in the cart ("ice cream" with the chocolate ice cream in it). */
async function cartLineNamed(ctx: TurnContext, words: string): Promise<boolean> {
  const cart = await loadCart(ctx);
  if (cart.lines.length === 0) return false;
  const priced = await priceLines(ctx, cart.lines);
  return (await findCartLine(ctx, cart, priced, { value: words })).kind === 'line';
}

/** "no sugar", "ohne Zucker": the attribute the catalog knows as "sugar free". */
const WITHOUT: Readonly<Record<'en' | 'de', ReadonlyArray<readonly [RegExp, string]>>> = {
  en: [
    [/\b(?:no|without|zero|free of)\s+(sugar|gluten|lactose|dairy|caffeine|meat)\b/g, '$1 free'],
    [/\bnot from (?:a )?cows?\b|\bnon dairy\b/g, 'dairy free'],
  ],
  de: [[/\bohne\s+(zucker|gluten|laktose|koffein|fleisch)\b/g, '$1frei']],
};

/**
 * A narrower look at the search results just read: "only the pods please", "the sugar free kind",
 * "which ones have no sugar". The words are added to what was looked for; undefined when no
 * search list is open or the words are a number, a position or a sentence.
 */
function narrowList(ctx: TurnContext, said: string): { words: string; label: string; byName: boolean } | undefined {
  const list = ctx.state.list;
  const about = list?.kind === 'search' ? (list.about ?? list.query) : undefined;
  if (!about) return undefined;
  const lang = language(ctx);
  const m =
    lang === 'de'
      ? /^(?:nur\s+)?(?:die|den|das)\s+(.+?)(?:\s+(?:bitte|sorte|variante))?$|^welche\s+(?:sind|haben)\s+(.+?)$/.exec(said)
      : /^(?:(?:only|just)\s+)?(?:the\s+)(.+?)(?:\s+(?:kind|type|sort|ones|variety|version))(?:\s+please)?$|^(?:only|just)\s+(?:the\s+)?(.+?)(?:\s+ones)?(?:\s+please)?$|^which (?:ones?|of them|of those|of these)\s+(?:have|has|got|are|is|come with|contain)\s+(.+?)$|\b(?:are|is) (?:any|either|one) of (?:them|those|these)\s+(.+?)$/.exec(
          said.replace(REASON_AFTER, ''),
        );
  // "which of these don't have caffeine": the ones without it
  const lacking =
    lang === 'en'
      ? /^(?:(?:um|uh|so|and|okay|ok|well)\s+)*(?:which (?:ones?|of them|of those|of these)\s+(?:don't|do not|doesn't|does not)|(?:do|does|are|is) (?:any|either|one) of (?:them|those|these)\s+(?:not|that don't|that do not)|(?:are there |is there )?any (?:of (?:them|those|these) )?(?:that )?(?:don't|do not))\s+(?:have|contain|come with)\s+(?:any\s+)?(.+?)(?:\s+in (?:them|it|there))?$/.exec(
          said.replace(REASON_AFTER, ''),
        )
      : undefined;
  let words = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? (lacking ? `no ${lacking[1]}` : undefined);
  if (!words) return undefined;
  words = WITHOUT[lang].reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), words.trim());
  if (readQuantity(words).kind !== 'unclear' || positionIn(ctx, `the ${words}`) !== undefined) return undefined;
  if (words.split(' ').some((w) => NOT_A_NAME[lang].has(w) && w !== 'no')) return undefined;
  // "sugar free soda", but "coffee pods"
  const attribute = attributeFromWords(words, ctx.turn.locale) !== undefined;
  return { words, label: attribute ? `${words} ${about}` : `${about} ${words}`, byName: !attribute };
}

/** The products of the list just read that have the attribute the words name ("sugar free"). */
async function withAttributeOnList(ctx: TurnContext, words: string): Promise<Product[]> {
  const attribute = attributeFromWords(words, ctx.turn.locale);
  return attribute ? (await listProducts(ctx)).filter((p) => hasAttribute(p, attribute)) : [];
}

/** The products of the list just read whose names have every one of the words (a plural said as a singular too). */
async function namedOnList(ctx: TurnContext, words: string): Promise<Product[]> {
  const wanted = words
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/(?:es|s)$/, ''));
  return (await listProducts(ctx)).filter((p) => {
    const name = `${p.name} ${p.brand}`.toLowerCase();
    return wanted.every((w) => w.length > 1 && name.includes(w));
  });
}

/** Every product of the list just read, in its order. */
async function listProducts(ctx: TurnContext): Promise<Product[]> {
  const skus = ctx.state.list?.skus ?? [];
  const bySku = new Map((await ctx.deps.catalog.getProducts(skus)).map((p) => [p.sku, p]));
  return skus.flatMap((sku) => bySku.get(sku) ?? []);
}

/**
 * "… down to one" heard by a "{product} one" sample leaves "… down to": no name ends so, the
 * "one" was eaten. Only where the platform sends no sentence to tell (Alexa); "to to" is "to two".
 */
function withEatenOne(ctx: TurnContext, value: string): string {
  const heard = value.toLowerCase().replace(/\s+/g, ' ').trim();
  return ctx.turn.utterance === undefined && !/\bto to$/.test(heard)
    ? heard.replace(/\b(?:down to|up to|to|at|by|make it|make that|just|only|not|only need|only want|just need|just want|meant|i mean|i said)$/, '$& one')
    : heard;
}

/** A bare name is a search, unless it is a sentence to someone else (the TV, a child, a remark). */
async function bareName(ctx: TurnContext, dispatch: Dispatch, name: SlotValue): Promise<Reply> {
  const said = withEatenOne(ctx, name.value);
  if (!name.id) {
    const read = await readFreeWords(ctx, dispatch, said);
    if (read) return read;
    // the slot took part of the sentence ("just the" of "just the one please"): the whole of it
    const whole = ctx.turn.utterance?.toLowerCase().replace(/\s+/g, ' ').trim();
    const wholeRead = whole && whole !== said && whole.includes(said) ? await readFreeWords(ctx, dispatch, whole) : undefined;
    if (wholeRead) return wholeRead;
  }
  const words = said.split(' ').filter(Boolean);
  const noise = !name.id && words.some((w) => NOT_A_NAME[language(ctx)].has(w));
  if (noise) {
    // a sentence that asks for a thing ("can you buy me a puppy"): look for the thing, never add it
    const asked = ASKED_FOR[language(ctx)].exec(said);
    const thing = asked?.[1] ?? asked?.[2];
    if (thing && !thing.split(' ').some((w) => NOT_A_NAME[language(ctx)].has(w))) {
      return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Product]: { value: thing } });
    }
    ctx.log.info('bare utterance not taken as a product name', { words: words.length });
    return ctx.ask(ctx.msgs.fallback, ctx.msgs.fallbackReprompt);
  }
  return handleAs(ctx, dispatch, IntentName.Search, { [SlotName.Product]: name });
}

/** Takes out what was just added and adds the product meant instead, in the same quantity. */
async function swap(ctx: TurnContext, dispatch: Dispatch, chosen: Product): Promise<Reply> {
  const wrongSku = ctx.state.focusSku!;
  const added = parseQuantity(ctx.state.heard?.slots?.[SlotName.Quantity]?.id ?? ctx.state.heard?.slots?.[SlotName.Quantity]?.value) ?? 1;
  const wrong = await ctx.deps.catalog.getProduct(wrongSku);
  let removed = false;
  await updateCart(ctx, (cart: Cart) => {
    const have = quantityOf(cart, wrongSku);
    removed = have > 0;
    if (!removed) return cart;
    const left = Math.max(0, have - added);
    const without = withRemoved(cart, wrongSku);
    return left > 0 ? withAdded(without, wrongSku, left) : without;
  });
  const quantity = Number.isInteger(added) && added > 0 ? added : 1;
  const reply = await handleAs(ctx, dispatch, IntentName.AddToCart, {
    [SlotName.Product]: productSlot(chosen),
    [SlotName.Quantity]: { value: String(quantity), id: String(quantity) },
  });
  if (!removed || !wrong) return reply;
  return { ...reply, speech: `${ctx.msgs.swapped(wrong.name)} ${reply.speech}` };
}

/**
 * Exactly four digits, however they were heard ("1234", "one two three four"). Unlike a PIN slot,
 * a bare number is never padded: "one two three" is three digits, not the code 0123.
 */
function fourDigits(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim().toLowerCase();
  const digits = /^[\d\s]+$/.test(text) ? text.replace(/\s/g, '') : parseSpokenNumberWords(text);
  return digits && digits.length === PIN_LENGTH ? parseSpokenPin(digits) : undefined;
}

const POSITION_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<string, number | 'last'>>>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: 'last' },
  de: { erste: 1, ersten: 1, erstes: 1, zweite: 2, zweiten: 2, zweites: 2, dritte: 3, dritten: 3, drittes: 3, letzte: 'last', letzten: 'last', letztes: 'last' },
};

/** A position word somewhere in free words ("i meant the second one"), if there is exactly one. */
/** Words said around a position when it is a choice ("no wait i meant the second one please"). */
const AROUND_A_CHOICE = new Set(
  (
    "oops no nope wait i i'm meant mean actually wanted want the one ones please sorry let's lets go back again for see hear about read show which was with take i'll ill have give me get add pick choose yes yeah yep ok okay um uh then that that's thats is it number so just make this how about what what's whats tell more on of in instead and oh a an my to cart basket price much does cost is size big rather prefer " +
    'der die das den dem ich nehme nehm meinte meine möchte bitte doch lieber nein ja und also nummer eins war nochmal noch mal welches welcher ist hieß wie nimm gib leg zurück zum zur'
  ).split(' '),
);

function positionIn(ctx: TurnContext, said: string): number | 'last' | undefined {
  const words = said.toLowerCase().split(/\s+/);
  // a choice said around its position ("oops i meant the third one"), never a sentence that only
  // holds one ("call now and we'll send you a second one absolutely free")
  if (words.some((w) => !POSITION_WORDS[language(ctx)][w] && !AROUND_A_CHOICE.has(w))) return undefined;
  // only as a choice: "the second", "second one", "das zweite" ("first aid kit" is a name)
  const found = words.flatMap((w, i) => {
    const p = POSITION_WORDS[language(ctx)][w];
    const chosen = p !== undefined && (/^(the|der|die|das|den|dem)$/.test(words[i - 1] ?? '') || words[i + 1] === 'one');
    return chosen ? [p] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}
