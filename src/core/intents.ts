/**
 * Canonical intents: the names the core understands, whatever the platform.
 * Alexa intent names and Dialogflow display names are mapped onto these by the adapters.
 */
export const IntentName = {
  Launch: 'Launch',
  Search: 'SearchIntent',
  MoreResults: 'MoreResultsIntent',
  ProductDetails: 'ProductDetailsIntent',
  Recommend: 'RecommendIntent',
  AddToCart: 'AddToCartIntent',
  RemoveFromCart: 'RemoveFromCartIntent',
  ViewCart: 'ViewCartIntent',
  ClearCart: 'ClearCartIntent',
  Checkout: 'CheckoutIntent',
  Reorder: 'ReorderIntent',
  OrderStatus: 'OrderStatusIntent',
  TalkToHuman: 'TalkToHumanIntent',
  /** the shopper says the four-digit voice PIN the purchase question asked for */
  VoicePin: 'VoicePinIntent',
  Yes: 'YesIntent',
  No: 'NoIntent',
  Help: 'HelpIntent',
  Stop: 'StopIntent',
  Cancel: 'CancelIntent',
  StartOver: 'StartOverIntent',
  Fallback: 'FallbackIntent',
  SessionEnded: 'SessionEnded',
} as const;

export type IntentName = (typeof IntentName)[keyof typeof IntentName];

/**
 * Slot names shared by both platforms' models. Alexa slot names and Dialogflow parameter
 * names are exactly these strings.
 */
export const SlotName = {
  /** free text the shopper searches for ("paper towels") */
  Query: 'query',
  /** a product name; entity resolution may hand over the sku as the id */
  Product: 'product',
  /** a quantity as spoken or as a number ("2", "two", "a dozen") */
  Quantity: 'quantity',
  /** a position in the last list read out ("second", "2nd", "2") */
  Ordinal: 'ordinal',
  /** the four-digit voice PIN ("one two three four", "1234") */
  Pin: 'pin',
} as const;

export type SlotName = (typeof SlotName)[keyof typeof SlotName];

const known = new Set<string>(Object.values(IntentName));

export function isIntentName(name: string): name is IntentName {
  return known.has(name);
}
