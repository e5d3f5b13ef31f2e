import { IntentName, SlotName } from '../../src/core/intents';
import { featureIntents } from './features';
import { AlexaBuiltin, type IntentDef, SlotKind } from './types';

const query = { name: SlotName.Query, kind: SlotKind.SearchQuery } as const;
const product = { name: SlotName.Product, kind: SlotKind.Product } as const;
const quantity = { name: SlotName.Quantity, kind: SlotKind.Quantity } as const;
const ordinal = { name: SlotName.Ordinal, kind: SlotKind.Ordinal } as const;
const pin = { name: SlotName.Pin, kind: SlotKind.Pin } as const;
const orderNumber = { name: SlotName.OrderNumber, kind: SlotKind.OrderNumber } as const;
const attribute = { name: SlotName.Attribute, kind: SlotKind.Attribute } as const;
// A bare answer: a name as heard ("bananas", "the big one") and a plain number ("three").
const answerName = { name: SlotName.Product, kind: SlotKind.Words } as const;
const answerNumber = { name: SlotName.Quantity, kind: SlotKind.Number } as const;

const custom = (name: string) => ({ intent: name });
const df = (displayName: string) => ({ displayName });

/**
 * Every intent the shop understands, platform-neutral. Purchase and reorder carry no
 * intent confirmation: the core asks "Should I place the order?" itself, with the total.
 */
export const intents: readonly IntentDef[] = [...coreIntents(), ...featureIntents];

function coreIntents(): readonly IntentDef[] {
  return [
    {
      name: IntentName.Launch,
      slots: [],
      alexa: null,
      dialogflow: { displayName: 'Default Welcome Intent', event: 'WELCOME' },
    },
    {
      name: IntentName.Search,
      // Alexa cannot hear a bare "dish soap" as SearchIntent, so the platform elicits the query.
      slots: [{ ...query, required: true }],
      alexa: custom(IntentName.Search),
      dialogflow: df(IntentName.Search),
    },
    {
      name: IntentName.MoreResults,
      slots: [],
      alexa: { intent: IntentName.MoreResults, also: [AlexaBuiltin.Next, AlexaBuiltin.More] },
      dialogflow: df(IntentName.MoreResults),
    },
    { name: IntentName.ProductDetails, slots: [ordinal, product], alexa: custom(IntentName.ProductDetails), dialogflow: df(IntentName.ProductDetails) },
    // "what goes with {companion}": bought together (decide)
    { name: IntentName.Recommend, slots: [query, { name: SlotName.Companion, kind: SlotKind.Product }], alexa: custom(IntentName.Recommend), dialogflow: df(IntentName.Recommend) },
    { name: IntentName.AddToCart, slots: [quantity, product, ordinal], alexa: custom(IntentName.AddToCart), dialogflow: df(IntentName.AddToCart) },
    { name: IntentName.RemoveFromCart, slots: [product, ordinal, quantity], alexa: custom(IntentName.RemoveFromCart), dialogflow: df(IntentName.RemoveFromCart) },
    { name: IntentName.ViewCart, slots: [], alexa: custom(IntentName.ViewCart), dialogflow: df(IntentName.ViewCart) },
    { name: IntentName.ClearCart, slots: [], alexa: custom(IntentName.ClearCart), dialogflow: df(IntentName.ClearCart) },
    { name: IntentName.Checkout, slots: [product], alexa: custom(IntentName.Checkout), dialogflow: df(IntentName.Checkout) },
    { name: IntentName.Reorder, slots: [product], alexa: custom(IntentName.Reorder), dialogflow: df(IntentName.Reorder) },
    { name: IntentName.OrderStatus, slots: [product, orderNumber], alexa: custom(IntentName.OrderStatus), dialogflow: df(IntentName.OrderStatus) },
    { name: IntentName.TalkToHuman, slots: [], alexa: custom(IntentName.TalkToHuman), dialogflow: df(IntentName.TalkToHuman) },
    // Four digits said one by one, with or without "my code is". AMAZON.FOUR_DIGIT_NUMBER hears
    // only four digits, so a lone "three" is never a PIN on Alexa; on Dialogflow a lone number is
    // SelectIntent's by priority, and the core treats digits as a PIN only when it asked for one.
    { name: IntentName.VoicePin, slots: [pin], alexa: custom(IntentName.VoicePin), dialogflow: df(IntentName.VoicePin) },
    { name: IntentName.Yes, slots: [], alexa: { intent: AlexaBuiltin.Yes }, dialogflow: df(IntentName.Yes) },
    { name: IntentName.No, slots: [], alexa: { intent: AlexaBuiltin.No }, dialogflow: df(IntentName.No) },
    { name: IntentName.Help, slots: [], alexa: { intent: AlexaBuiltin.Help }, dialogflow: df(IntentName.Help) },
    { name: IntentName.Stop, slots: [], alexa: { intent: AlexaBuiltin.Stop }, dialogflow: df(IntentName.Stop) },
    { name: IntentName.Cancel, slots: [], alexa: { intent: AlexaBuiltin.Cancel }, dialogflow: df(IntentName.Cancel) },
    {
      name: IntentName.StartOver,
      slots: [],
      // a voice-only shop has no home screen: "go home" goes back to the start
      alexa: { intent: AlexaBuiltin.StartOver, also: [AlexaBuiltin.NavigateHome] },
      dialogflow: df(IntentName.StartOver),
    },
    {
      name: IntentName.Fallback,
      slots: [],
      alexa: { intent: AlexaBuiltin.Fallback },
      dialogflow: { displayName: 'Default Fallback Intent', fallback: true },
    },

    // Cart editing
    { name: IntentName.SetQuantity, slots: [quantity, product, ordinal], alexa: custom(IntentName.SetQuantity), dialogflow: df(IntentName.SetQuantity) },
    { name: IntentName.AddMore, slots: [quantity, product, ordinal], alexa: custom(IntentName.AddMore), dialogflow: df(IntentName.AddMore) },

    // Orders
    { name: IntentName.OrderHistory, slots: [], alexa: custom(IntentName.OrderHistory), dialogflow: df(IntentName.OrderHistory) },
    { name: IntentName.CancelOrder, slots: [orderNumber, product], alexa: custom(IntentName.CancelOrder), dialogflow: df(IntentName.CancelOrder) },
    { name: IntentName.ChangeOrder, slots: [query], alexa: custom(IntentName.ChangeOrder), dialogflow: df(IntentName.ChangeOrder) },
    { name: IntentName.ReturnItem, slots: [product], alexa: custom(IntentName.ReturnItem), dialogflow: df(IntentName.ReturnItem) },

    // The shop's policies
    { name: IntentName.DeliveryInfo, slots: [query], alexa: custom(IntentName.DeliveryInfo), dialogflow: df(IntentName.DeliveryInfo) },
    { name: IntentName.ReturnPolicy, slots: [], alexa: custom(IntentName.ReturnPolicy), dialogflow: df(IntentName.ReturnPolicy) },
    { name: IntentName.OpeningHours, slots: [], alexa: custom(IntentName.OpeningHours), dialogflow: df(IntentName.OpeningHours) },
    { name: IntentName.StoreLocation, slots: [query], alexa: custom(IntentName.StoreLocation), dialogflow: df(IntentName.StoreLocation) },
    { name: IntentName.PaymentOptions, slots: [query], alexa: custom(IntentName.PaymentOptions), dialogflow: df(IntentName.PaymentOptions) },

    // Products
    { name: IntentName.ProductQuestion, slots: [product, ordinal, attribute], alexa: custom(IntentName.ProductQuestion), dialogflow: df(IntentName.ProductQuestion) },

    // Answers to the shop's own questions and moving around. A bare answer wins a tie with a bare
    // PIN on Dialogflow (a lone "three" is a quantity or a position until the shop asks for a code).
    {
      name: IntentName.Select,
      slots: [ordinal, answerName, answerNumber],
      alexa: custom(IntentName.Select),
      dialogflow: { displayName: IntentName.Select, priority: 750000 },
    },
    { name: IntentName.Repeat, slots: [], alexa: { intent: AlexaBuiltin.Repeat }, dialogflow: df(IntentName.Repeat) },
    { name: IntentName.GoBack, slots: [], alexa: { intent: AlexaBuiltin.Previous }, dialogflow: df(IntentName.GoBack) },
    { name: IntentName.Thanks, slots: [], alexa: custom(IntentName.Thanks), dialogflow: df(IntentName.Thanks) },

    // Account and data
    { name: IntentName.AccountHelp, slots: [], alexa: custom(IntentName.AccountHelp), dialogflow: df(IntentName.AccountHelp) },
    { name: IntentName.UnlinkAccount, slots: [], alexa: custom(IntentName.UnlinkAccount), dialogflow: df(IntentName.UnlinkAccount) },
    { name: IntentName.MyData, slots: [], alexa: custom(IntentName.MyData), dialogflow: df(IntentName.MyData) },
    { name: IntentName.DeleteMyData, slots: [], alexa: custom(IntentName.DeleteMyData), dialogflow: df(IntentName.DeleteMyData) },

    // Small talk and the voice code
    { name: IntentName.SmallTalk, slots: [], alexa: custom(IntentName.SmallTalk), dialogflow: df(IntentName.SmallTalk) },
    { name: IntentName.VoiceCodeInfo, slots: [], alexa: custom(IntentName.VoiceCodeInfo), dialogflow: df(IntentName.VoiceCodeInfo) },
  ];
}

/** Alexa intent name -> canonical intent, for adapters and tests. */
export function alexaIntentMap(defs: readonly IntentDef[] = intents): ReadonlyMap<string, IntentName> {
  const map = new Map<string, IntentName>();
  for (const def of defs) {
    if (!def.alexa) continue;
    map.set(def.alexa.intent, def.name);
    for (const alias of def.alexa.also ?? []) map.set(alias, def.name);
  }
  return map;
}

/** Dialogflow display name -> canonical intent, for adapters and tests. */
export function dialogflowIntentMap(defs: readonly IntentDef[] = intents): ReadonlyMap<string, IntentName> {
  return new Map(defs.map((def) => [def.dialogflow.displayName, def.name]));
}
