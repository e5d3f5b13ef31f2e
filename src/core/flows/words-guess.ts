/**
 * The last reading of free words no pattern placed ("alright dear i'm ready to finish up", "how big
 * is that piece of fish"): the intent whose samples share the most telling words with what was
 * said. The table is generated from the interaction models' own samples (`npm run models`, ADR
 * 0010), so it learns every phrase the models learn. Only requests that read something out or ask
 * a question are guessed: never an add, a removal, a yes, a code, a cancellation or a goodbye, so a
 * wrong guess costs a wrong answer, never a change to the cart, an order or the session.
 */
import { ATTRIBUTE_WORDS } from '../attributes';
import { IntentName, SlotName } from '../intents';
import type { Turn } from '../turn';
import intentWords from '../words/intent-words.json';

type Language = 'en' | 'de';
const TABLE = intentWords as unknown as Readonly<Record<Language, Readonly<Record<string, Readonly<Record<string, number>>>>>>;

/** Intents a guess may lead to: each answers or asks, and changes nothing. */
const GUESSABLE: ReadonlySet<string> = new Set<string>([
  IntentName.Search,
  IntentName.ProductDetails,
  IntentName.Reviews,
  IntentName.Recommend,
  IntentName.NotifyMe,
  IntentName.ViewCart,
  IntentName.Checkout,
  IntentName.OrderStatus,
  IntentName.OrderHistory,
  IntentName.Reorder,
  IntentName.Help,
  IntentName.Repeat,
  IntentName.MoreResults,
  IntentName.GoBack,
  IntentName.TalkToHuman,
  IntentName.SmallTalk,
  IntentName.DeliveryInfo,
  IntentName.Deals,
  IntentName.StoreLocation,
  IntentName.OpeningHours,
  IntentName.PaymentOptions,
  IntentName.ReturnPolicy,
  IntentName.VoiceCodeInfo,
  IntentName.AccountHelp,
  IntentName.MyData,
]);

/** Intents whose name comes from the words no sample has ("piece of fish"): the slot it goes in. */
const NAME_SLOT: Readonly<Partial<Record<string, string>>> = {
  [IntentName.Search]: SlotName.Query,
  [IntentName.ProductDetails]: SlotName.Product,
  [IntentName.Reviews]: SlotName.Product,
  [IntentName.NotifyMe]: SlotName.Product,
  [IntentName.Recommend]: SlotName.Query,
};

/** Fewer words than this are a name or an answer, not a sentence to guess at. */
const MIN_WORDS = 4;
/** The best intent's summed weight must reach this… */
const MIN_SCORE = 0.6;
/** …and be this many times the runner-up's… */
const MARGIN = 2;
/** …with at least one word this telling. */
const MIN_TELLING = 0.5;

/** Words of attribute phrases ("dairy free"): about the product, never about the shop. */
const ATTRIBUTE_PARTS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(Object.values(ATTRIBUTE_WORDS.en).flatMap((forms) => forms.flatMap((f) => f.split(/[\s-]+/)))),
  de: new Set(Object.values(ATTRIBUTE_WORDS.de).flatMap((forms) => forms.flatMap((f) => f.split(/[\s-]+/)))),
};

export interface WordsGuess {
  intent: IntentName;
  slots: Turn['slots'];
  score: number;
}

/** The intent the words most likely ask for, with any name in them; undefined when no intent stands out. */
export function intentByWords(said: string, lang: Language): WordsGuess | undefined {
  const words = said
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < MIN_WORDS) return undefined;
  const known = TABLE[lang];
  const scores = new Map<string, number>();
  const strongest = new Map<string, number>();
  for (const word of new Set(words)) {
    if (ATTRIBUTE_PARTS[lang].has(word)) continue;
    for (const [intent, weight] of Object.entries(known[word] ?? {})) {
      scores.set(intent, (scores.get(intent) ?? 0) + weight);
      strongest.set(intent, Math.max(strongest.get(intent) ?? 0, weight));
    }
  }
  const [best, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_SCORE || best[1] < MARGIN * (second?.[1] ?? 0) || !GUESSABLE.has(best[0])) return undefined;
  // many weak clues are not one telling word ("anything … at" is not a question about deals)
  if ((strongest.get(best[0]) ?? 0) < MIN_TELLING) return undefined;
  const intent = best[0] as IntentName;
  const slot = NAME_SLOT[intent];
  // the name: the words no sample of any intent has, in the order said
  const name = words
    .filter((w) => !(w in known) && !/^\d+$/.test(w))
    .join(' ')
    .replace(/^(?:(?:of|the|a|an|some|that|this|those|these|my|our|der|die|das|den|von)\s+)+/, '');
  if (intent === IntentName.Search && name === '') return undefined;
  // a reorder of something named is that product's, which only a reading that finds the name may say
  if (intent === IntentName.Reorder && name !== '') return undefined;
  return { intent, slots: slot && name ? { [slot]: { value: name } } : {}, score: best[1] };
}
