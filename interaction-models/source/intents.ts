import { IntentName, SlotName } from '../../src/core/intents';
import { featureIntents } from './features';
import { AlexaBuiltin, type IntentDef, SlotKind } from './types';

const query = { name: SlotName.Query, kind: SlotKind.SearchQuery } as const;
const product = { name: SlotName.Product, kind: SlotKind.Product } as const;
const quantity = { name: SlotName.Quantity, kind: SlotKind.Quantity } as const;
const ordinal = { name: SlotName.Ordinal, kind: SlotKind.Ordinal } as const;
const pin = { name: SlotName.Pin, kind: SlotKind.Pin } as const;

const custom = (name: string) => ({ intent: name });
const df = (displayName: string) => ({ displayName });

/**
 * Every intent the shop understands, platform-neutral. Purchase and reorder carry no
 * intent confirmation: the core asks "Should I place the order?" itself, with the total.
 */
export const intents: readonly IntentDef[] = [
  ...coreIntents(),
  ...featureIntents,
];

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
  { name: IntentName.Recommend, slots: [query], alexa: custom(IntentName.Recommend), dialogflow: df(IntentName.Recommend) },
  { name: IntentName.AddToCart, slots: [quantity, product, ordinal], alexa: custom(IntentName.AddToCart), dialogflow: df(IntentName.AddToCart) },
  { name: IntentName.RemoveFromCart, slots: [product, ordinal], alexa: custom(IntentName.RemoveFromCart), dialogflow: df(IntentName.RemoveFromCart) },
  { name: IntentName.ViewCart, slots: [], alexa: custom(IntentName.ViewCart), dialogflow: df(IntentName.ViewCart) },
  { name: IntentName.ClearCart, slots: [], alexa: custom(IntentName.ClearCart), dialogflow: df(IntentName.ClearCart) },
  { name: IntentName.Checkout, slots: [product], alexa: custom(IntentName.Checkout), dialogflow: df(IntentName.Checkout) },
  { name: IntentName.Reorder, slots: [product], alexa: custom(IntentName.Reorder), dialogflow: df(IntentName.Reorder) },
  { name: IntentName.OrderStatus, slots: [product], alexa: custom(IntentName.OrderStatus), dialogflow: df(IntentName.OrderStatus) },
  { name: IntentName.TalkToHuman, slots: [], alexa: custom(IntentName.TalkToHuman), dialogflow: df(IntentName.TalkToHuman) },
  // Said only when the purchase question asks for the voice code; no bare "{pin}" sample, so
  // a lone number elsewhere (a quantity, a position) is never heard as a PIN.
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
