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
  listItem(name: string, size: string, price: string): string;
  which: string;
  notInList(position: number, length: number): string;
  details(name: string, brand: string, size: string, price: string, rating: string, reviews: number, inStock: boolean): string;
  detailsReprompt: string;
  recommend(name: string, price: string, rating: string, reviews: number, why: string): string;
  recommendWhyHistory: string;
  recommendWhyRating(category: string): string;
  recommendNothing: string;
  productNotFound(spoken: string): string;

  quantityInvalid(max: number): string;
  outOfStock(name: string): string;
  added(quantity: number, name: string, itemCount: number, subtotal: string): string;
  addedReprompt: string;
  lineLimit(name: string, max: number, inCart: number): string;
  removed(name: string): string;
  notInCart(name: string): string;
  cartEmpty: string;
  cartSummary(itemCount: number, lines: string[], moreLines: number, subtotal: string): string;
  cartLine(quantity: number, name: string): string;
  cartCleared: string;
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

  // — answers, navigation, account (words) —
  /** "repeat that" before the shop has said anything */
  repeatNothing: string;
  /** "repeat that" when the question it would repeat has lapsed (the order question was cancelled) */
  repeatQuestionGone: string;
  goBackNothing: string;
  /** a list read again after "go back"; `query` undefined for the cart */
  backToList(query: string | undefined, items: string[]): string;
  thanksReply: string;
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
  voiceCodeInfo(threshold: string): string;
}
