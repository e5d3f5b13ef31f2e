import { toCatalogWords } from './catalog-words';
import { EVERYDAY_ENGLISH_WORDS } from './everyday-words';
import type { Messages } from './messages';
import { isNothing } from './policy-format';
import { spokenAddress, spokenCode } from './spoken-codes';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enUS: Messages = {
  launch: (shop) => `Welcome to ${shop}. You can say "find paper towels", or "where is my order". What would you like?`,
  launchReprompt: 'Try "find coffee", or "what\'s in my cart".',
  help:
    'I can find products, tell you about them, keep a cart, and place orders you confirm. ' +
    'Try "find paper towels", "add the first one", "check out", "reorder my usual coffee", or "where is my order". ' +
    'To reach a person, say "customer service".',
  helpReprompt: 'What would you like to do?',
  goodbye: 'Goodbye.',
  goodbyeNothingOrdered: 'Okay, nothing was ordered and your cart is saved. Goodbye.',
  fallback: 'Sorry, I didn\'t get that. You can say "find milk", "what\'s in my cart", or "check out".',
  fallbackReprompt: 'Try "find paper towels", or say "help".',
  anythingElse: 'Anything else?',
  apology: 'Sorry, something went wrong on my side. Nothing was charged. Please try again in a moment.',
  storeBusy: 'Sorry, the shop is very busy right now. Nothing was charged and your cart is safe. Please try again in a minute.',

  searchEmptyQuery: 'What should I look for? For example, say "find dish soap".',
  searchResults: (query, total, readCount, items) =>
    total === 1
      ? `I found one match for ${query}: ${items[0]}. Want to add it?`
      : total === readCount
        ? `I found ${total} for ${query}: ${items.join('; ')}. Want to add one?`
        : `I found ${total} for ${query}. Here are the top ${readCount}: ${items.join('; ')}. Add one, or hear more?`,
  searchMore: (items, remaining) => `Next: ${items.join('; ')}.${remaining > 0 ? ` ${remaining} more after these.` : " That's the last of them."} Want to add one?`,
  searchNoMatch: (query, broader) =>
    broader
      ? `I couldn't find anything for ${query}. Try a broader word, like "${broader}".`
      : `I couldn't find anything for ${query}. Try a broader word, like "coffee" or "paper towels".`,
  searchEndOfList: (query, total) =>
    `${total === 1 ? `That's the only result for ${query}` : `That's all ${total} results for ${query}`}. You can say "find" and something new, or "add" ${total === 1 ? 'it' : 'one of them'}.`,
  searchReprompt: 'Say "add the first one", "tell me about the second one", or "more".',
  noListToPage: 'There\'s no list to go through yet. Say "find" and what you need.',
  listItem: (name, size, price, outOfStock) => `${name}${size ? `, ${size}` : ''}, ${price}${outOfStock ? ', out of stock' : ''}`,
  which: 'Which one? Say "the first one", or the product\'s name.',
  notInList: (position, length) => `There's no number ${position} in the list I just read; it has ${length}. Which one did you mean?`,
  details: (name, brand, size, price, rating, reviews, inStock) =>
    `${name} by ${brand}${size ? `, ${size}` : ''}, costs ${price}. ` +
    `Rated ${rating} stars from ${reviews} ${plural(reviews, 'review', 'reviews')}. ` +
    (inStock ? "It's in stock. Want me to add it?" : "It's out of stock right now."),
  detailsReprompt: 'Should I add it to your cart?',
  recommend: (name, price, rating, reviews, why) =>
    `I'd suggest ${name}, ${price}. ${why} It's rated ${rating} stars from ${reviews} ${plural(reviews, 'review', 'reviews')}. Want me to add it?`,
  recommendWhyHistory: "You've bought it before.",
  recommendWhyRating: (category) => `It's the best rated ${category} we have in stock.`,
  recommendNothing: 'I don\'t have a recommendation for that yet. Try "find" and a product.',
  productNotFound: (spoken) => `I couldn't find ${spoken}. Try "find" and a broader word.`,
  onlyNearest: (spoken, item) => `I don't have ${spoken}. The nearest I found is ${item}. Want that instead?`,

  quantityInvalid: (max) => `I can add from 1 to ${max} of an item. How many would you like? For example, "add two of the first one".`,
  outOfStock: (name) => `Sorry, ${name} is out of stock right now, so I didn't add it.`,
  added: (quantity, name, count, subtotal) => `Added ${quantity} ${name}. Your cart has ${count} ${plural(count, 'item', 'items')}, ${subtotal}. Anything else, or check out?`,
  addedSeveral: (items, count, subtotal) => `Added ${items}. Your cart has ${count} ${plural(count, 'item', 'items')}, ${subtotal}. Anything else, or check out?`,
  addedReprompt: 'Say "check out", or find something else.',
  lineLimit: (name, max, inCart) => `You can have at most ${max} of ${name} in one order, and you have ${inCart}. How many more would you like?`,
  removed: (name) => `Removed ${name} from your cart.`,
  notInCart: (name) => `${name} isn't in your cart.`,
  cartEmpty: 'Your cart is empty. Say "find" and what you need.',
  cartSummary: (count, lines, more, subtotal) =>
    `You have ${count} ${plural(count, 'item', 'items')}: ${lines.join(', ')}${more > 0 ? `, and ${more} more ${plural(more, 'product', 'products')}` : ''}. ` +
    `Subtotal ${subtotal}. Say "check out" when you're ready.`,
  cartLine: (quantity, name) => `${quantity} ${name}`,
  keptOnly: (name) => `Okay, I took out everything except ${name}.`,
  eachSetTo: (quantity, lines) => `Okay, ${quantity} of each of your ${lines} items.`,
  cartCleared: 'Your cart is empty now.',
  startedOverEmptied: "Okay, starting fresh: I've emptied your cart. What would you like?",
  cartCardTitle: 'Cart',

  linkAccount: (action) => `To ${action}, please link your account in the app first. I've sent a card with the link. Your cart is saved.`,
  linkAccountCard: 'Link your account to buy, reorder and check your orders by voice.',
  actionPurchase: 'buy by voice',
  actionReorder: 'reorder',
  actionStatus: 'check your orders',
  customerMissing: "I couldn't find your account details. Please check your account in the app. Nothing was charged.",
  voicePinPrompt: (total) => `For an order of ${total}, please say your four-digit voice code.`,
  voicePinReprompt: 'Please say your four-digit voice code, or say cancel.',
  voicePinUnclear: "I didn't catch four digits. Please say your voice code one digit at a time.",
  voicePinWrong: (left) => `That code isn't right. You have ${left} ${plural(left, 'try', 'tries')} left. Please say your four-digit voice code.`,
  voicePinLocked:
    "That code isn't right either, so I've turned off buying by voice for your account. Nothing was charged and your cart is saved. You can turn it back on in the app.",
  voicePinNotSet: "Orders of this size need a voice code, and your account doesn't have one yet. You can set it in the app. Nothing was charged and your cart is saved.",
  voicePurchaseLocked:
    'Buying by voice is turned off for your account after too many wrong voice codes. You can turn it back on in the app. Nothing was charged and your cart is saved.',
  voiceNotRecognised:
    'I can only place orders for a voice I recognise on this account. Set up your voice profile in the Alexa app, then try again. Nothing was charged and your cart is saved.',
  dailyLimitReached: (limit) => `That would take you past your daily limit of ${limit} for voice orders, so I didn't place it. Nothing was charged and your cart is saved.`,
  accountCheckUnavailable: "I couldn't check your account just now, so I didn't place the order and nothing was charged. Please say yes again in a moment.",

  purchaseQuestion: (seller, lines, subtotal, tax, delivery, total, address) =>
    `From ${seller}: ${lines.join(', ')}. Subtotal ${subtotal}, tax ${tax}, ${isNothing(delivery) ? 'free delivery' : `delivery ${delivery}`}, total ${total}, ` +
    `delivered to ${address}. Should I place the order?`,
  purchaseQuestionReprompt: (total) => `Should I place the order for ${total}? Say yes or no.`,
  placeOrderAgain: 'Should I place the order? Say yes or no.',
  purchaseChanged: (question) => `Your order changed since I asked. ${question}`,
  purchaseUnavailable: (names) => `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} out of stock, so I left ${names.length === 1 ? 'it' : 'them'} out.`,
  orderPlaced: (number, total, date) => `Done. Order ${number} is placed, total ${total}. It arrives ${date}. The details are in your app, and I'll email them too.`,
  orderPlacedCardTitle: 'Order placed',
  orderPlacedCard: (number, lines, total, date, address) => `Order ${number}\n${lines.join('\n')}\nTotal: ${total}\nArrives: ${date}\nDeliver to: ${address}`,
  orderDeclined: "Your card was declined, so the order wasn't placed and nothing was charged. Your cart is saved. You can update your payment method in the app.",
  orderPending: "The payment is taking longer than usual, so your order is still being confirmed. I'll email you as soon as it's settled, and you won't be charged twice.",
  orderPendingCard: (number) => `Order ${number} is being confirmed with your bank. You'll get an email as soon as it's settled.`,
  orderRefused: "I couldn't charge your saved payment method, so the order wasn't placed and nothing was charged. Your cart is saved. Please check your payment method in the app.",
  orderStillConfirming: (number) => `Your order ${number} with these items is still being confirmed, so I won't charge for them again. I'll email you as soon as it's settled.`,
  purchaseTooSlow: "Sorry, that took too long, so I didn't place the order and nothing was charged.",
  purchaseTooSlowCancelled: "Sorry, the shop is very busy, so I didn't place the order and nothing was charged. Your cart is saved. Please try again in a minute.",
  orderCancelled: "Okay, I didn't place the order and nothing was charged. Your cart is saved.",
  nothingToConfirm: 'There\'s nothing waiting for a yes right now. Say "check out" to order what\'s in your cart.',
  nothingToCancel: 'Okay.',

  reorderNothing: "I don't see any past orders to reorder yet.",
  reorderNoMatch: (spoken) => `I couldn't find ${spoken} in your past orders. You can say "find ${spoken}" instead.`,

  statusNone: "You don't have any orders yet.",
  statusNoMatch: (spoken) => `I couldn't find an order with ${spoken}.`,
  statusPlaced: (number, items, date) => `Your order ${number} with ${items} is being packed. It should arrive ${date}.`,
  statusShipped: (number, items, date) => `Your order ${number} with ${items} is on its way and should arrive ${date}.`,
  statusDelivered: (number, items, date) => `Your order ${number} with ${items} was delivered ${date}.`,
  statusPending: (number) => `Your order ${number} is still being confirmed with your bank. I'll send an email once it's placed.`,
  statusFailed: (number) => `Your order ${number} wasn't placed because the payment was declined. Nothing was charged.`,
  orderCardTitle: (number) => `Order ${number}`,
  moreItems: (count) => `${count} more`,

  human: (phone, hours) => `You can talk to a person at ${phone}, ${hours}. I've sent the number to your app.`,
  humanCardTitle: 'Customer service',
  humanCard: (phone, hours) => `Call ${phone}, ${hours}.`,

  address: (a) => `${a.line1}, ${a.city}`,

  // The catalog is kept in American English.
  categoryName: (category) => category,
  usualNicknames: (category) => [`usual ${category}`, `my usual ${category}`],
  // said as it was, unless a brand name said for the thing is put into the catalog's words
  catalogQuery: (spoken) => {
    const words = toCatalogWords(spoken, EVERYDAY_ENGLISH_WORDS);
    return words.toLowerCase() === spoken.toLowerCase() ? spoken : words;
  },

  // — cart editing and orders —
  cartNow: (count, subtotal) => `Your cart has ${count} ${plural(count, 'item', 'items')}, ${subtotal}.`,
  quantitySet: (quantity, name) => `Okay, you now have ${quantity} ${name}.`,
  addedMore: (added, name, now) => `Added ${added} more ${name}, so you have ${now}.`,
  removedSome: (removed, name, left) => `I took ${removed} ${name} out, so you have ${left} left.`,
  quantityRefused: (name, max, current) => `I can set ${name} to anything from 1 to ${max}, so I've left it at ${current}. How many would you like?`,
  howMany: (name) => `How many ${name} would you like? For example, say "make it three".`,
  whichInCart: (options) => `Which one: ${options}?`,

  historyNone: 'You haven\'t placed any orders yet. Say "find" and what you need.',
  lastBought: (name, date, quantity) => `You last bought ${quantity > 1 ? `${quantity} ` : ''}${name} on ${date}.`,
  neverBought: (name) => `I don't see ${name} in your past orders.`,
  historyOne: (entry, latest) => `${latest ? 'Your last order' : 'That order'}: ${entry}.`,
  history: (count, entries) =>
    count === 1
      ? `You've placed one order: ${entries[0]}.`
      : `You've placed ${count} orders. ${entries.length < count ? `The latest ${entries.length}` : 'Newest first'}: ${entries.join('; ')}.`,
  historyEntry: (date, items, total, state) => `${date}, ${items}, ${total}${state === 'cancelled' ? ', cancelled' : state === 'pending' ? ', still being confirmed' : ''}`,
  historyReprompt: 'You can say "reorder" and a product, or "where is my order".',
  ordersCardTitle: 'Your orders',

  orderNumberNotFound: (number) => `I can't find order ${number} in your account. Please check the number, or say "where is my order".`,
  statusSeveral: (count, entries) => `You have ${count} orders on the way${entries.length < count ? `, the latest ${entries.length}` : ''}: ${entries.join('; ')}.`,
  statusEntry: (items, date, pending) => (pending ? `the one with ${items} is still being confirmed` : `the one with ${items} should arrive ${date}`),
  statusSeveralReprompt: 'To hear about one, say "where is my" and the product.',
  statusCancelled: (number, items) => `Your order ${number} with ${items} was cancelled, and its refund goes back to your card.`,

  actionCancelOrder: 'cancel an order',
  cancelAsk: (number, items, total) => `Cancel order ${number} with ${items}, total ${total}? You'll get the money back.`,
  cancelAskReprompt: (number) => `Should I cancel order ${number}? Say yes or no.`,
  cancelDone: (number, total, refund) =>
    refund === 'refunded'
      ? `Done. Order ${number} is cancelled, and ${total} is refunded to your card. It can take a few days to show.`
      : refund === 'refund-pending'
        ? `Done. Order ${number} is cancelled, and the refund of ${total} is on its way to your card. It can take a few days.`
        : `Order ${number} is cancelled. The refund of ${total} is under way, and I'll email you once your bank has it.`,
  cancelCardTitle: 'Order cancelled',
  cancelCard: (number, total, refund) => `Order ${number} is cancelled.\nRefund: ${total}, ${refund === 'refunded' ? 'refunded to your card' : 'on its way to your card'}.`,
  cancelAlready: (number) => `Order ${number} is already cancelled.`,
  cancelKept: (number) => `Okay, order ${number} stays as it is.`,
  cancelNothing: "You don't have any orders to cancel.",
  cancelNoMatch: (spoken) => `I couldn't find an order with ${spoken} to cancel.`,
  cancelStillConfirming: (number) => `Order ${number} is still being confirmed with your bank, so I can't cancel it yet. Please ask again in a few minutes.`,
  cancelTooLate: (items, minutes, phone) =>
    `${minutes > 0 ? `Your order with ${items} is past the ${minutes}-minute window, so I can't cancel it.` : `I can't cancel your order with ${items} by voice.`} ` +
    `For a return, call customer service at ${phone}. It's in your app too.`,
  cancelInFulfilment: (items, phone) =>
    `Your order with ${items} is already being packed, so I can't cancel it. For a return, call customer service at ${phone}. It's in your app too.`,
  changeOrder: (phone) => `I can't change a placed order or its delivery address by voice. Customer service can help at ${phone}. The number is on a card in your app.`,
  changeOrderCancelHint: 'Or say "cancel my order", and order again.',
  returnItem: (product, phone) =>
    `To send ${product ?? 'something'} back, please call customer service at ${phone}. They'll help with the return. The number is on a card in your app.`,

  // — after the order: fulfilment status, reminders, feedback —
  statusConfirmed: (number, items, date) => `Your order ${number} with ${items} is confirmed. It should arrive ${date}.`,
  statusNoUpdate: (number, items, date) => `Your order ${number} with ${items} was due ${date}. I haven't had a delivery update yet.`,
  statusWithWarehouse: (number, items, date) => `Your order ${number} with ${items} is with our warehouse. It should arrive ${date}.`,
  statusPacked: (number, items, date) => `Your order ${number} with ${items} is packed. It should arrive ${date}.`,
  statusShippedBy: (number, items, date, carrier) => `Your order ${number} with ${items} has shipped with ${carrier} and should arrive ${date}.`,
  statusOutForDelivery: (number, items) => `Your order ${number} with ${items} is out for delivery today.`,
  statusDelayed: (number, items, date) => `Your order ${number} with ${items} is running late. It should now arrive ${date}.`,
  statusShopCancelled: (number, items) => `We had to cancel your order ${number} with ${items}, sorry. The full amount goes back to your card.`,

  actionReminders: 'set up reminders',
  notifyShipping: (number, alexa) =>
    alexa
      ? `Okay. I'll let you know when order ${number} ships, by email, and with an Alexa notification if you've allowed them in the Alexa app.`
      : `Okay. I'll email you when order ${number} ships.`,
  notifyAlreadyShipped: (number, carrier, date) => `Order ${number} has already shipped with ${carrier} and should arrive ${date}.`,
  notifyAlreadyDelivered: (number, date) => `Order ${number} was delivered ${date}.`,
  notifyNoOrder: 'You don\'t have an order on its way. To hear when something\'s back in stock, say "tell me when" and the product.',
  notifyStock: (name, alexa) =>
    alexa
      ? `Okay, I'll let you know when ${name} is back in stock, by email, and with an Alexa notification if you've allowed them. Say "stop reminding me" to turn it off.`
      : `Okay, I'll email you when ${name} is back in stock. Say "stop reminding me" to turn it off.`,
  notifyInStock: (name) => `Good news: ${name} is in stock right now. Want me to add it?`,
  noDatedReminders: "I can't set a reminder for a day or a time. I can remind you once about items left in your cart, or tell you when something's back in stock. Anything else?",
  cartReminderOn: (minutes, alexa) =>
    `Okay. If you leave items in your cart, I'll remind you once after ${minutes % 60 === 0 ? `${minutes / 60} ${plural(minutes / 60, 'hour', 'hours')}` : `${minutes} ${plural(minutes, 'minute', 'minutes')}`}, by ${alexa ? 'Alexa notification or ' : ''}email. Say "stop reminding me" to turn it off.`,
  remindersStopped: (count) =>
    count > 0 ? "Okay, no more reminders. You'll still get emails about your orders." : "You don't have any reminders on. You'll still get emails about your orders.",

  feedbackAtLaunch: (shop, items) => `Welcome back to ${shop}. Your order with ${items} was delivered. How was it, from one to five?`,
  feedbackAsk: (items) => `How was your order with ${items}, from one to five?`,
  feedbackAskReprompt: 'Please rate your order from one to five, like "four stars".',
  feedbackRatingUnclear: 'Please give me a number from one to five, like "four stars".',
  feedbackThanks: (rating) => `${rating >= 4 ? 'Thank you, glad to hear it.' : 'Thanks for letting us know.'} Anything you'd like to tell us?`,
  feedbackSorry: (phone) => `I'm sorry it wasn't better. To talk to a person, call ${phone}; the number is in your app. Anything you'd like to tell us?`,
  feedbackCommentAsk: "Anything you'd like to tell us?",
  feedbackGoAhead: 'Go ahead. Start with "my feedback is", then say what you think.',
  feedbackCommentThanks: "Thank you, I've passed that on to the team. Anything else?",
  feedbackComplaint: (phone) => `Thank you, and I'm sorry about that. A person can help at ${phone}; I've sent the number to your app. Anything else?`,
  feedbackCommentUnclear: 'Sorry, I didn\'t catch that. Say "my feedback is" and what you\'d like to tell us, or say "no".',
  feedbackNoComment: 'Okay, thanks for rating your order. Anything else?',
  feedbackNothingToRate: "I don't see a delivered order to rate yet, but your feedback is welcome. What would you like to tell us?",
  // — policies, search constraints and product questions —
  deliveryInfo: (f) => {
    const cost =
      f.fee === undefined ? 'Delivery is always free.' : f.freeFrom ? `Delivery is ${f.fee}, and free on orders of ${f.freeFrom} or more before tax.` : `Delivery is ${f.fee}.`;
    const cart = !f.cart
      ? ''
      : f.cart.missing
        ? ` Your cart is at ${f.cart.subtotal}, so ${f.cart.missing} more gets you free delivery.`
        : f.freeFrom
          ? ' Your cart already gets free delivery.'
          : '';
    const days = f.days === 0 ? 'Orders arrive the same day' : `It takes ${f.days} business ${plural(f.days, 'day', 'days')}`;
    const when = f.cart ? `${days}.` : `${days}, so an order now arrives ${f.arrives}.`;
    return `${cost}${cart} ${when}${f.area ? ` We deliver to ${f.area}.` : ''}`;
  },
  returnPolicy: (f) =>
    f.days !== undefined
      ? `You can return items within ${f.days} ${plural(f.days, 'day', 'days')} of delivery. ${f.how ?? `Customer service at ${f.phone} will arrange it.`}`
      : `Returns go through customer service: call ${f.phone}${f.hours ? `, ${f.hours}` : ''}, and they'll sort it out with you.${f.how ? ` ${f.how}` : ''}`,
  openingHours: (f) => {
    const now = f.openNow === undefined ? '' : f.openNow ? " They're open now." : " They're closed right now.";
    const service = `Customer service is open ${f.hours ?? 'daily'}, at ${f.phone}.${now}`;
    if (f.stores.length === 0) return `We're an online shop, so you can order any time. ${service}`;
    const stores = f.stores.map((s) => (s.hours ? `${s.name} is open ${s.hours}` : `${s.name} is open the usual hours`)).join('; ');
    return `${stores}. ${service}`;
  },
  storeLocations: (f) => {
    if (f.stores.length === 0) return `We're online only, with no store or pickup. We deliver to your door in ${f.deliveryDays} business ${plural(f.deliveryDays, 'day', 'days')}.`;
    const stores = f.stores.map((s) => `${s.name}, ${s.address}${s.hours ? `, open ${s.hours}` : ''}`).join('; ');
    const pickup = f.stores.some((s) => s.pickup) ? 'You can pick up orders there, or we deliver.' : 'Orders are delivered to your door.';
    return `${f.stores.length === 1 ? 'Our store' : 'Our stores'}: ${stores}. ${pickup}`;
  },
  paymentOptions: (f) =>
    `We charge the card saved in your account${f.methods ? `; we take ${f.methods}` : ''}. ` +
    (f.linked
      ? 'To pay with a different card, change your payment method in the app before you check out.'
      : 'Link your account in the app and save a card there to buy by voice.'),
  hoursSpan: (days, opens, closes) => `${days} from ${opens} to ${closes}`,
  everyDay: 'every day',
  dayRange: (first, last) => `${first} to ${last}`,
  clockTime: (formatted) => formatted,
  policyReprompt: 'Anything else I can help with?',

  filterLabel: (query, f) => {
    const price =
      f.from && f.upTo
        ? ` between ${f.from} and ${f.upTo}`
        : [f.below && ` under ${f.below}`, f.upTo && ` up to ${f.upTo}`, f.above && ` over ${f.above}`, f.from && ` from ${f.from}`].filter(Boolean).join('');
    return `${[...f.attributes, query || 'products'].join(' ')}${price}`;
  },
  filteredResults: (label, total, items) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${items.join('; ')}.` +
    (total > items.length ? ` That's ${items.length} of ${total}. Add one, or hear more?` : total === 1 ? ' Want to add it?' : ' Want to add one?'),
  sortedResults: (label, sort, total, items) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${sort === 'rating' ? 'best rated' : sort === 'price-ascending' ? 'cheapest' : 'most expensive'} first: ${items.join('; ')}.` +
    (total > items.length ? ' Add one, or hear more?' : ' Want to add one?'),
  ratedItem: (name, _size, price, rating) => `${name}, ${price}, rated ${rating}`,
  filterNoMatch: (label, query, others) =>
    others > 0 ? `I don't see any ${label}. Say "find ${query}" to hear all ${others} we have.` : `I don't see any ${label}. What else can I look for?`,
  priceNoMatch: (label, nearest) => `I don't see any ${label}.${nearest ? ` The ${nearest.cheaper ? 'cheapest' : 'priciest'} is ${nearest.name} at ${nearest.price}.` : ''}`,
  priceImpossible: 'Nothing here is free, I\'m afraid. Tell me a price, like "coffee under ten dollars".',
  filterNeedsProduct: (label) => `Which kind of ${label}? For example, say "coffee under ten dollars".`,

  whichSize: (name, options) => `${name} comes in ${new Intl.ListFormat('en-US', { type: 'disjunction' }).format(options)}. Which size?`,
  sizeOption: (size, price) => `${size} for ${price}`,
  whichSizeReprompt: 'Which size would you like? Say the size, or "the first one".',

  attributeYes: (name, attribute) => `Yes, ${name} is ${attribute}.`,
  substanceNo: (name, attribute) => `No, ${name} is ${attribute}.`,
  substanceMaybe: (name, attribute) => `${name} isn't labeled ${attribute}, so it may have some.`,
  attributeNotLabelled: (name, attribute) => `${name} isn't labeled ${attribute}, so I wouldn't count on it.`,
  attributeInstead: (name, price) => `${name} is, for ${price}. Want that one instead?`,
  inStockYes: (name) => `Yes, ${name} is in stock.`,
  inStockNo: (name) => `No, ${name} is out of stock right now.`,
  groupAttribute: (group, attribute, names, total) => `Our ${attribute} ${group}: ${namesAndMore(names, total)}. Want to add ${total === 1 ? 'it' : 'one'}?`,
  groupAttributeNone: (group, attribute) => `None of our ${group} is labeled ${attribute}.`,
  attributeUnknown: 'I can tell you whether something is organic, gluten free, vegan, decaf or in stock. What would you like to know?',
  // — answers, navigation, account (words) —
  complaintHeard: (phone, hours) => `Sorry, I'm getting this wrong. A person can help at ${phone}, ${hours}. Or tell me what you're looking for, in a few words.`,
  experienceComplaint: (phone, hours) => `I'm sorry to hear that. A person can put it right at ${phone}, ${hours}. Anything else I can help with?`,
  receiptInfo: (phone, hours) => `Every order's details and total go to your email when it's placed. For a formal invoice, a person can help at ${phone}, ${hours}.`,
  repeatNothing: "I haven't said anything yet. What would you like?",
  repeatQuestionGone: 'That question has lapsed, so nothing was ordered. Say "check out" to hear your order again.',
  goBackNothing: 'There\'s no earlier list to go back to. Say "find" and what you need.',
  backToList: (query, items) => `${query === undefined ? 'Back to your cart' : `Back to ${query}`}: ${items.join('; ')}. Add one, or hear more?`,
  thanksReply: "You're welcome! Anything else?",
  historyNoOlder: (count) => (count === 1 ? "That's your only order." : `That's the oldest of your ${count} orders.`),
  noLoyaltyScheme: "We don't have a loyalty or points program.",
  praiseReply: "Thank you, that's great to hear! Anything else?",
  cancelledPurchase: "Okay, I've cancelled that. Nothing was ordered and your cart is saved. What else can I do?",
  cancelledQuestion: 'Okay, never mind. What would you like to do?',
  cancelledNothing: 'Okay. What else can I do for you? Say "stop" when you\'re done.',
  noListToChoose: 'There\'s no list to choose from yet. Say "find" and what you need.',
  numberWithoutContext: (n) => `${n} of what? For example, say "add ${n} bananas".`,
  codeNotAsked: "That's more than I can add of one item, and I'm not asking for a voice code right now. What would you like to do?",
  swapped: (name) => `Okay, I took ${name} out.`,
  accountAlreadyLinked: 'Your account is already linked, so you can buy, reorder and check orders by voice. To unlink it, say "unlink my account".',
  accountHowToLink: 'To link your account, open the Alexa app or our website, find Corner Shop, and choose "Link account". I\'ve sent you a card with the link.',
  unlinkNotLinked: "Your account isn't linked, so there's nothing to unlink.",
  unlinked:
    "Done. I've removed your account link here and deleted your cart. Past orders stay as the record of your purchases. To finish, unlink Corner Shop in the Alexa app, or sign out on our website.",
  unlinkedCard: 'Your account link, cart and conversation were deleted. To finish, unlink Corner Shop in the Alexa app, or sign out on our website. Past orders stay on record.',
  accountCardTitle: 'Your account',
  myDataAnonymous: 'Without a linked account I only keep your cart and this conversation on this device. To delete them, say "delete my data".',
  myDataLinked: (name, address) =>
    `I keep your cart, this conversation and your orders, and use your name, ${name}, address, ${address}, email and saved card, all shown in the app. To delete your data, say "delete my data".`,
  deleteAsk: 'That deletes your cart, this conversation and your account link. Past orders stay as the record of a sale. Should I delete your data?',
  deleteAskReprompt: 'Should I delete your data? Say yes or no.',
  deleted: "Done. I've deleted your cart, this conversation and your account link. Your past orders stay as the record of your purchases. Goodbye.",
  greeting: (shop) => `Hello, and welcome to ${shop}. I can find groceries, fill your cart and place orders you confirm. What would you like?`,
  smallTalk: (shop) =>
    `I'm ${shop}'s voice assistant, not a person, and I'm doing well, thanks. I can help you find groceries, fill your cart and place orders you confirm. What would you like?`,
  voiceCodeInfo: (threshold, dailyLimit) =>
    `You need your four-digit voice code only for orders of ${threshold} or more; smaller orders just need your yes. By voice you can spend up to ${dailyLimit} a day. Set or change the code in the app.`,
  // — linking where the platform has none (device code) —
  deviceCode: (action, address, code) =>
    action
      ? `To ${action}, link your account: go to ${address} and enter the code ${code}. Your cart is saved.`
      : `To link your account, go to ${address} and enter the code ${code}.`,
  deviceCodeReprompt: (code) => `Once you've entered ${code}, say "I'm linked". Or say "repeat the code".`,
  deviceCodeCardTitle: 'Link your account',
  deviceCodeCard: (address, code, minutes) => `Go to ${address} and enter the code ${code}. It works for ${minutes} minutes.`,
  deviceCodeNotYet: (address, code) => `I don't see the code entered yet. Go to ${address}, enter ${code} and allow it, then say "I'm linked".`,
  deviceLinked: (name) => `You're linked, ${name}. You can check out, reorder and ask about your orders now. What would you like?`,
  deviceLinkedReprompt: 'What would you like?',
  deviceLinkDenied: 'The link was turned down on the website, so nothing is linked and nothing was charged.',
  deviceCodeExpired: 'That code ran out before it was entered, so nothing is linked. Say "link my account" for a new one.',
  deviceLinkNothingPending: 'There\'s no code waiting to be entered. Say "link my account" to get one.',
  linkServiceUnavailable: "I couldn't reach the sign-in service just now. Nothing was charged. Please try again in a moment.",
  linkNotAvailableHere: "I can't link your account in this conversation. Sign in on the Corner Shop website, then come back. Your cart is saved.",
  alreadyLinked: (name) => `Your account is already linked, ${name}. What would you like?`,
  linkInPlatformApp: "I've put a link in your Alexa app. Open it there to link your Corner Shop account. What else can I do?",
  signInOnPage: (action) => `${action ? `To ${action}, please` : 'Please'} sign in on this page first. Your cart is saved.`,
  signInAgainOnPage: (action) => `Your sign-in on this page has run out. Please sign in again${action ? ` to ${action}` : ''}. Your cart is saved.`,
  linkEnded: 'Your account link has ended.',
  unlinkedRevoked: "Done. Your account is unlinked and its sign-in is switched off. I've cleared your cart here. Your orders stay on record.",
  unlinkedInPlatformApp: "I've cleared your cart here. To unlink your account too, turn off Corner Shop's account linking in the Alexa app.",
  unlinkedSignOutOnPage: "I've cleared your cart here. To stop using your account on this page, sign out of it.",
  unlinkNothingLinked: "Your account isn't linked here, so there's nothing to unlink. What would you like?",
  unlinkedHere: "Done. Your account is unlinked here, and I've cleared your cart. Your orders stay on record.",
  linkAgainHint: 'Say "link my account" to try again.',
  spokenCode: (code) => spokenCode(code, { letter: (l) => (EN_LETTER_WORDS[l] ? `${l} as in ${EN_LETTER_WORDS[l]}` : l) }),
  spokenAddress: (address) => spokenAddress(address, { dot: 'dot', slash: 'slash', colon: 'colon', dash: 'dash' }),
  cardPromises: [
    [" The details are in your app, and I'll email them too.", " I'll email the details too."],
    [" I've sent the number to your app.", ''],
    [" It's in your app too.", ''],
    [' The number is on a card in your app.', ''],
  ],

  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  reviewsSummary: (name, rating, count, praise, critique) =>
    `${name} has ${rating} stars from ${count} reviews.` +
    (praise ? ` A ${praise.stars}-star review says: "${praise.quote}"` : '') +
    (critique ? ` A ${critique.stars}-star review says: "${critique.quote}"` : ''),
  reviewsOffer: (inStock) => (inStock ? 'Want me to add it?' : 'Want to hear another review?'),
  reviewsNoTexts: (name, rating, count) => `${name} has ${rating} stars from ${count} reviews, but I have no review texts to read for it. Want me to add it?`,
  reviewsNone: (name) => `Nobody has reviewed ${name} yet. Want me to add it anyway?`,
  reviewNext: (r) => `A ${r.stars}-star review from ${r.date}: "${r.quote}"`,
  reviewsNoMore: (name) => `That's all the reviews I have for ${name}. Want me to add it?`,
  reviewsNothingOpen: 'I haven\'t read any reviews yet. Ask "what do people say about" and a product.',
  reviewsReprompt: 'Say "read me another", or "add it".',

  compareItem: (name, size, price, unitPrice, rating) => `${name}${size ? `, ${size}` : ''}: ${price}${unitPrice ? `, ${unitPrice}` : ''}, ${rating} stars`,
  compareBoth: (first, second, stock, offer) => `${first}. ${second}. ${stock} ${offer}`,
  compareStock: (a, b) =>
    a.inStock && b.inStock ? 'Both are in stock.' : !a.inStock && !b.inStock ? 'Neither is in stock right now.' : `${a.inStock ? b.name : a.name} is out of stock.`,
  compareOffer: (why, unit) =>
    why === 'cheaper-per-unit'
      ? `Want the cheaper one per ${unit}?`
      : why === 'cheaper'
        ? 'Want the cheaper one?'
        : why === 'better-rated'
          ? 'Want the better rated one?'
          : 'Want one of them?',
  compareCheaper: (winner, price, other, otherPrice, perUnit) =>
    `${winner} is cheaper, at ${price} against ${otherPrice} for ${other}.` + (perUnit ? ` But per ${perUnit}, it's the other way round.` : ''),
  compareBetterValue: (winner, price, unitPrice, other, otherPrice, otherUnitPrice) =>
    `${winner} is better value: ${price}, or ${unitPrice}, against ${otherPrice}, or ${otherUnitPrice}, for ${other}.`,
  compareBetterRated: (winner, rating, other, otherRating) => `${winner} is better rated, with ${rating} stars against ${otherRating} for ${other}.`,
  compareBigger: (winner, size, _other, otherSize) => `${winner} is bigger: ${size}, against ${otherSize}.`,
  compareBest: (criterion, count, inStock, winner, value, next, nextValue) =>
    criterion === 'rating'
      ? `Of ${inStock ? `the ${count} in stock` : `those ${count}`}, ${winner} is the best rated, with ${value} stars; next is ${next}, with ${nextValue}.`
      : `Of ${inStock ? `the ${count} in stock` : `those ${count}`}, ${winner} is ${criterion === 'price' ? 'the cheapest' : criterion === 'size' ? 'the biggest' : 'the best value'}, at ${value}; next is ${next}, at ${nextValue}.`,
  compareTie: (criterion, value) =>
    criterion === 'price'
      ? `They cost the same, ${value}.`
      : criterion === 'rating'
        ? `Both have ${value} stars.`
        : criterion === 'size'
          ? `They're the same size, ${value}.`
          : `They're the same value, ${value}.`,
  compareUnlike: (first, firstSize, second, secondSize) => `${first} is ${firstSize} and ${second} is ${secondSize}, so I can't say which holds more.`,
  compareWantIt: (name) => `Want ${name}?`,
  compareSame: (name) => `That's the same product twice: ${name}. Which two should I compare? Say, for example, "compare the first two".`,
  compareWhich: 'Which two should I compare? Search first, then say "compare the first two", or name both.',
  compareWithWhat: (name) => `Compare ${name} with what? Name the other one, or say "the second one".`,
  unitPrice: (price, unit, regular) =>
    unit === 'count'
      ? `${price} each`
      : `${price} ${unit === 'ounce' ? 'an ounce' : unit === 'fluid-ounce' ? 'a fluid ounce' : unit === 'roll' ? (regular ? 'a regular roll' : 'a roll') : 'a square foot'}`,
  minorAmount: (amount) => `${amount} cents`,
  unitName: (unit) => (unit === 'ounce' ? 'ounce' : unit === 'fluid-ounce' ? 'fluid ounce' : unit === 'roll' ? 'roll' : unit === 'count' ? 'item' : 'square foot'),

  recommendReason: (reason) =>
    reason.kind === 'history'
      ? "You've bought it before."
      : reason.kind === 'rating'
        ? reason.category
          ? `It's the best rated ${reason.category} we have in stock.`
          : "It's one of our best rated products in stock."
        : reason.kind === 'together'
          ? `People who buy ${reason.with} often get it too.`
          : reason.kind === 'occasion'
            ? `It's a good pick ${reason.occasion}.`
            : `It's on offer: ${reason.deal}.`,
  recommendSeveral: (occasion, items) =>
    `${occasion[0].toUpperCase()}${occasion.slice(1)}, try ${items.slice(0, -1).join('; ')}${items.length > 1 ? '; and ' : ''}${items[items.length - 1]}. Want one of them?`,
  whyRecommended: (names, reason) => `${reason} That's why I suggested ${names}.`,
  whyNothing: 'I haven\'t suggested anything yet. Say "what do you recommend".',

  dealText: (d) => {
    const what = d.what ?? (d.minimum ? `orders of ${d.minimum} or more` : 'your order');
    const base =
      d.kind === 'percent-off'
        ? `${d.percent}% off ${what}`
        : d.kind === 'amount-off'
          ? `${d.amount} off ${what}`
          : d.kind === 'buy-n-get-one'
            ? `buy ${d.buy} ${d.what ?? ''} and get one free`.replace(/\s+/g, ' ')
            : d.minimum
              ? `free delivery on ${what}`
              : 'free delivery';
    return `${base}${d.minimum && d.what ? ` when you spend ${d.minimum}` : ''}${d.code ? ` with code ${d.code}` : ''}`;
  },
  deals: (items, more, freeFrom) =>
    `Right now: ${new Intl.ListFormat('en-US', { type: 'conjunction' }).format(items)}.${more > 0 ? ` And ${more} more.` : ''}${freeFrom ? ` Delivery is free from ${freeFrom}.` : ''} What would you like?`,
  dealsNone: (freeFrom) =>
    freeFrom
      ? `There are no deals or coupons right now, but delivery is free from ${freeFrom}. What would you like?`
      : 'There are no deals or coupons right now. What would you like?',
  dealsReprompt: 'Say "find" and a product, or "apply code" and a code.',
  couponApplied: (code, deal) => `Done: code ${code} gives you ${deal}. You'll hear it at checkout. Anything else?`,
  couponBelowMinimum: (code, deal, missing) => `Code ${code} is saved: ${deal}. Add ${missing} more to your cart to use it.`,
  couponAddMore: (missing) => `Add ${missing} more to your cart to use it.`,
  couponUnknown: (code) => `I can't apply that: ${code} isn't a valid code. Check the spelling, or say "any deals" to hear what's on.`,
  couponExpired: (code) => `Code ${code} has expired, so I can't apply it. Say "any deals" to hear what's on now.`,
  couponNotYet: (code, date) => `Code ${code} starts on ${date}, so I can't apply it yet.`,
  couponUsedUp: (code) => `You've already used code ${code} as often as it allows, so I can't apply it again.`,
  couponEmpty: 'Which code? Say "apply code" and then the code.',
  couponTooLong: "That's longer than any of our codes. Please say just the code.",
  couponSeveral: 'One code per order, please. Which one should I apply?',
  couponAlready: (code) => `Code ${code} is already on your order.`,
  couponReplaced: (old, code, deal) => `One code per order, so I swapped ${old} for ${code}: ${deal}.`,
  subtotalLess: (subtotal, discount, codes) => `${subtotal}, less ${discount}${codes.length > 0 ? ` with code ${codes.join(' and ')}` : ' in offers'}`,
  subtotalFreeDelivery: (subtotal, codes) => `${subtotal}, with free delivery${codes.length > 0 ? ` from code ${codes.join(' and ')}` : ' on offer'}`,

  savedAdded: (name, count) => `Saved ${name} for later. Your list has ${count} ${plural(count, 'item', 'items')}. Anything else?`,
  savedMovedFromCart: (name, count) => `I moved ${name} from your cart to your list for later. Your list has ${count} ${plural(count, 'item', 'items')}.`,
  savedAlready: (name) => `${name} is already on your list. Anything else?`,
  savedList: (count, items, more) =>
    `Your list has ${count} ${plural(count, 'item', 'items')}: ${items.join('; ')}.${more > 0 ? ' Say "more" to hear the rest, or' : ' Say'} "move the first one to my cart".`,
  savedListEmpty: 'Your list is empty. To keep something for later, say "save it for later" while we talk about it.',
  savedMoved: (name, cartNow) => `I moved ${name} to your cart. ${cartNow} Anything else?`,
  savedMoveOutOfStock: (name) => `${name} is out of stock right now, so it stays on your list.`,
  savedRemoved: (name, left) => `Removed ${name} from your list. ${left === 0 ? "It's empty now." : `${left} ${plural(left, 'item', 'items')} left.`}`,
  savedNotOnList: (name) => `${name} isn't on your list. Say "what's on my list" to hear it.`,
  savedUnavailable: "I can't keep a list for later here, sorry. You can add it to your cart instead.",
  savedListLabel: 'your list',
  savedReprompt: 'Say "what\'s on my list", or find something else.',
};

/** "A, B and 2 more": a list of names with what was left unsaid. */
function namesAndMore(names: string[], total: number): string {
  const more = total - names.length;
  return new Intl.ListFormat('en-US', { type: 'conjunction' }).format(more > 0 ? [...names, `${more} more`] : names);
}

/** Letters a listener mixes up, each with an everyday word that starts with it. */
const EN_LETTER_WORDS: Record<string, string> = {
  B: 'boy',
  C: 'cat',
  D: 'dog',
  E: 'egg',
  F: 'fish',
  G: 'goat',
  M: 'mouse',
  N: 'nut',
  P: 'pen',
  S: 'sun',
  T: 'tea',
  V: 'van',
  Z: 'zoo',
};
