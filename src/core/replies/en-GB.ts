import { toCatalogWords, type CatalogWords } from './catalog-words';
import { EVERYDAY_ENGLISH_WORDS } from './everyday-words';
import type { Messages } from './messages';
import { isNothing } from './policy-format';
import { spokenAddress, spokenCode } from './spoken-codes';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Where British shoppers use another word for a catalog category. */
const BRITISH_CATEGORIES: Readonly<Record<string, string>> = {
  'paper towels': 'kitchen roll',
  'toilet paper': 'loo roll',
  'dish soap': 'washing-up liquid',
  'laundry detergent': 'washing liquid',
  'trash bags': 'bin bags',
  chips: 'crisps',
  cookies: 'biscuits',
  soda: 'fizzy drinks',
  'canned soup': 'tinned soup',
  produce: 'fruit and veg',
  diapers: 'nappies',
  'cleaning supplies': 'cleaning products',
  health: 'medicine',
};

/** What a British shopper says for the catalog's American words. */
const BRITISH_WORDS: CatalogWords = {
  ...EVERYDAY_ENGLISH_WORDS,
  'kitchen roll': 'paper towels',
  'kitchen rolls': 'paper towels',
  'kitchen towel': 'paper towels',
  'loo roll': 'toilet paper',
  'loo rolls': 'toilet paper',
  'toilet roll': 'toilet paper',
  'toilet rolls': 'toilet paper',
  'washing up liquid': 'dish soap',
  'washing-up liquid': 'dish soap',
  'washing powder': 'laundry detergent',
  'washing liquid': 'laundry detergent',
  'bin bags': 'trash bags',
  'bin liners': 'trash bags',
  'rubbish bags': 'trash bags',
  crisps: 'chips',
  biscuits: 'cookies',
  'fizzy drinks': 'soda',
  'soft drinks': 'soda',
  tinned: 'canned',
  'fruit and veg': 'produce',
  nappies: 'diapers',
  nappy: 'diapers',
  'cleaning products': 'cleaning supplies',
  courgettes: 'zucchini',
  aubergine: 'eggplant',
  // more of the British shop's words, and "roll" as a recogniser often writes it
  plasters: 'adhesive bandages',
  plaster: 'adhesive bandages',
  'kitchen paper': 'paper towels',
  'kitchen role': 'paper towels',
  'loo paper': 'toilet paper',
  'toilet role': 'toilet paper',
  'cling film': 'plastic wrap',
  'tin foil': 'aluminum foil',
  sweets: 'candy',
  mince: 'ground beef',
  'porridge oats': 'oats',
  'spring onions': 'green onions',
  prawns: 'shrimp',
  paracetamol: 'acetaminophen',
  'cotton buds': 'cotton swabs',
};

/** British English: basket, checkout, customer services, postcode; the same shop, said the British way. */
export const enGB: Messages = {
  launch: (shop) => `Welcome to ${shop}. You can say "find kitchen roll", or "where's my delivery". What are you after?`,
  launchReprompt: 'Try "find tea", or "what\'s in my basket".',
  help:
    "I can find products, tell you about them, keep a basket, and place orders once you've confirmed them. " +
    'Try "find kitchen roll", "add the first one", "go to checkout", "reorder my usual tea", or "where\'s my delivery". ' +
    'To speak to someone, say "customer services".',
  helpReprompt: 'What would you like to do?',
  goodbye: 'Bye for now.',
  goodbyeNothingOrdered: "Right, nothing's been ordered and your basket is saved. Bye for now.",
  fallback: 'Sorry, I didn\'t catch that. You can say "find milk", "what\'s in my basket", or "go to checkout".',
  fallbackReprompt: 'Try "find kitchen roll", or say "help".',
  anythingElse: 'Anything else?',
  apology: "Sorry, something's gone wrong on my side. You haven't been charged. Please try again in a moment.",
  storeBusy: "Sorry, the shop is very busy at the moment. You haven't been charged and your basket is safe. Please try again in a minute.",

  searchEmptyQuery: 'What shall I look for? For example, say "find washing-up liquid".',
  searchResults: (query, total, readCount, items) =>
    total === 1
      ? `I found one match for ${query}: ${items[0]}. Shall I add it?`
      : total === readCount
        ? `I found ${total} for ${query}: ${items.join('; ')}. Shall I add one?`
        : `I found ${total} for ${query}. Here are the top ${readCount}: ${items.join('; ')}. Shall I add one, or read more?`,
  searchMore: (items, remaining) => `Next: ${items.join('; ')}.${remaining > 0 ? ` ${remaining} more after these.` : " That's the lot."} Shall I add one?`,
  searchNoMatch: (query, broader) =>
    broader
      ? `I couldn't find anything for ${query}. Try a broader word, such as "${broader}".`
      : `I couldn't find anything for ${query}. Try a broader word, such as "tea" or "kitchen roll".`,
  searchEndOfList: (query, total) =>
    `${total === 1 ? `That's the only result for ${query}` : `That's all ${total} results for ${query}`}. You can say "find" and something new, or "add" ${total === 1 ? 'it' : 'one of them'}.`,
  searchReprompt: 'Say "add the first one", "tell me about the second one", or "more".',
  noListToPage: 'There isn\'t a list to go through yet. Say "find" and what you need.',
  listItem: (name, size, price, outOfStock) => `${name}${size ? `, ${size}` : ''}, ${price}${outOfStock ? ', out of stock' : ''}`,
  which: 'Which one? Say "the first one", or the product\'s name.',
  notInList: (position, length) => `There isn't a number ${position} in the list I just read out; it has ${length}. Which one did you mean?`,
  details: (name, brand, size, price, rating, reviews, inStock) =>
    `${name} by ${brand}${size ? `, ${size}` : ''}, is ${price}. ` +
    `It's rated ${rating} out of 5 from ${reviews} ${plural(reviews, 'review', 'reviews')}. ` +
    (inStock ? "It's in stock. Shall I add it to your basket?" : "It's out of stock at the moment."),
  detailsReprompt: 'Shall I add it to your basket?',
  recommend: (name, price, rating, reviews, why) =>
    `I'd go for ${name}, ${price}. ${why} It's rated ${rating} out of 5 from ${reviews} ${plural(reviews, 'review', 'reviews')}. Shall I add it?`,
  recommendWhyHistory: "You've bought it before.",
  recommendWhyRating: (category) => `It's our best-rated ${category} in stock.`,
  recommendNothing: 'I haven\'t got a recommendation for that yet. Try "find" and a product.',
  productNotFound: (spoken) => `I couldn't find ${spoken}. Try "find" and a broader word.`,
  onlyNearest: (spoken, item) => `I don't have ${spoken}. The nearest I found is ${item}. Would you like that instead?`,

  quantityInvalid: (max) => `I can add between 1 and ${max} of an item. How many would you like? For example, "add two of the first one".`,
  outOfStock: (name) => `Sorry, ${name} is out of stock at the moment, so I haven't added it.`,
  added: (quantity, name, count, subtotal) =>
    `I've added ${quantity} ${name}. Your basket has ${count} ${plural(count, 'item', 'items')}, ${subtotal}. Anything else, or shall we go to checkout?`,
  addedSeveral: (items, count, subtotal) =>
    `I've added ${items}. Your basket has ${count} ${plural(count, 'item', 'items')}, ${subtotal}. Anything else, or shall we go to checkout?`,
  addedReprompt: 'Say "go to checkout", or find something else.',
  lineLimit: (name, max, inBasket) => `You can have up to ${max} of ${name} in one order, and you've got ${inBasket}. How many more would you like?`,
  removed: (name) => `I've taken ${name} out of your basket.`,
  notInCart: (name) => `${name} isn't in your basket.`,
  cartEmpty: 'Your basket is empty. Say "find" and what you need.',
  cartSummary: (count, lines, more, subtotal) =>
    `You've got ${count} ${plural(count, 'item', 'items')}: ${lines.join(', ')}${more > 0 ? `, and ${more} more ${plural(more, 'product', 'products')}` : ''}. ` +
    `That comes to ${subtotal}. Say "go to checkout" when you're ready.`,
  cartLine: (quantity, name) => `${quantity} ${name}`,
  keptOnly: (name) => `Right, I've taken out everything except ${name}.`,
  eachSetTo: (quantity, lines) => `Right, ${quantity} of each of your ${lines} items.`,
  cartCleared: 'Your basket is empty now.',
  startedOverEmptied: "Okay, starting fresh: I've emptied your basket. What would you like?",
  cartCardTitle: 'Basket',

  linkAccount: (action) => `To ${action}, please link your account in the app first. I've sent a card with the link. Your basket is saved.`,
  linkAccountCard: 'Link your account to shop, reorder and check your orders by voice.',
  actionPurchase: 'shop by voice',
  actionReorder: 'reorder',
  actionStatus: 'check your orders',
  customerMissing: "I couldn't find your account details. Please check your account in the app. You haven't been charged.",
  accountCheckUnavailable: "I couldn't check your account just now, so I haven't placed the order and you haven't been charged. Please say yes again in a moment.",

  voicePinPrompt: (total) => `For an order of ${total}, please say your four-digit voice code.`,
  voicePinReprompt: 'Please say your four-digit voice code, or say cancel.',
  voicePinUnclear: "I didn't catch four digits. Please say your voice code one digit at a time.",
  voicePinWrong: (left) => `That code isn't right. You've got ${left} ${plural(left, 'try', 'tries')} left. Please say your four-digit voice code.`,
  voicePinLocked:
    "That code isn't right either, so I've switched off shopping by voice for your account. You haven't been charged and your basket is saved. You can switch it back on in the app.",
  voicePinNotSet: "Orders of this size need a voice code, and your account hasn't got one yet. You can set one in the app. You haven't been charged and your basket is saved.",
  voicePurchaseLocked:
    "Shopping by voice is switched off for your account after too many wrong voice codes. You can switch it back on in the app. You haven't been charged and your basket is saved.",
  voiceNotRecognised:
    "I can only place orders for a voice I recognise on this account. Set up your voice profile in the Alexa app, then try again. You haven't been charged and your basket is saved.",
  dailyLimitReached: (limit) =>
    `That would take you over your daily limit of ${limit} for voice orders, so I haven't placed it. You haven't been charged and your basket is saved.`,

  purchaseQuestion: (seller, lines, subtotal, tax, delivery, total, address) =>
    `From ${seller}: ${lines.join(', ')}. Subtotal ${subtotal}, tax ${tax}, ${isNothing(delivery) ? 'free delivery' : `delivery ${delivery}`}, total ${total}, ` +
    `delivered to ${address}. Shall I place the order?`,
  purchaseQuestionReprompt: (total) => `Shall I place the order for ${total}? Say yes or no.`,
  placeOrderAgain: 'Shall I place the order? Say yes or no.',
  purchaseChanged: (question) => `Your order has changed since I asked. ${question}`,
  purchaseUnavailable: (names) => `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} out of stock, so I've left ${names.length === 1 ? 'it' : 'them'} out.`,
  orderPlaced: (number, total, date) => `Done. Order ${number} has been placed, total ${total}. It'll arrive on ${date}. The details are in your app, and I'll email them as well.`,
  orderPlacedCardTitle: 'Order placed',
  orderPlacedCard: (number, lines, total, date, address) => `Order ${number}\n${lines.join('\n')}\nTotal: ${total}\nArriving: ${date}\nDeliver to: ${address}`,
  orderDeclined: "Your card was declined, so the order hasn't been placed and you haven't been charged. Your basket is saved. You can update your payment details in the app.",
  orderPending: "The payment is taking longer than usual, so your order is still being confirmed. I'll email you as soon as it's settled, and you won't be charged twice.",
  orderPendingCard: (number) => `Order ${number} is being confirmed with your bank. You'll get an email as soon as it's settled.`,
  orderRefused:
    "I couldn't charge your saved payment method, so the order hasn't been placed and you haven't been charged. Your basket is saved. Please check your payment details in the app.",
  orderStillConfirming: (number) => `Your order ${number} with these items is still being confirmed, so I won't charge you for them again. I'll email you as soon as it's settled.`,
  purchaseTooSlow: "Sorry, that took too long, so I haven't placed the order and you haven't been charged.",
  purchaseTooSlowCancelled: "Sorry, the shop is very busy, so I haven't placed the order and you haven't been charged. Your basket is saved. Please try again in a minute.",
  orderCancelled: "Right, I haven't placed the order and you haven't been charged. Your basket is saved.",
  nothingToConfirm: 'There\'s nothing waiting for a yes at the moment. Say "go to checkout" to order what\'s in your basket.',
  nothingToCancel: 'Right.',

  reorderNothing: "I can't see any past orders to reorder yet.",
  reorderNoMatch: (spoken) => `I couldn't find ${spoken} in your past orders. You can say "find ${spoken}" instead.`,

  statusNone: "You haven't got any orders yet.",
  statusNoMatch: (spoken) => `I couldn't find an order with ${spoken}.`,
  statusPlaced: (number, items, date) => `Your order ${number} with ${items} is being packed. It should arrive on ${date}.`,
  statusShipped: (number, items, date) => `Your order ${number} with ${items} has been dispatched and should arrive on ${date}.`,
  statusDelivered: (number, items, date) => `Your order ${number} with ${items} was delivered on ${date}.`,
  statusPending: (number) => `Your order ${number} is still being confirmed with your bank. I'll send an email once it's placed.`,
  statusFailed: (number) => `Your order ${number} wasn't placed because the payment was declined. You haven't been charged.`,
  orderCardTitle: (number) => `Order ${number}`,
  moreItems: (count) => `${count} more`,

  human: (phone, hours) => `You can speak to someone in customer services on ${phone}, ${hours}. I've sent the number to your app.`,
  humanCardTitle: 'Customer services',
  humanCard: (phone, hours) => `Ring ${phone}, ${hours}.`,

  // A British address is said with its postcode.
  address: (a) => `${a.line1}, ${a.city}${a.postalCode ? `, ${a.postalCode}` : ''}`,

  categoryName: (category) => BRITISH_CATEGORIES[category] ?? category,
  catalogQuery: (spoken) => toCatalogWords(spoken, BRITISH_WORDS),
  usualNicknames: (category) => {
    const said = BRITISH_CATEGORIES[category] ?? category;
    return [`usual ${said}`, `my usual ${said}`, ...(said !== category ? [`usual ${category}`, `my usual ${category}`] : [])];
  },

  // — cart editing and orders —
  cartNow: (count, subtotal) => `Your basket has ${count} ${plural(count, 'item', 'items')}, ${subtotal}.`,
  quantitySet: (quantity, name) => `Right, you've now got ${quantity} ${name}.`,
  addedMore: (added, name, now) => `I've added ${added} more ${name}, so you've got ${now}.`,
  removedSome: (removed, name, left) => `I've taken ${removed} ${name} out, so you've got ${left} left.`,
  quantityRefused: (name, max, current) => `I can set ${name} to anything between 1 and ${max}, so I've left it at ${current}. How many would you like?`,
  howMany: (name) => `How many ${name} would you like? For example, say "make it three".`,
  whichInCart: (options) => `Which one: ${options}?`,

  historyNone: 'You haven\'t placed any orders yet. Say "find" and what you need.',
  lastBought: (name, date, quantity) => `You last bought ${quantity > 1 ? `${quantity} ` : ''}${name} on ${date}.`,
  neverBought: (name) => `I can't see ${name} in your past orders.`,
  historyOne: (entry, latest) => `${latest ? 'Your last order' : 'That order'}: ${entry}.`,
  history: (count, entries) =>
    count === 1
      ? `You've placed one order: ${entries[0]}.`
      : `You've placed ${count} orders. ${entries.length < count ? `The latest ${entries.length}` : 'Newest first'}: ${entries.join('; ')}.`,
  historyEntry: (date, items, total, state) => `${date}, ${items}, ${total}${state === 'cancelled' ? ', cancelled' : state === 'pending' ? ', still being confirmed' : ''}`,
  historyReprompt: 'You can say "reorder" and a product, or "where\'s my delivery".',
  ordersCardTitle: 'Your orders',

  orderNumberNotFound: (number) => `I can't find order ${number} on your account. Please check the number, or say "where's my delivery".`,
  statusSeveral: (count, entries) => `You've got ${count} orders on the way${entries.length < count ? `, the latest ${entries.length}` : ''}: ${entries.join('; ')}.`,
  statusEntry: (items, date, pending) => (pending ? `the one with ${items} is still being confirmed` : `the one with ${items} should arrive on ${date}`),
  statusSeveralReprompt: 'To hear about one, say "where\'s my" and the product.',
  statusCancelled: (number, items) => `Your order ${number} with ${items} was cancelled, and its refund goes back to your card.`,

  actionCancelOrder: 'cancel an order',
  cancelAsk: (number, items, total) => `Shall I cancel order ${number} with ${items}, total ${total}? You'll get the money back.`,
  cancelAskReprompt: (number) => `Shall I cancel order ${number}? Say yes or no.`,
  cancelDone: (number, total, refund) =>
    refund === 'refunded'
      ? `Done. Order ${number} has been cancelled, and ${total} has been refunded to your card. It can take a few days to show.`
      : refund === 'refund-pending'
        ? `Done. Order ${number} has been cancelled, and the refund of ${total} is on its way to your card. It can take a few days.`
        : `Order ${number} has been cancelled. The refund of ${total} is under way, and I'll email you once your bank has it.`,
  cancelCardTitle: 'Order cancelled',
  cancelCard: (number, total, refund) => `Order ${number} has been cancelled.\nRefund: ${total}, ${refund === 'refunded' ? 'refunded to your card' : 'on its way to your card'}.`,
  cancelAlready: (number) => `Order ${number} has already been cancelled.`,
  cancelKept: (number) => `Right, order ${number} stays as it is.`,
  cancelNothing: "You haven't got any orders to cancel.",
  cancelNoMatch: (spoken) => `I couldn't find an order with ${spoken} to cancel.`,
  cancelStillConfirming: (number) => `Order ${number} is still being confirmed with your bank, so I can't cancel it yet. Please ask again in a few minutes.`,
  cancelTooLate: (items, minutes, phone) =>
    `${minutes > 0 ? `Your order with ${items} is past the ${minutes}-minute window, so I can't cancel it.` : `I can't cancel your order with ${items} by voice.`} ` +
    `For a return, ring customer services on ${phone}. It's in your app too.`,
  cancelInFulfilment: (items, phone) =>
    `Your order with ${items} is already being packed, so I can't cancel it. For a return, ring customer services on ${phone}. It's in your app too.`,
  changeOrder: (phone) => `I can't change a placed order or its delivery address by voice. Customer services can help on ${phone}. The number is on a card in your app.`,
  changeOrderCancelHint: 'Or say "cancel my order", and order again.',
  returnItem: (product, phone) =>
    `To send ${product ?? 'something'} back, please ring customer services on ${phone}. They'll sort out the return. The number is on a card in your app.`,

  // — after the order: fulfilment status, reminders, feedback —
  statusConfirmed: (number, items, date) => `Your order ${number} with ${items} is confirmed. It should arrive on ${date}.`,
  statusNoUpdate: (number, items, date) => `Your order ${number} with ${items} was due on ${date}. I haven't had a delivery update yet.`,
  statusWithWarehouse: (number, items, date) => `Your order ${number} with ${items} is with our warehouse. It should arrive on ${date}.`,
  statusPacked: (number, items, date) => `Your order ${number} with ${items} has been packed. It should arrive on ${date}.`,
  statusShippedBy: (number, items, date, carrier) => `Your order ${number} with ${items} has been dispatched with ${carrier} and should arrive on ${date}.`,
  statusOutForDelivery: (number, items) => `Your order ${number} with ${items} is out for delivery today.`,
  statusDelayed: (number, items, date) => `Your order ${number} with ${items} is running late. It should now arrive on ${date}.`,
  statusShopCancelled: (number, items) => `We've had to cancel your order ${number} with ${items}, sorry. The full amount goes back to your card.`,

  actionReminders: 'set up reminders',
  notifyShipping: (number, alexa) =>
    alexa
      ? `Right. I'll let you know when order ${number} is dispatched, by email, and with an Alexa notification if you've allowed them in the Alexa app.`
      : `Right. I'll email you when order ${number} is dispatched.`,
  notifyAlreadyShipped: (number, carrier, date) => `Order ${number} has already been dispatched with ${carrier} and should arrive on ${date}.`,
  notifyAlreadyDelivered: (number, date) => `Order ${number} was delivered on ${date}.`,
  notifyNoOrder: 'You haven\'t got an order on the way. To hear when something\'s back in stock, say "tell me when" and the product.',
  notifyStock: (name, alexa) =>
    alexa
      ? `Right, I'll let you know when ${name} is back in stock, by email, and with an Alexa notification if you've allowed them. Say "stop reminding me" to switch it off.`
      : `Right, I'll email you when ${name} is back in stock. Say "stop reminding me" to switch it off.`,
  notifyInStock: (name) => `Good news: ${name} is in stock at the moment. Shall I add it to your basket?`,
  noDatedReminders: "I can't set a reminder for a day or a time. I can remind you once about items left in your basket, or tell you when something's back in stock. Anything else?",
  cartReminderOn: (minutes, alexa) =>
    `Right. If you leave items in your basket, I'll remind you once after ${minutes % 60 === 0 ? `${minutes / 60} ${plural(minutes / 60, 'hour', 'hours')}` : `${minutes} ${plural(minutes, 'minute', 'minutes')}`}, by ${alexa ? 'Alexa notification or ' : ''}email. Say "stop reminding me" to switch it off.`,
  remindersStopped: (count) =>
    count > 0 ? "Right, no more reminders. You'll still get emails about your orders." : "You haven't got any reminders switched on. You'll still get emails about your orders.",

  feedbackAtLaunch: (shop, items) => `Welcome back to ${shop}. Your order with ${items} has been delivered. How was it, from one to five?`,
  feedbackAsk: (items) => `How was your order with ${items}, from one to five?`,
  feedbackAskReprompt: 'Please rate your order from one to five, such as "four stars".',
  feedbackRatingUnclear: 'Please give me a number from one to five, such as "four stars".',
  feedbackThanks: (rating) => `${rating >= 4 ? "Thank you, that's lovely to hear." : 'Thanks for letting us know.'} Is there anything you'd like to tell us?`,
  feedbackSorry: (phone) => `I'm sorry it wasn't better. To speak to someone, ring ${phone}; the number is in your app. Is there anything you'd like to tell us?`,
  feedbackCommentAsk: "Is there anything you'd like to tell us?",
  feedbackGoAhead: 'Go ahead. Start with "my feedback is", then say what you think.',
  feedbackCommentThanks: "Thank you, I've passed that on to the team. Anything else?",
  feedbackComplaint: (phone) => `Thank you, and I'm sorry about that. Customer services can help on ${phone}; I've sent the number to your app. Anything else?`,
  feedbackCommentUnclear: 'Sorry, I didn\'t catch that. Say "my feedback is" and what you\'d like to tell us, or say "no".',
  feedbackNoComment: 'Right, thanks for rating your order. Anything else?',
  feedbackNothingToRate: "I can't see a delivered order to rate yet, but your feedback is welcome. What would you like to tell us?",
  // — policies, search constraints and product questions —
  deliveryInfo: (f) => {
    const cost =
      f.fee === undefined
        ? 'Delivery is always free.'
        : f.freeFrom
          ? `The delivery charge is ${f.fee}, or nothing on orders of ${f.freeFrom} or more before tax.`
          : `The delivery charge is ${f.fee}.`;
    const basket = !f.cart
      ? ''
      : f.cart.missing
        ? ` Your basket is at ${f.cart.subtotal}, so another ${f.cart.missing} gets you free delivery.`
        : f.freeFrom
          ? ' Your basket already gets free delivery.'
          : '';
    const days = f.days === 0 ? 'Orders arrive the same day' : `It takes ${f.days} working ${plural(f.days, 'day', 'days')}`;
    const when = f.cart ? `${days}.` : `${days}, so an order now would arrive on ${f.arrives}.`;
    return `${cost}${basket} ${when}${f.area ? ` We deliver to ${f.area}.` : ''}`;
  },
  returnPolicy: (f) =>
    f.days !== undefined
      ? `You can send items back within ${f.days} ${plural(f.days, 'day', 'days')} of delivery. ${f.how ?? `Customer services on ${f.phone} will arrange it.`}`
      : `Returns go through customer services: ring ${f.phone}${f.hours ? `, ${f.hours}` : ''}, and they'll sort it out with you.${f.how ? ` ${f.how}` : ''}`,
  openingHours: (f) => {
    const now = f.openNow === undefined ? '' : f.openNow ? " They're open now." : " They're closed at the moment.";
    const service = `Customer services are open ${f.hours ?? 'daily'}, on ${f.phone}.${now}`;
    if (f.stores.length === 0) return `We're an online shop, so you can order whenever you like. ${service}`;
    const shops = f.stores.map((s) => (s.hours ? `${s.name} is open ${s.hours}` : `${s.name} keeps the usual hours`)).join('; ');
    return `${shops}. ${service}`;
  },
  storeLocations: (f) => {
    if (f.stores.length === 0)
      return `We're online only, so there's no shop and no click and collect. We deliver to your door in ${f.deliveryDays} working ${plural(f.deliveryDays, 'day', 'days')}.`;
    const shops = f.stores.map((s) => `${s.name}, ${s.address}${s.hours ? `, open ${s.hours}` : ''}`).join('; ');
    const collect = f.stores.some((s) => s.pickup) ? 'You can collect orders there, or we deliver.' : 'Orders are delivered to your door.';
    return `${f.stores.length === 1 ? 'Our shop' : 'Our shops'}: ${shops}. ${collect}`;
  },
  paymentOptions: (f) =>
    `We charge the card saved on your account${f.methods ? `; we take ${f.methods}` : ''}. ` +
    (f.linked
      ? 'To pay with a different card, change your payment details in the app before you go to checkout.'
      : 'Link your account in the app and save a card there to shop by voice.'),
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
    (total > items.length ? ` That's ${items.length} of ${total}. Shall I add one, or read more?` : total === 1 ? ' Shall I add it?' : ' Shall I add one?'),
  sortedResults: (label, sort, total, items) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${sort === 'rating' ? 'best rated' : sort === 'price-ascending' ? 'cheapest' : 'dearest'} first: ${items.join('; ')}.` +
    (total > items.length ? ' Shall I add one, or read more?' : ' Shall I add one?'),
  ratedItem: (name, _size, price, rating) => `${name}, ${price}, rated ${rating} out of 5`,
  filterNoMatch: (label, query, others) =>
    others > 0 ? `I can't see any ${label}. Say "find ${query}" to hear all ${others} we've got.` : `I can't see any ${label}. What else shall I look for?`,
  priceNoMatch: (label, nearest) => `I can't see any ${label}.${nearest ? ` The ${nearest.cheaper ? 'cheapest' : 'dearest'} is ${nearest.name} at ${nearest.price}.` : ''}`,
  priceImpossible: 'Nothing here is free, I\'m afraid. Give me a price, such as "tea under five pounds".',
  filterNeedsProduct: (label) => `Which kind of ${label}? For example, say "tea under five pounds".`,

  whichSize: (name, options) => `${name} comes in ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(options)}. Which size would you like?`,
  sizeOption: (size, price) => `${size} for ${price}`,
  whichSizeReprompt: 'Which size would you like? Say the size, or "the first one".',

  attributeYes: (name, attribute) => `Yes, ${name} is ${attribute}.`,
  substanceNo: (name, attribute) => `No, ${name} is ${attribute}.`,
  substanceMaybe: (name, attribute) => `${name} isn't labelled ${attribute}, so it may have some.`,
  attributeNotLabelled: (name, attribute) => `${name} isn't labelled ${attribute}, so I wouldn't count on it.`,
  attributeInstead: (name, price) => `${name} is, at ${price}. Would you like that one instead?`,
  inStockYes: (name) => `Yes, ${name} is in stock.`,
  inStockNo: (name) => `No, ${name} is out of stock at the moment.`,
  groupAttribute: (group, attribute, names, total) => {
    const more = total - names.length;
    return `Our ${attribute} ${group}: ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(more > 0 ? [...names, `${more} more`] : names)}. Shall I add ${total === 1 ? 'it' : 'one'}?`;
  },
  groupAttributeNone: (group, attribute) => `None of our ${group} is labelled ${attribute}.`,
  attributeUnknown: 'I can tell you whether something is organic, gluten free, vegan, decaf or in stock. What would you like to know?',
  // — answers, navigation, account (words) —
  complaintHeard: (phone, hours) => `Sorry, I'm getting this wrong. Customer services can help on ${phone}, ${hours}. Or tell me what you're after, in a few words.`,
  experienceComplaint: (phone, hours) => `I'm sorry to hear that. Customer services can put it right on ${phone}, ${hours}. Anything else I can help with?`,
  receiptInfo: (phone, hours) => `Every order's details and total go to your email when it's placed. For a VAT invoice, customer services can help on ${phone}, ${hours}.`,
  repeatNothing: "I haven't said anything yet. What can I get you?",
  repeatQuestionGone: 'That question has lapsed, so nothing was ordered. Say "go to checkout" to hear your order again.',
  goBackNothing: 'There\'s no earlier list to go back to. Say "find" and what you\'re after.',
  backToList: (query, items) => `${query === undefined ? 'Back to your basket' : `Back to ${query}`}: ${items.join('; ')}. Add one, or hear more?`,
  thanksReply: "You're welcome! Anything else?",
  historyNoOlder: (count) => (count === 1 ? "That's your only order." : `That's the oldest of your ${count} orders.`),
  noLoyaltyScheme: "We don't have a loyalty or points scheme.",
  praiseReply: "Thank you, that's lovely to hear! Anything else?",
  cancelledPurchase: "Okay, I've cancelled that. Nothing was ordered and your basket is saved. What else can I do?",
  cancelledQuestion: 'Okay, never mind. What would you like to do?',
  cancelledNothing: 'Okay. What else can I do for you? Say "stop" when you\'re finished.',
  noListToChoose: 'There\'s no list to choose from yet. Say "find" and what you\'re after.',
  numberWithoutContext: (n) => `${n} of what? For example, say "add ${n} bananas".`,
  codeNotAsked: "That's more than I can add of one item, and I'm not asking for a voice code right now. What would you like to do?",
  swapped: (name) => `Right, I took ${name} out.`,
  accountAlreadyLinked: 'Your account is already linked, so you can shop, reorder and check orders by voice. To unlink it, say "unlink my account".',
  accountHowToLink: 'To link your account, open the Alexa app or our website, find Corner Shop, and choose "Link account". I\'ve sent you a card with the link.',
  unlinkNotLinked: "Your account isn't linked, so there's nothing to unlink.",
  unlinked:
    "Done. I've removed your account link here and emptied your basket. Past orders stay as the record of your purchases. To finish, unlink Corner Shop in the Alexa app, or sign out on our website.",
  unlinkedCard: 'Your account link, basket and conversation were deleted. To finish, unlink Corner Shop in the Alexa app, or sign out on our website. Past orders stay on record.',
  accountCardTitle: 'Your account',
  myDataAnonymous: 'Without a linked account I only keep your basket and this conversation on this device. To delete them, say "delete my data".',
  myDataLinked: (name, address) =>
    `I keep your basket, this conversation and your orders, and use your name, ${name}, address, ${address}, email and saved card, all shown in the app. To delete your data, say "delete my data".`,
  deleteAsk: 'That deletes your basket, this conversation and your account link. Past orders stay as the record of a sale. Shall I delete your data?',
  deleteAskReprompt: 'Shall I delete your data? Say yes or no.',
  deleted: "Done. I've deleted your basket, this conversation and your account link. Your past orders stay as the record of your purchases. Goodbye.",
  greeting: (shop) => `Hello, and welcome to ${shop}. I can find groceries, fill your basket and place orders you confirm. What would you like?`,
  smallTalk: (shop) =>
    `I'm ${shop}'s voice assistant, not a person, and I'm very well, thanks. I can help you find your shopping, fill your basket and place orders you confirm. What can I get you?`,
  voiceCodeInfo: (threshold, dailyLimit) =>
    `You need your four-digit voice code only for orders of ${threshold} or more; smaller orders just need your yes. By voice you can spend up to ${dailyLimit} a day. Set or change the code in the app.`,
  // — linking where the platform has none (device code) —
  deviceCode: (action, address, code) =>
    action
      ? `To ${action}, link your account: go to ${address} and enter the code ${code}. Your basket is saved.`
      : `To link your account, go to ${address} and enter the code ${code}.`,
  deviceCodeReprompt: (code) => `Once you've entered ${code}, say "I'm linked". Or say "repeat the code".`,
  deviceCodeCardTitle: 'Link your account',
  deviceCodeCard: (address, code, minutes) => `Go to ${address} and enter the code ${code}. It works for ${minutes} minutes.`,
  deviceCodeNotYet: (address, code) => `I can't see the code entered yet. Go to ${address}, enter ${code} and allow it, then say "I'm linked".`,
  deviceLinked: (name) => `You're linked, ${name}. You can check out, reorder and ask about your orders now. What would you like?`,
  deviceLinkedReprompt: 'What would you like?',
  deviceLinkDenied: "The link was turned down on the website, so nothing is linked and you haven't been charged.",
  deviceCodeExpired: 'That code ran out before it was entered, so nothing is linked. Say "link my account" for a new one.',
  deviceLinkNothingPending: 'There\'s no code waiting to be entered. Say "link my account" to get one.',
  linkServiceUnavailable: "I couldn't reach the sign-in service just now. You haven't been charged. Please try again in a moment.",
  linkNotAvailableHere: "I can't link your account in this conversation. Sign in on the Corner Shop website, then come back. Your basket is saved.",
  alreadyLinked: (name) => `Your account is already linked, ${name}. What would you like?`,
  linkInPlatformApp: "I've put a link in your Alexa app. Open it there to link your Corner Shop account. What else can I do?",
  signInOnPage: (action) => `${action ? `To ${action}, please` : 'Please'} sign in on this page first. Your basket is saved.`,
  signInAgainOnPage: (action) => `Your sign-in on this page has run out. Please sign in again${action ? ` to ${action}` : ''}. Your basket is saved.`,
  linkEnded: 'Your account link has ended.',
  unlinkedRevoked: "Done. Your account is unlinked and its sign-in is switched off. I've emptied your basket here. Your orders stay on record.",
  unlinkedInPlatformApp: "I've emptied your basket here. To unlink your account as well, switch off Corner Shop's account linking in the Alexa app.",
  unlinkedSignOutOnPage: "I've emptied your basket here. To stop using your account on this page, sign out of it.",
  unlinkNothingLinked: "Your account isn't linked here, so there's nothing to unlink. What would you like?",
  unlinkedHere: "Done. Your account is unlinked here, and I've emptied your basket. Your orders stay on record.",
  linkAgainHint: 'Say "link my account" to try again.',
  spokenCode: (code) => spokenCode(code, { letter: (l) => (GB_LETTER_WORDS[l] ? `${l} as in ${GB_LETTER_WORDS[l]}` : l) }),
  spokenAddress: (address) => spokenAddress(address, { dot: 'dot', slash: 'slash', colon: 'colon', dash: 'dash' }),
  cardPromises: [
    [" The details are in your app, and I'll email them as well.", " I'll email the details as well."],
    [" I've sent the number to your app.", ''],
    [" It's in your app too.", ''],
    [' The number is on a card in your app.', ''],
  ],
  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  reviewsSummary: (name, rating, count, praise, critique) =>
    `${name} has ${rating} stars from ${count} reviews.` +
    (praise ? ` A ${praise.stars}-star review says: "${praise.quote}"` : '') +
    (critique ? ` A ${critique.stars}-star review says: "${critique.quote}"` : ''),
  reviewsOffer: (inStock) => (inStock ? 'Shall I add it?' : 'Shall I read another review?'),
  reviewsNoTexts: (name, rating, count) => `${name} has ${rating} stars from ${count} reviews, but I've no review texts to read for it. Shall I add it?`,
  reviewsNone: (name) => `Nobody has reviewed ${name} yet. Shall I add it anyway?`,
  reviewNext: (r) => `A ${r.stars}-star review from ${r.date}: "${r.quote}"`,
  reviewsNoMore: (name) => `That's all the reviews I have for ${name}. Shall I add it?`,
  reviewsNothingOpen: `I haven't read any reviews yet. Ask "what do people say about" and a product.`,
  reviewsReprompt: 'Say "read me another", or "add it".',

  compareItem: (name, size, price, unitPrice, rating) => `${name}${size ? `, ${size}` : ''}: ${price}${unitPrice ? `, ${unitPrice}` : ''}, ${rating} stars`,
  compareBoth: (first, second, stock, offer) => `${first}. ${second}. ${stock} ${offer}`,
  compareStock: (a, b) =>
    a.inStock && b.inStock ? 'Both are in stock.' : !a.inStock && !b.inStock ? 'Neither is in stock at the moment.' : `${a.inStock ? b.name : a.name} is out of stock.`,
  compareOffer: (why, unit) =>
    why === 'cheaper-per-unit'
      ? `Fancy the cheaper one per ${unit}?`
      : why === 'cheaper'
        ? 'Fancy the cheaper one?'
        : why === 'better-rated'
          ? 'Fancy the better-rated one?'
          : 'Fancy one of them?',
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
  compareWantIt: (name) => `Shall I add ${name}?`,
  compareSame: (name) => `That's the same product twice: ${name}. Which two shall I compare? Say, for example, "compare the first two".`,
  compareWhich: 'Which two shall I compare? Search first, then say "compare the first two", or name both.',
  compareWithWhat: (name) => `Compare ${name} with what? Name the other one, or say "the second one".`,
  unitPrice: (price, unit, regular) =>
    unit === 'count'
      ? `${price} each`
      : `${price} ${unit === 'ounce' ? 'an ounce' : unit === 'fluid-ounce' ? 'a fluid ounce' : unit === 'roll' ? (regular ? 'a regular roll' : 'a roll') : 'a square foot'}`,
  minorAmount: (amount) => `${amount} cents`,
  unitName: (unit) => (unit === 'ounce' ? 'ounce' : unit === 'fluid-ounce' ? 'fluid ounce' : unit === 'roll' ? 'roll' : unit === 'count' ? 'item' : 'square foot'),

  recommendReason: (reason) =>
    reason.kind === 'history'
      ? `You've bought it before.`
      : reason.kind === 'rating'
        ? reason.category
          ? `It's our best-rated ${reason.category} in stock.`
          : `It's one of our best-rated products in stock.`
        : reason.kind === 'together'
          ? `People who buy ${reason.with} often get it too.`
          : reason.kind === 'occasion'
            ? `It's a good pick ${reason.occasion}.`
            : `It's on offer: ${reason.deal}.`,
  recommendSeveral: (occasion, items) =>
    `${occasion[0].toUpperCase()}${occasion.slice(1)}, try ${items.slice(0, -1).join('; ')}${items.length > 1 ? '; and ' : ''}${items[items.length - 1]}. Fancy one of them?`,
  whyRecommended: (names, reason) => `${reason} That's why I suggested ${names}.`,
  whyNothing: `I haven't suggested anything yet. Say "what do you recommend".`,

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
    `On offer at the moment: ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items)}.${more > 0 ? ` And ${more} more.` : ''}${freeFrom ? ` Delivery is free from ${freeFrom}.` : ''} What can I get you?`,
  dealsNone: (freeFrom) =>
    freeFrom
      ? `There are no offers or vouchers on at the moment, but delivery is free from ${freeFrom}. What can I get you?`
      : 'There are no offers or vouchers on at the moment. What can I get you?',
  dealsReprompt: 'Say "find" and a product, or "apply code" and a code.',
  couponApplied: (code, deal) => `Done: code ${code} gives you ${deal}. You'll hear it at checkout. Anything else?`,
  couponBelowMinimum: (code, deal, missing) => `Code ${code} is saved: ${deal}. Add ${missing} more to your basket to use it.`,
  couponAddMore: (missing) => `Add ${missing} more to your basket to use it.`,
  couponUnknown: (code) => `I can't apply that: ${code} isn't a valid code. Check the spelling, or say "any offers" to hear what's on.`,
  couponExpired: (code) => `Code ${code} has expired, so I can't apply it. Say "any offers" to hear what's on now.`,
  couponNotYet: (code, date) => `Code ${code} starts on ${date}, so I can't apply it yet.`,
  couponUsedUp: (code) => `You've already used code ${code} as often as it allows, so I can't apply it again.`,
  couponEmpty: 'Which code? Say "apply code" and then the code.',
  couponTooLong: `That's longer than any of our codes. Please say just the code.`,
  couponSeveral: 'One code per order, please. Which one shall I apply?',
  couponAlready: (code) => `Code ${code} is already on your order.`,
  couponReplaced: (old, code, deal) => `One code per order, so I've swapped ${old} for ${code}: ${deal}.`,
  subtotalLess: (subtotal, discount, codes) => `${subtotal}, less ${discount}${codes.length > 0 ? ` with code ${codes.join(' and ')}` : ' in offers'}`,
  subtotalFreeDelivery: (subtotal, codes) => `${subtotal}, with free delivery${codes.length > 0 ? ` from code ${codes.join(' and ')}` : ' on offer'}`,

  savedAdded: (name, count) => `Saved ${name} for later. Your list has ${count} ${plural(count, 'item', 'items')}. Anything else?`,
  savedMovedFromCart: (name, count) => `I've moved ${name} from your basket to your list for later. Your list has ${count} ${plural(count, 'item', 'items')}.`,
  savedAlready: (name) => `${name} is already on your list. Anything else?`,
  savedList: (count, items, more) =>
    `Your list has ${count} ${plural(count, 'item', 'items')}: ${items.join('; ')}.${more > 0 ? ' Say "more" to hear the rest, or' : ' Say'} "move the first one to my basket".`,
  savedListEmpty: 'Your list is empty. To keep something for later, say "save it for later" while we talk about it.',
  savedMoved: (name, cartNow) => `I've moved ${name} to your basket. ${cartNow} Anything else?`,
  savedMoveOutOfStock: (name) => `${name} is out of stock at the moment, so it stays on your list.`,
  savedRemoved: (name, left) => `Removed ${name} from your list. ${left === 0 ? `It's empty now.` : `${left} ${plural(left, 'item', 'items')} left.`}`,
  savedNotOnList: (name) => `${name} isn't on your list. Say "what's on my list" to hear it.`,
  savedUnavailable: `I can't keep a list for later here, sorry. You can put it in your basket instead.`,
  savedListLabel: 'your list',
  savedReprompt: `Say "what's on my list", or find something else.`,
};

/** Letters a listener mixes up, each with an everyday word that starts with it. */
const GB_LETTER_WORDS: Record<string, string> = {
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
  Z: 'zebra',
};
