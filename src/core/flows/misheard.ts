/**
 * A slot of a small, closed vocabulary that took words it has no value for. A custom slot on
 * Alexa accepts words beyond its listed values, so a short carrier phrase around such a slot can
 * take a whole sentence: "what's {criterion}" hears "what's on sale" with the criterion "on sale",
 * "{quantity} instead" hears "can i pick it up in store instead", "and do you have {product}
 * {attribute}" hears "and do you have tea too". Such a turn is read again, as free words, before
 * its intent runs; what still means nothing goes on to the intent as before.
 */
import { criterionOf, DEGREE_AFTER, nameBeforeCriterion } from '../compare-criteria';
import type { TurnContext } from '../context';
import { IntentName, SlotName } from '../intents';
import { readQuantity } from '../quantity-words';
import type { Reply } from '../turn';
import { comparedInWords, readFreeWords, redirect, type Dispatch } from './answers';
import { attributeFromWords } from '../search/constraints';
import { languageOf } from '../search/constraint-words';
import { ATTRIBUTE_WORDS } from '../attributes';

const QUANTITY_INTENTS = new Set<string>([IntentName.SetQuantity, IntentName.AddMore, IntentName.RemoveFromCart, IntentName.AddToCart]);

/** Words that close a question without asking anything ("do you have tea too"). */
const FILLER: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /^(?:too|also|as well|please|at all|then|there|here|today|right now|now|by any chance|in stock)$/,
  de: /^(?:auch|bitte|noch|da|heute|gerade|vorrätig)$/,
};

/** Words that begin a sentence to someone, not a product's name. */
const SENTENCE: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /^(?:you|you're|are you|i|i'm|we|is it|what|which|who|how|why|can|could|would|will|do|does|please)\b/,
  de: /^(?:du|bist du|sind sie|ich|wir|was|wer|wie|warum)\b/,
};

/** Size asked about in words that are no attribute ("is the vanilla one a big tub"). */
const SIZE: Readonly<Record<'en' | 'de', RegExp>> = {
  en: /\b(?:big|bigger|large|small|little|huge|tiny|size|sized|how big|how large)\b/,
  de: /\b(?:groß|große|großer|klein|kleine|größe)\b/,
};

function language(ctx: TurnContext): 'en' | 'de' {
  return languageOf(ctx.turn.locale);
}

function knownAttribute(ctx: TurnContext, words: string): boolean {
  const lang = language(ctx);
  const lower = words.toLowerCase();
  // a longer phrase with an attribute inside ("pepper jack in stock") is a question about a product, read again
  return (
    Object.values(ATTRIBUTE_WORDS[lang]).some((forms) => forms.some((f) => f.toLowerCase() === lower)) ||
    (lower.split(' ').length <= 2 && attributeFromWords(words, ctx.turn.locale) !== undefined)
  );
}

/** The reply to a turn whose closed slot took a sentence, or undefined to run the intent as heard. */
export async function misheardSlot(ctx: TurnContext, dispatch: Dispatch): Promise<Reply | undefined> {
  const intent = ctx.turn.intent;
  const lang = language(ctx);
  if (intent === IntentName.Compare) {
    const criterion = ctx.slot(SlotName.Criterion);
    const first = ctx.slot(SlotName.Product);
    const second = ctx.slot(SlotName.SecondProduct);
    // "you are robot or real people", "which apples are rated higher gala or honeycrisp": a sentence, not two products
    if (first && second && !first.id && !second.id && SENTENCE[lang].test(first.value)) return readFreeWords(ctx, dispatch, `${first.value} or ${second.value}`);
    // "is the bamboo toilet paper any good or what": one product asked about
    if (first && second && !second.id && /^(?:what|not|no|nah|nope|nicht|nee)$/.test(second.value.trim())) {
      // "worth buying or nah": asked of the one talked about
      const ofIt = /^(?:worth|any good|good|nice|okay|ok|gut|gut genug)\b/.test(first.value.trim()) ? (lang === 'de' ? 'es ' : 'it ') : '';
      return readFreeWords(ctx, dispatch, `${lang === 'de' ? 'ist' : 'is'} ${ofIt}${first.value}`);
    }
    // "is the maple grove butter pricier than …", heard as "{product} {criterion}": the name's end back to the product
    const spilled = criterion && !criterion.id && first ? nameBeforeCriterion(criterion.value, ctx.turn.locale) : undefined;
    if (first && spilled) {
      return dispatch(
        redirect(ctx, IntentName.Compare, {
          ...ctx.turn.slots,
          [SlotName.Product]: { value: `${first.value} ${spilled.name}` },
          [SlotName.Criterion]: { value: spilled.criterion, id: spilled.criterion },
        }),
      );
    }
    // "is the organic butter much dearer", heard as "{product} {criterion}": how much more is no part of the name
    if (first && !first.id && DEGREE_AFTER.test(first.value)) {
      return dispatch(redirect(ctx, IntentName.Compare, { ...ctx.turn.slots, [SlotName.Product]: { value: first.value.replace(DEGREE_AFTER, '') } }));
    }
    // "the recycled kitchen roll … than the strong one": the second borrows the first's kind
    if (first && second && !second.id && / (?:one|ones)$/.test(second.value.trim()) && first.value.trim().split(' ').length >= 2) {
      const slots = comparedInWords(`how does ${first.value} compare to ${second.value}`, lang);
      const borrowed = slots?.[SlotName.SecondProduct]?.value;
      if (borrowed && borrowed !== second.value) return dispatch(redirect(ctx, IntentName.Compare, { ...ctx.turn.slots, [SlotName.SecondProduct]: { value: borrowed } }));
    }
    // "which has {criterion}" heard with both products inside the criterion
    if (criterion && !criterion.id && / (?:or|oder) /.test(criterion.value) && criterion.value.split(' ').length >= 4) {
      return readFreeWords(ctx, dispatch, `${lang === 'de' ? 'was ist' : 'which is'} ${criterion.value}`);
    }
    const products = first ?? second ?? ctx.slot(SlotName.Ordinal) ?? ctx.slot(SlotName.SecondOrdinal);
    if (!criterion || criterion.id || products || criterionOf(criterion.value, ctx.turn.locale)) return undefined;
    return readFreeWords(ctx, dispatch, `${lang === 'de' ? 'was ist' : "what's"} ${criterion.value}`);
  }
  if (QUANTITY_INTENTS.has(intent)) {
    const quantity = ctx.slot(SlotName.Quantity);
    if (!quantity || quantity.id || quantity.value.trim().split(/\s+/).length < 2) return undefined;
    if (readQuantity(quantity.value).kind !== 'unclear') return undefined;
    const product = ctx.slot(SlotName.Product);
    // "how much more do i need to spend", heard as "{quantity} more {product}"
    const joiner = intent === IntentName.AddMore ? 'more' : '';
    return readFreeWords(ctx, dispatch, [quantity.value, joiner, product?.value].filter(Boolean).join(' '));
  }
  if (intent === IntentName.ProductQuestion) {
    const attribute = ctx.slot(SlotName.Attribute);
    const product = ctx.slot(SlotName.Product);
    if (!attribute || attribute.id || knownAttribute(ctx, attribute.value)) return undefined;
    const words = attribute.value.toLowerCase().trim();
    // "is it any good": the product question answers that from the rating
    if (/\b(?:good|worth|taugt|gut)\b/.test(words)) return undefined;
    // "and do you have tea too": a search for the product
    if (product && FILLER[lang].test(words)) return dispatch(redirect(ctx, IntentName.Search, { [SlotName.Query]: product }));
    // "is the vanilla one a big tub": how big it is, from its details
    if (SIZE[lang].test(words)) return dispatch(redirect(ctx, IntentName.ProductDetails, product ? { [SlotName.Product]: product } : {}));
    // "is postage free", "is the maple grove pepper jack in stock": the whole question, read again
    const plural = /^(?:you|they|these|those|them|we)$/.test(product?.value.trim() ?? '');
    return readFreeWords(ctx, dispatch, `${lang === 'de' ? 'ist' : plural ? 'are' : 'is'} ${product?.value ?? (lang === 'de' ? 'es' : 'it')} ${attribute.value}`);
  }
  return undefined;
}
