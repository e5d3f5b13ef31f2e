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

  // Cart editing
  /** "make it three", "change the coffee to two" */
  SetQuantity: 'SetQuantityIntent',
  /** "add another one", "two more" */
  AddMore: 'AddMoreIntent',

  // Orders
  /** "what did I order last time", "my recent orders" */
  OrderHistory: 'OrderHistoryIntent',
  /** "cancel my order": a placed order, within the cancellation window (not AMAZON.CancelIntent) */
  CancelOrder: 'CancelOrderIntent',
  /** "change my delivery address", "change my order": explained and handed to a person */
  ChangeOrder: 'ChangeOrderIntent',
  /** "I want to return the coffee": the returns policy, and a person */
  ReturnItem: 'ReturnItemIntent',

  // The shop's policies
  DeliveryInfo: 'DeliveryInfoIntent',
  ReturnPolicy: 'ReturnPolicyIntent',
  OpeningHours: 'OpeningHoursIntent',
  StoreLocation: 'StoreLocationIntent',
  PaymentOptions: 'PaymentOptionsIntent',

  // Products
  /** "is it organic", "is it in stock", "is the milk gluten free" */
  ProductQuestion: 'ProductQuestionIntent',

  // Answers to the shop's own questions and moving around
  /** a bare choice after "which one?": "the first one", "number two", "that one" */
  Select: 'SelectIntent',
  Repeat: 'RepeatIntent',
  GoBack: 'GoBackIntent',
  Thanks: 'ThanksIntent',

  // Account and data
  /** "how do I link my account" */
  AccountHelp: 'AccountHelpIntent',
  /** "unlink my account" */
  UnlinkAccount: 'UnlinkAccountIntent',
  /** "what data do you have about me" */
  MyData: 'MyDataIntent',
  /** "delete my data" */
  DeleteMyData: 'DeleteMyDataIntent',

  // Linking where the platform has none (device code)
  /** "link my account": a device code on surfaces without platform account linking */
  LinkAccount: 'LinkAccountIntent',
  /** "I'm linked now", "I've entered the code" */
  LinkedNow: 'LinkedNowIntent',

  // After the order: reminders and feedback
  /** "tell me when my order ships", "tell me when paper towels are back in stock" */
  NotifyMe: 'NotifyMeIntent',
  /** "stop reminding me" */
  StopReminders: 'StopRemindersIntent',
  /** "rate my order", "I want to leave feedback", or a score said in answer */
  RateOrder: 'RateOrderIntent',
  /** what the shopper says in answer to "Anything you'd like to tell us?" */
  FeedbackComment: 'FeedbackCommentIntent',

  // Deciding: reviews, comparing, recommendations, deals, saved for later
  /** "what do people say about it", "read me a review" */
  Reviews: 'ReviewsIntent',
  /** "read me another" */
  MoreReviews: 'MoreReviewsIntent',
  /** "compare the first two", "which is cheaper" */
  Compare: 'CompareIntent',
  /** "why did you suggest that" */
  WhyRecommended: 'WhyRecommendedIntent',
  /** "any deals", "what's on sale" */
  Deals: 'DealsIntent',
  /** "apply code save ten" */
  ApplyCoupon: 'ApplyCouponIntent',
  /** "save it for later", "add this to my list" */
  SaveForLater: 'SaveForLaterIntent',
  /** "what's on my list" */
  ViewSavedList: 'ViewSavedListIntent',
  /** "move it to my cart" */
  MoveToCart: 'MoveToCartIntent',
  /** "remove it from my list" */
  RemoveFromSavedList: 'RemoveFromSavedListIntent',
  // Small talk and the voice code
  /** "who are you", "how are you": the shop says what it is and what it can do */
  SmallTalk: 'SmallTalkIntent',
  /** "do I need a pin for every order", "what is a voice code": when the code is asked for and how to set it */
  VoiceCodeInfo: 'VoiceCodeInfoIntent',

  // After the order (area: after): the opt-in cart reminder
  /** "remind me about my cart": one reminder if the cart is left with items */
  CartReminder: 'CartReminderIntent',
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
  /** an order's spoken number ("four eight two one five seven three zero") */
  OrderNumber: 'orderNumber',
  /** a product attribute asked about or filtered on ("organic", "gluten free", "in stock") */
  Attribute: 'attribute',
  /** a score from one to five ("five stars", "a four") */
  Rating: 'rating',
  /** free text the shopper tells the shop (feedback) */
  Comment: 'comment',
  /** a coupon code as spoken ("save ten") */
  Code: 'code',
  /** what a comparison is about: cheaper, better rated, bigger */
  Criterion: 'criterion',
  /** the second product of a comparison, by name or by position */
  SecondProduct: 'secondProduct',
  SecondOrdinal: 'secondOrdinal',
  // Deciding (decide)
  /** what a suggestion should go with: "what goes with {companion}" (bought together) */
  Companion: 'companion',
} as const;

export type SlotName = (typeof SlotName)[keyof typeof SlotName];

const known = new Set<string>(Object.values(IntentName));

export function isIntentName(name: string): name is IntentName {
  return known.has(name);
}

/** Questions about the shop, the order or the voice code: answered while a purchase question stays open. */
export const KEEPS_THE_QUESTION: ReadonlySet<IntentName> = new Set<IntentName>([
  IntentName.DeliveryInfo,
  IntentName.OpeningHours,
  IntentName.ReturnPolicy,
  IntentName.PaymentOptions,
  IntentName.StoreLocation,
  IntentName.VoiceCodeInfo,
  IntentName.MyData,
  IntentName.SmallTalk,
]);

/** The query a question about a loyalty or points scheme carries to the deals, which say there is none. */
export const LOYALTY = 'loyalty';
