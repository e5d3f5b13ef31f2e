import type { Address } from '../order';

/** Everything a shopper hears, as a catalogue per locale. Handlers never hold literal speech. */
export interface Messages {
  launch(shopName: string): string;
  launchReprompt: string;
  help: string;
  helpReprompt: string;
  goodbye: string;
  goodbyeNothingOrdered: string;
  fallback: string;
  fallbackReprompt: string;
  anythingElse: string;
  apology: string;
  storeBusy: string;

  searchEmptyQuery: string;
  searchResults(query: string, total: number, readCount: number, items: string[]): string;
  searchMore(items: string[], remaining: number): string;
  searchNoMatch(query: string, broader?: string): string;
  searchEndOfList(query: string, total: number): string;
  searchReprompt: string;
  noListToPage: string;
  /** one product in a list; `outOfStock` says so, so a list never offers what cannot be bought */
  listItem(name: string, size: string, price: string, outOfStock?: boolean): string;
  which: string;
  notInList(position: number, length: number): string;
  details(name: string, brand: string, size: string, price: string, rating: string, reviews: number, inStock: boolean): string;
  detailsReprompt: string;
  recommend(name: string, price: string, rating: string, reviews: number, why: string): string;
  recommendWhyHistory: string;
  recommendWhyRating(category: string): string;
  recommendNothing: string;
  productNotFound(spoken: string): string;
  /** nothing is called what was said; the product whose name comes nearest, offered (never added) */
  onlyNearest(spoken: string, item: string): string;

  quantityInvalid(max: number): string;
  outOfStock(name: string): string;
  added(quantity: number, name: string, itemCount: number, subtotal: string): string;
  /** several products added in one request: "1 Frozen Peas and 1 Waffles" */
  addedSeveral(items: string, itemCount: number, subtotal: string): string;
  addedReprompt: string;
  lineLimit(name: string, max: number, inCart: number): string;
  removed(name: string): string;
  notInCart(name: string): string;
  cartEmpty: string;
  cartSummary(itemCount: number, lines: string[], moreLines: number, subtotal: string): string;
  cartLine(quantity: number, name: string): string;
  cartCleared: string;
  /** "let's start over" with items in the cart: emptied, and what next */
  startedOverEmptied: string;
  /** "everything but the bread": every other line taken out */
  keptOnly(name: string): string;
  /** every line of the cart set to one quantity ("two of each") */
  eachSetTo(quantity: number, lines: number): string;
  cartCardTitle: string;

  linkAccount(action: string): string;
  linkAccountCard: string;
  actionPurchase: string;
  actionReorder: string;
  actionStatus: string;
  customerMissing: string;
  accountCheckUnavailable: string;

  voicePinPrompt(total: string): string;
  voicePinReprompt: string;
  voicePinUnclear: string;
  voicePinWrong(triesLeft: number): string;
  voicePinLocked: string;
  voicePinNotSet: string;
  voicePurchaseLocked: string;
  voiceNotRecognised: string;
  dailyLimitReached(limit: string): string;

  purchaseQuestion(seller: string, lines: string[], subtotal: string, tax: string, delivery: string, total: string, address: string): string;
  purchaseQuestionReprompt(total: string): string;
  placeOrderAgain: string;
  purchaseChanged(question: string): string;
  purchaseUnavailable(names: string[]): string;
  orderPlaced(orderNumber: string, total: string, date: string): string;
  orderPlacedCardTitle: string;
  orderPlacedCard(orderNumber: string, lines: string[], total: string, date: string, address: string): string;
  orderDeclined: string;
  orderPending: string;
  /** the provider refused the charge request itself (not the bank): nothing was charged */
  orderRefused: string;
  /** checkout or reorder while an order with those items is still being confirmed */
  orderStillConfirming(orderNumber: string): string;
  /** the yes came with too little of the turn left to start a charge; the question stays open */
  purchaseTooSlow: string;
  /** the charge could not start in time and the order was cancelled */
  purchaseTooSlowCancelled: string;
  orderPendingCard(orderNumber: string): string;
  orderCancelled: string;
  nothingToConfirm: string;
  nothingToCancel: string;

  reorderNothing: string;
  reorderNoMatch(spoken: string): string;

  statusNone: string;
  statusNoMatch(spoken: string): string;
  statusPlaced(orderNumber: string, items: string, date: string): string;
  statusShipped(orderNumber: string, items: string, date: string): string;
  statusDelivered(orderNumber: string, items: string, date: string): string;
  statusPending(orderNumber: string): string;
  statusFailed(orderNumber: string): string;
  orderCardTitle(orderNumber: string): string;
  /** the tail of a shortened item list: "3 more" */
  moreItems(count: number): string;

  human(phone: string, hours: string): string;
  humanCardTitle: string;
  humanCard(phone: string, hours: string): string;

  address(address: Address): string;

  /** a catalog category (stored in the shop's data language) as said in this locale */
  categoryName(category: string): string;
  /**
   * What a shopper calls the product they usually buy in a category ("my usual coffee"). Heard
   * from the shopper, not said to them, but worded per locale (German inflects by gender).
   */
  usualNicknames(category: string): string[];
  /**
   * What the shopper asked for, in the catalog's words, for search only ("kitchen roll" ->
   * "paper towels"); the shopper still hears their own words back.
   */
  catalogQuery(spoken: string): string;

  // — cart editing and orders —
  /** the running total after a change: "Your cart has 3 items, $25.98." */
  cartNow(itemCount: number, subtotal: string): string;
  /** a line set to a quantity: "You now have 3 Sunny Acres Salted Butter." */
  quantitySet(quantity: number, name: string): string;
  addedMore(added: number, name: string, nowHave: number): string;
  /** part of a line taken out */
  removedSome(removed: number, name: string, left: number): string;
  /** a quantity a line cannot be set to (negative, over the maximum, not a number): nothing changed */
  quantityRefused(name: string, max: number, current: number): string;
  howMany(name: string): string;
  /** several cart lines fit: `options` is "A, B, or C" */
  whichInCart(options: string): string;

  historyNone: string;
  /** "when did I last buy paper towels": the latest order that had it */
  lastBought(name: string, date: string, quantity: number): string;
  /** a product the shopper's orders never had */
  neverBought(name: string): string;
  /** `count` orders in all; `entries` the newest (at most three) */
  history(count: number, entries: string[]): string;
  historyEntry(date: string, items: string, total: string, state: 'placed' | 'pending' | 'cancelled'): string;
  /** one order asked about ("my last order", "the order from two weeks ago") */
  historyOne(entry: string, latest: boolean): string;
  historyReprompt: string;
  ordersCardTitle: string;

  /** not among this shopper's orders (whoever else's it may be) */
  orderNumberNotFound(number: string): string;
  statusSeveral(count: number, entries: string[]): string;
  statusEntry(items: string, date: string, pending: boolean): string;
  statusSeveralReprompt: string;
  statusCancelled(orderNumber: string, items: string): string;

  actionCancelOrder: string;
  cancelAsk(orderNumber: string, items: string, total: string): string;
  cancelAskReprompt(orderNumber: string): string;
  cancelDone(orderNumber: string, total: string, refund: 'refunded' | 'refund-pending' | 'refund-requested'): string;
  cancelCardTitle: string;
  cancelCard(orderNumber: string, total: string, refund: 'refunded' | 'refund-pending' | 'refund-requested'): string;
  cancelAlready(orderNumber: string): string;
  cancelKept(orderNumber: string): string;
  cancelNothing: string;
  cancelNoMatch(spoken: string): string;
  cancelStillConfirming(orderNumber: string): string;
  /** past the cancellation window: what can be done instead */
  cancelTooLate(items: string, windowMinutes: number, phone: string, hours: string): string;
  /** fulfilment has the order */
  cancelInFulfilment(items: string, phone: string, hours: string): string;
  changeOrder(phone: string, hours: string): string;
  changeOrderCancelHint: string;
  returnItem(product: string | undefined, phone: string, hours: string): string;

  // — after the order: fulfilment status, reminders, feedback —
  /** placed, and no word from fulfilment yet: the promised date */
  statusConfirmed(orderNumber: string, items: string, date: string): string;
  /** placed, its promised day gone, and still no word from fulfilment */
  statusNoUpdate(orderNumber: string, items: string, date: string): string;
  /** fulfilment accepted it */
  statusWithWarehouse(orderNumber: string, items: string, date: string): string;
  statusPacked(orderNumber: string, items: string, date: string): string;
  statusShippedBy(orderNumber: string, items: string, date: string, carrier: string): string;
  statusOutForDelivery(orderNumber: string, items: string): string;
  /** the feed said it runs late: the new date */
  statusDelayed(orderNumber: string, items: string, date: string): string;
  /** the shop cancelled it, and refunds it */
  statusShopCancelled(orderNumber: string, items: string): string;

  actionReminders: string;
  /** "tell me when my order ships"; `alexa`: an Alexa notification goes too, where allowed */
  notifyShipping(orderNumber: string, alexa: boolean): string;
  notifyAlreadyShipped(orderNumber: string, carrier: string, date: string): string;
  notifyAlreadyDelivered(orderNumber: string, date: string): string;
  notifyNoOrder: string;
  notifyStock(name: string, alexa: boolean): string;
  /** asked to be told when it is back, and it is in stock now */
  notifyInStock(name: string): string;
  /** "remind me to order diapers on friday": no reminders by the date; what there is instead */
  noDatedReminders: string;
  /** "remind me about my cart": once, after `minutes` */
  cartReminderOn(minutes: number, alexa: boolean): string;
  /** "stop reminding me"; `count` reminders were on */
  remindersStopped(count: number): string;

  /** the first thing said in the session after a delivery */
  feedbackAtLaunch(shopName: string, items: string): string;
  feedbackAsk(items: string): string;
  feedbackAskReprompt: string;
  feedbackRatingUnclear: string;
  /** after a rating of 3 to 5 */
  feedbackThanks(rating: number): string;
  /** after a rating of 1 or 2: a person is offered */
  feedbackSorry(phone: string): string;
  feedbackCommentAsk: string;
  feedbackGoAhead: string;
  feedbackCommentThanks: string;
  /** a comment that reads as a complaint: a person is offered */
  feedbackComplaint(phone: string): string;
  feedbackCommentUnclear: string;
  feedbackNoComment: string;
  /** "rate my order" with nothing delivered yet: the shop still listens */
  feedbackNothingToRate: string;
  // — policies, search constraints and product questions —
  deliveryInfo(facts: DeliveryFacts): string;
  returnPolicy(facts: ReturnFacts): string;
  openingHours(facts: HoursFacts): string;
  storeLocations(facts: StoreFacts): string;
  paymentOptions(facts: PaymentFacts): string;
  /** one span of opening hours: "Monday to Friday from 8 AM to 8 PM" (days and times already said) */
  hoursSpan(days: string, opens: string, closes: string): string;
  /** the days of a span: every day, or "Monday to Friday", or a list */
  everyDay: string;
  dayRange(first: string, last: string): string;
  /** a time of day as said: "8 AM", "20:30 Uhr" (the locale's Intl time, given) */
  clockTime(formatted: string): string;
  policyReprompt: string;

  /** what a constrained search looked for: "gluten free bread under $5.00" */
  filterLabel(query: string, filter: SpokenFilter): string;
  /** what a constrained search kept, the constraints said first: "Coffee under $10.00: …" */
  filteredResults(label: string, total: number, items: string[]): string;
  /** results read in the order asked for: "Here's coffee, cheapest first: …" */
  sortedResults(label: string, sort: 'price-ascending' | 'price-descending' | 'rating', total: number, items: string[]): string;
  ratedItem(name: string, size: string, price: string, rating: string): string;
  /** nothing has the attribute: what does exist is said instead */
  filterNoMatch(label: string, query: string, others: number): string;
  /** nothing within the price: the nearest there is */
  priceNoMatch(label: string, nearest?: { name: string; price: string; cheaper: boolean }): string;
  /** a price no product can meet: nothing is free */
  priceImpossible: string;
  /** a filter said with no product ("anything organic") where the catalog cannot list everything */
  filterNeedsProduct(label: string): string;

  /** the top results are one product in several sizes */
  whichSize(name: string, options: string[]): string;
  sizeOption(size: string, price: string): string;
  whichSizeReprompt: string;

  attributeYes(name: string, attribute: string): string;
  /** "does it have any sugar" of a product labelled sugar free: no, and the label */
  substanceNo(name: string, attribute: string): string;
  /** "does it have any sugar" of a product not labelled sugar free: it may, never a guess */
  substanceMaybe(name: string, attribute: string): string;
  /** the catalog does not say the product has it: never a guess either way */
  attributeNotLabelled(name: string, attribute: string): string;
  /** another product of its kind that does: "Meadowbrook Organic Whole Milk is, for $5.49." */
  attributeInstead(name: string, price: string): string;
  inStockYes(name: string): string;
  inStockNo(name: string): string;
  /** "is the milk organic" about a whole category: which of it is */
  groupAttribute(group: string, attribute: string, names: string[], total: number): string;
  groupAttributeNone(group: string, attribute: string): string;
  /** "is it …?" without a word the shop knows */
  attributeUnknown: string;
  // — answers, navigation, account (words) —
  /** a shopper fed up with the shop: an apology and the way to a person */
  complaintHeard(phone: string, hours: string): string;
  /** something went wrong with an order or a delivery ("the driver was rude"): sorry, and a person who can put it right */
  experienceComplaint(phone: string, hours: string): string;
  /** "can I get an invoice": the order's details go by email; a person for a formal invoice */
  receiptInfo(phone: string, hours: string): string;
  /** "repeat that" before the shop has said anything */
  repeatNothing: string;
  /** "repeat that" when the question it would repeat has lapsed (the order question was cancelled) */
  repeatQuestionGone: string;
  goBackNothing: string;
  /** a list read again after "go back"; `query` undefined for the cart */
  backToList(query: string | undefined, items: string[]): string;
  thanksReply: string;
  /** "the one before that" with no older order */
  historyNoOlder(count: number): string;
  /** said before the deals when a loyalty or points scheme is asked about */
  noLoyaltyScheme: string;
  /** said to praise of the shop or a delivery */
  praiseReply: string;
  /** "never mind" at the purchase or PIN question: nothing ordered, the shop stays */
  cancelledPurchase: string;
  /** "never mind" at any other question */
  cancelledQuestion: string;
  /** "cancel" with no question open */
  cancelledNothing: string;
  /** "the second one" with no list read out */
  noListToChoose: string;
  /** a bare number with nothing it could count */
  numberWithoutContext(n: number): string;
  /** a number past any quantity (or digits said one by one) when no voice code was asked for */
  codeNotAsked: string;
  /** the start of the reply to "no, the other one": what was taken out again */
  swapped(name: string): string;
  accountAlreadyLinked: string;
  accountHowToLink: string;
  unlinkNotLinked: string;
  unlinked: string;
  unlinkedCard: string;
  accountCardTitle: string;
  myDataAnonymous: string;
  myDataLinked(name: string, address: string): string;
  deleteAsk: string;
  deleteAskReprompt: string;
  deleted: string;
  smallTalk(shopName: string): string;
  /** "good morning", "hi there": a greeting back, and what the shop does */
  greeting(shopName: string): string;
  voiceCodeInfo(threshold: string, dailyLimit: string): string;
  // — linking where the platform has none (device code) —
  /** a device code to enter at `address` (both already in spoken form); `action` when something linked was asked for */
  deviceCode(action: string | undefined, address: string, code: string): string;
  deviceCodeReprompt(code: string): string;
  deviceCodeCardTitle: string;
  /** the written form, for surfaces with a screen: `address` as typed, `code` as the provider formats it */
  deviceCodeCard(address: string, code: string, minutesLeft: number): string;
  /** "I'm linked" before the code was approved */
  deviceCodeNotYet(address: string, code: string): string;
  /** the code was approved: linked as `name` */
  deviceLinked(name: string): string;
  deviceLinkedReprompt: string;
  /** access_denied: refused on the identity provider's page */
  deviceLinkDenied: string;
  /** expired_token: the code ran out before it was approved */
  deviceCodeExpired: string;
  /** "I'm linked" with no code out */
  deviceLinkNothingPending: string;
  /** the identity provider could not be asked in this turn; nothing changed */
  linkServiceUnavailable: string;
  /** device linking is not set up for this shop, and the surface has no linking of its own */
  linkNotAvailableHere: string;
  alreadyLinked(name: string): string;
  /** "link my account" where the platform links (Alexa): the link is in its app */
  linkInPlatformApp: string;
  /** a surface whose page signs the shopper in (the token comes with each request) */
  signInOnPage(action: string | undefined): string;
  /** that page's sign-in has run out or was not accepted */
  signInAgainOnPage(action: string | undefined): string;
  /** the held link's refresh token no longer works */
  linkEnded: string;
  /** unlinked, and the sign-in revoked at the identity provider */
  unlinkedRevoked: string;
  /** unlinked here; the platform's own link is removed in its app */
  unlinkedInPlatformApp: string;
  /** unlinked here; the page's sign-in is the page's to end */
  unlinkedSignOutOnPage: string;
  unlinkNothingLinked: string;
  /** unlinked here, but the identity provider could not be told (the shop no longer holds the sign-in) */
  unlinkedHere: string;
  /** after a refusal or an ended link: how to start again */
  linkAgainHint: string;
  /** a code read out clearly: digits, and letters with a word where one sounds like another */
  spokenCode(code: string): string;
  /** a web address read out ("corner shop dot example slash link") */
  spokenAddress(address: string): string;
  /**
   * Sentences that promise a card or an app, and what a surface without cards says instead
   * ('' to leave it out): [promise, instead].
   */
  cardPromises: ReadonlyArray<readonly [string, string]>;
  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  /** average and count, then a favourable and a critical quote (either may be missing); quotes already trimmed */
  reviewsSummary(name: string, rating: string, count: string, praise?: SpokenReview, critique?: SpokenReview): string;
  /** what the reply about reviews offers last: to add it (in stock), or another review */
  reviewsOffer(inStock: boolean): string;
  /** rated, but no review texts to read */
  reviewsNoTexts(name: string, rating: string, count: string): string;
  /** no reviews at all */
  reviewsNone(name: string): string;
  /** "read me another": one more review */
  reviewNext(review: SpokenReview): string;
  /** every kept review has been read */
  reviewsNoMore(name: string): string;
  /** "read me another" before any reviews were read */
  reviewsNothingOpen: string;
  reviewsReprompt: string;

  /** one product in a comparison: "Cozy Home Paper Towels, 12 rolls: $16.49, $1.37 a roll, 4.5 stars" */
  compareItem(name: string, size: string, price: string, unitPrice: string | undefined, rating: string): string;
  /** both products, whether they are in stock, then the offer that ends the reply */
  compareBoth(first: string, second: string, stock: string, offer: string): string;
  compareStock(first: { name: string; inStock: boolean }, second: { name: string; inStock: boolean }): string;
  /** what the reply offers to add, by why it stands out; `unit` as said ("roll") for per-unit */
  compareOffer(why: 'cheaper-per-unit' | 'cheaper' | 'better-rated' | 'either', unit?: string): string;
  /** "which is cheaper": the winner, both prices; `perUnit` (the unit's name) when per unit the other is cheaper */
  compareCheaper(winner: string, price: string, other: string, otherPrice: string, perUnit?: string): string;
  /** "which is better value": per unit, with both prices */
  compareBetterValue(winner: string, price: string, unitPrice: string, other: string, otherPrice: string, otherUnitPrice: string): string;
  compareBetterRated(winner: string, rating: string, other: string, otherRating: string): string;
  compareBigger(winner: string, size: string, other: string, otherSize: string): string;
  /** "which one's the cheapest" over a list of `count`: the first on what was asked and the next after it */
  compareBest(criterion: 'price' | 'rating' | 'size' | 'value', count: number, inStock: boolean, winner: string, value: string, next: string, nextValue: string): string;
  /** the two are equal on what was asked */
  compareTie(criterion: 'price' | 'rating' | 'size' | 'value', value: string): string;
  /** sizes in units that do not compare (ounces and counts) */
  compareUnlike(first: string, firstSize: string, second: string, secondSize: string): string;
  /** a yes adds it: "Want it?" after a criterion answer */
  compareWantIt(name: string): string;
  compareSame(name: string): string;
  compareWhich: string;
  compareWithWhat(name: string): string;
  /** a unit price as said: "$1.37 a roll", "8.2 cents an ounce"; `regular` when rolls are counted as regular rolls */
  unitPrice(price: string, unit: 'ounce' | 'fluid-ounce' | 'roll' | 'count' | 'square-foot', regular: boolean): string;
  /** an amount below one currency unit, in its minor unit: "8.2 cents" */
  minorAmount(amount: string): string;
  /** the unit's name, for "the cheaper one per roll" */
  unitName(unit: 'ounce' | 'fluid-ounce' | 'roll' | 'count' | 'square-foot'): string;

  /** why a suggestion was made, as a sentence */
  recommendReason(reason: SpokenReason): string;
  /** several picks for one occasion, each "name, price" */
  recommendSeveral(occasion: string, items: string[]): string;
  /** "why did you suggest that" */
  whyRecommended(names: string, reason: string): string;
  whyNothing: string;

  /** a deal as said: "10% off coffee", "buy 2 Harbor Mills Penne, get one free", "free delivery from $25"; `code` and `minimum` added by dealWith */
  dealText(deal: SpokenDeal): string;
  /** at most three deals, and free delivery from the policy's threshold when there is one */
  deals(items: string[], more: number, freeFrom?: string): string;
  dealsNone(freeFrom?: string): string;
  dealsReprompt: string;
  couponApplied(code: string, deal: string): string;
  couponBelowMinimum(code: string, deal: string, missing: string): string;
  /** after another sentence about a code: what is still missing to use it */
  couponAddMore(missing: string): string;
  couponUnknown(code: string): string;
  couponExpired(code: string): string;
  couponNotYet(code: string, date: string): string;
  couponUsedUp(code: string): string;
  couponEmpty: string;
  couponTooLong: string;
  couponSeveral: string;
  couponAlready(code: string): string;
  couponReplaced(old: string, code: string, deal: string): string;
  /** the purchase question's subtotal with what promotions take off: "$25.98, less $2.60 with code SAVE10" */
  subtotalLess(subtotal: string, discount: string, codes: string[]): string;
  /** the purchase question's subtotal when a promotion made delivery free */
  subtotalFreeDelivery(subtotal: string, codes: string[]): string;

  savedAdded(name: string, count: number): string;
  savedMovedFromCart(name: string, count: number): string;
  savedAlready(name: string): string;
  savedList(count: number, items: string[], more: number): string;
  savedListEmpty: string;
  savedMoved(name: string, cartNow: string): string;
  savedMoveOutOfStock(name: string): string;
  savedRemoved(name: string, left: number): string;
  savedNotOnList(name: string): string;
  savedUnavailable: string;
  /** how the saved list is named when it is paged ("more") */
  savedListLabel: string;
  savedReprompt: string;
}

/** A review as said: its stars, its day (already formatted) and its quote (already trimmed). */
export interface SpokenReview {
  stars: number;
  date: string;
  quote: string;
}

/** A suggestion's reason with its words already in the shopper's language. */
export type SpokenReason =
  { kind: 'history' } | { kind: 'rating'; category?: string } | { kind: 'together'; with: string } | { kind: 'occasion'; occasion: string } | { kind: 'promotion'; deal: string };

/** A promotion as said: prices formatted, the product or category named. */
export interface SpokenDeal {
  kind: 'percent-off' | 'amount-off' | 'buy-n-get-one' | 'free-delivery';
  /** the product or category; undefined for the whole order */
  what?: string;
  percent?: number;
  amount?: string;
  buy?: number;
  minimum?: string;
  code?: string;
}

/** Delivery as the policy sets it, said for this shopper. Prices and dates already formatted. */
export interface DeliveryFacts {
  /** the fee, or undefined when delivery is always free */
  fee?: string;
  /** the subtotal from which it is free; undefined when it never is */
  freeFrom?: string;
  days: number;
  /** when an order placed now would arrive */
  arrives: string;
  area?: string;
  /** the shopper's cart, when it has something in it */
  cart?: { subtotal: string; missing?: string };
}

export interface ReturnFacts {
  /** days to send something back; undefined: no number is promised, customer service arranges it */
  days?: number;
  how?: string;
  phone: string;
  /** customer service's hours, said; undefined where only English text is configured */
  hours?: string;
}

export interface HoursFacts {
  /** customer service's hours, said ("every day from 8 AM to 8 PM"); undefined where only English text is configured */
  hours?: string;
  phone: string;
  /** open right now, when the shop knows its time zone */
  openNow?: boolean;
  /** stores with their hours said; none: an online shop */
  stores: Array<{ name: string; hours?: string }>;
}

export interface StoreFacts {
  stores: Array<{ name: string; address: string; hours?: string; pickup: boolean }>;
  deliveryDays: number;
}

export interface PaymentFacts {
  /** card brands accepted, already joined ("Visa and Mastercard"); undefined: "a card" */
  methods?: string;
  linked: boolean;
}

/** The constraints of a search, said: attribute names, prices formatted. */
export interface SpokenFilter {
  attributes: string[];
  below?: string;
  upTo?: string;
  above?: string;
  from?: string;
}
