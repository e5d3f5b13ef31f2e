import type { Messages } from './messages';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enUS: Messages = {
  launch: (shop) =>
    `Welcome to ${shop}. You can say "find paper towels", or "where is my order". What would you like?`,
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
      : `I found ${total} for ${query}. Here are the top ${readCount}: ${items.join('; ')}. Add one, or hear more?`,
  searchMore: (items, remaining) =>
    `Next: ${items.join('; ')}.${remaining > 0 ? ` ${remaining} more after these.` : ' That\'s the last of them.'} Want to add one?`,
  searchNoMatch: (query, broader) =>
    broader
      ? `I couldn't find anything for ${query}. Try a broader word, like "${broader}".`
      : `I couldn't find anything for ${query}. Try a broader word, like "coffee" or "paper towels".`,
  searchEndOfList: (query, total) =>
    `${total === 1 ? `That's the only result for ${query}` : `That's all ${total} results for ${query}`}. You can say "find" and something new, or "add" ${total === 1 ? 'it' : 'one of them'}.`,
  searchReprompt: 'Say "add the first one", "tell me about the second one", or "more".',
  noListToPage: 'There\'s no list to go through yet. Say "find" and what you need.',
  listItem: (name, size, price) => `${name}${size ? `, ${size}` : ''}, ${price}`,
  which: 'Which one? Say "the first one", or the product\'s name.',
  notInList: (position, length) =>
    `There's no number ${position} in the list I just read; it has ${length}. Which one did you mean?`,
  details: (name, brand, size, price, rating, reviews, inStock) =>
    `${name} by ${brand}${size ? `, ${size}` : ''}, costs ${price}. ` +
    `Rated ${rating} stars from ${reviews} ${plural(reviews, 'review', 'reviews')}. ` +
    (inStock ? 'It\'s in stock. Want me to add it?' : 'It\'s out of stock right now.'),
  detailsReprompt: 'Should I add it to your cart?',
  recommend: (name, price, rating, reviews, why) =>
    `I'd suggest ${name}, ${price}. ${why} It's rated ${rating} stars from ${reviews} ${plural(reviews, 'review', 'reviews')}. Want me to add it?`,
  recommendWhyHistory: 'You\'ve bought it before.',
  recommendWhyRating: (category) => `It's the best rated ${category} we have in stock.`,
  recommendNothing: 'I don\'t have a recommendation for that yet. Try "find" and a product.',
  productNotFound: (spoken) => `I couldn't find ${spoken}. Try "find" and a broader word.`,

  quantityInvalid: (max) => `I can add from 1 to ${max} of an item. How many would you like? For example, "add two of the first one".`,
  outOfStock: (name) => `Sorry, ${name} is out of stock right now, so I didn't add it.`,
  added: (quantity, name, count, subtotal) =>
    `Added ${quantity} ${name}. Your cart has ${count} ${plural(count, 'item', 'items')}, ${subtotal}. Anything else, or check out?`,
  addedReprompt: 'Say "check out", or find something else.',
  lineLimit: (name, max, inCart) =>
    `You can have at most ${max} of ${name} in one order, and you have ${inCart}. How many more would you like?`,
  removed: (name) => `Removed ${name} from your cart.`,
  notInCart: (name) => `${name} isn't in your cart.`,
  cartEmpty: 'Your cart is empty. Say "find" and what you need.',
  cartSummary: (count, lines, more, subtotal) =>
    `You have ${count} ${plural(count, 'item', 'items')}: ${lines.join(', ')}${more > 0 ? `, and ${more} more ${plural(more, 'product', 'products')}` : ''}. ` +
    `Subtotal ${subtotal}. Say "check out" when you're ready.`,
  cartLine: (quantity, name) => `${quantity} ${name}`,
  cartCleared: 'Your cart is empty now.',
  cartCardTitle: 'Cart',

  linkAccount: (action) =>
    `To ${action}, please link your account in the app first. I've sent a card with the link. Your cart is saved.`,
  linkAccountCard: 'Link your account to buy, reorder and check your orders by voice.',
  actionPurchase: 'buy by voice',
  actionReorder: 'reorder',
  actionStatus: 'check your orders',
  customerMissing: 'I couldn\'t find your account details. Please check your account in the app. Nothing was charged.',
  voicePinPrompt: (total) => `For an order of ${total}, please say your four-digit voice code.`,
  voicePinReprompt: 'Please say your four-digit voice code, or say cancel.',
  voicePinUnclear: 'I didn\'t catch four digits. Please say your voice code one digit at a time.',
  voicePinWrong: (left) => `That code isn't right. You have ${left} ${plural(left, 'try', 'tries')} left. Please say your four-digit voice code.`,
  voicePinLocked:
    'That code isn\'t right either, so I\'ve turned off buying by voice for your account. Nothing was charged and your cart is saved. You can turn it back on in the app.',
  voicePinNotSet:
    'Orders of this size need a voice code, and your account doesn\'t have one yet. You can set it in the app. Nothing was charged and your cart is saved.',
  voicePurchaseLocked:
    'Buying by voice is turned off for your account after too many wrong voice codes. You can turn it back on in the app. Nothing was charged and your cart is saved.',
  voiceNotRecognised:
    'I can only place orders for a voice I recognise on this account. Set up your voice profile in the Alexa app, then try again. Nothing was charged and your cart is saved.',
  dailyLimitReached: (limit) =>
    `That would take you past your daily limit of ${limit} for voice orders, so I didn't place it. Nothing was charged and your cart is saved.`,
  accountCheckUnavailable: 'I couldn\'t check your account just now, so I didn\'t place the order and nothing was charged. Please say yes again in a moment.',

  purchaseQuestion: (seller, lines, subtotal, tax, delivery, total, address) =>
    `From ${seller}: ${lines.join(', ')}. Subtotal ${subtotal}, tax ${tax}, delivery ${delivery}, total ${total}, ` +
    `delivered to ${address}. Should I place the order?`,
  purchaseQuestionReprompt: (total) => `Should I place the order for ${total}? Say yes or no.`,
  placeOrderAgain: 'Should I place the order? Say yes or no.',
  purchaseChanged: (question) => `Your order changed since I asked. ${question}`,
  purchaseUnavailable: (names) => `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} out of stock, so I left ${names.length === 1 ? 'it' : 'them'} out.`,
  orderPlaced: (number, total, date) =>
    `Done. Order ${number} is placed, total ${total}. It arrives ${date}. The details are in your app, and I'll email them too.`,
  orderPlacedCardTitle: 'Order placed',
  orderPlacedCard: (number, lines, total, date, address) =>
    `Order ${number}\n${lines.join('\n')}\nTotal: ${total}\nArrives: ${date}\nDeliver to: ${address}`,
  orderDeclined:
    'Your card was declined, so the order wasn\'t placed and nothing was charged. Your cart is saved. You can update your payment method in the app.',
  orderPending:
    'The payment is taking longer than usual, so your order is still being confirmed. I\'ll email you as soon as it\'s settled, and you won\'t be charged twice.',
  orderPendingCard: (number) => `Order ${number} is being confirmed with your bank. You'll get an email as soon as it's settled.`,
  orderRefused:
    'I couldn\'t charge your saved payment method, so the order wasn\'t placed and nothing was charged. Your cart is saved. Please check your payment method in the app.',
  orderStillConfirming: (number) =>
    `Your order ${number} with these items is still being confirmed, so I won't charge for them again. I'll email you as soon as it's settled.`,
  purchaseTooSlow: 'Sorry, that took too long, so I didn\'t place the order and nothing was charged.',
  purchaseTooSlowCancelled: 'Sorry, the shop is very busy, so I didn\'t place the order and nothing was charged. Your cart is saved. Please try again in a minute.',
  orderCancelled: 'Okay, I didn\'t place the order and nothing was charged. Your cart is saved.',
  nothingToConfirm: 'There\'s nothing waiting for a yes right now. Say "check out" to order what\'s in your cart.',
  nothingToCancel: 'Okay.',

  reorderNothing: 'I don\'t see any past orders to reorder yet.',
  reorderNoMatch: (spoken) => `I couldn't find ${spoken} in your past orders. You can say "find ${spoken}" instead.`,

  statusNone: 'You don\'t have any orders yet.',
  statusNoMatch: (spoken) => `I couldn't find an order with ${spoken}.`,
  statusPlaced: (number, items, date) => `Your order ${number} with ${items} is being packed. It should arrive ${date}.`,
  statusShipped: (number, items, date) => `Your order ${number} with ${items} is on its way and should arrive ${date}.`,
  statusDelivered: (number, items, date) => `Your order ${number} with ${items} was delivered ${date}.`,
  statusPending: (number) => `Your order ${number} is still being confirmed with your bank. I'll send an email once it's placed.`,
  statusFailed: (number) => `Your order ${number} wasn't placed because the payment was declined. Nothing was charged.`,
  orderCardTitle: (number) => `Order ${number}`,
  moreItems: (count) => `${count} more`,

  human: (phone, hours) =>
    `You can talk to a person at ${phone}, ${hours}. I've sent the number to your app.`,
  humanCardTitle: 'Customer service',
  humanCard: (phone, hours) => `Call ${phone}, ${hours}.`,

  address: (a) => `${a.line1}, ${a.city}`,

  // The catalog is kept in American English.
  categoryName: (category) => category,
  usualNicknames: (category) => [`usual ${category}`, `my usual ${category}`],
  catalogQuery: (spoken) => spoken,

  // — answers, navigation, account (words) —
  repeatNothing: 'I haven\'t said anything yet. What would you like?',
  repeatQuestionGone: 'That question has lapsed, so nothing was ordered. Say "check out" to hear your order again.',
  goBackNothing: 'There\'s no earlier list to go back to. Say "find" and what you need.',
  backToList: (query, items) =>
    `${query === undefined ? 'Back to your cart' : `Back to ${query}`}: ${items.join('; ')}. Add one, or hear more?`,
  thanksReply: 'You\'re welcome! Anything else?',
  cancelledPurchase: 'Okay, I\'ve cancelled that. Nothing was ordered and your cart is saved. What else can I do?',
  cancelledQuestion: 'Okay, never mind. What would you like to do?',
  cancelledNothing: 'Okay. What else can I do for you? Say "stop" when you\'re done.',
  noListToChoose: 'There\'s no list to choose from yet. Say "find" and what you need.',
  numberWithoutContext: (n) => `${n} of what? For example, say "add ${n} bananas".`,
  codeNotAsked: 'That\'s more than I can add of one item, and I\'m not asking for a voice code right now. What would you like to do?',
  swapped: (name) => `Okay, I took ${name} out.`,
  accountAlreadyLinked: 'Your account is already linked, so you can buy, reorder and check orders by voice. To unlink it, say "unlink my account".',
  accountHowToLink:
    'To link your account, open the Alexa app or our website, find Corner Shop, and choose "Link account". I\'ve sent you a card with the link.',
  unlinkNotLinked: 'Your account isn\'t linked, so there\'s nothing to unlink.',
  unlinked:
    'Done. I\'ve removed your account link here and deleted your cart. Past orders stay as the record of your purchases. To finish, unlink Corner Shop in the Alexa app, or sign out on our website.',
  unlinkedCard: 'Your account link, cart and conversation were deleted. To finish, unlink Corner Shop in the Alexa app, or sign out on our website. Past orders stay on record.',
  accountCardTitle: 'Your account',
  myDataAnonymous: 'Without a linked account I only keep your cart and this conversation on this device. To delete them, say "delete my data".',
  myDataLinked: (name, address) =>
    `I keep your cart, this conversation and your orders. From your account I use your name, ${name}, your delivery address, ${address}, and your saved card. To delete your data, say "delete my data".`,
  deleteAsk: 'That deletes your cart, this conversation and your account link. Past orders stay as the record of a sale. Should I delete your data?',
  deleteAskReprompt: 'Should I delete your data? Say yes or no.',
  deleted: 'Done. I\'ve deleted your cart, this conversation and your account link. Your past orders stay as the record of your purchases. Goodbye.',
  smallTalk: (shop) =>
    `I'm ${shop}'s voice assistant, not a person, and I'm doing well, thanks. I can help you find groceries, fill your cart and place orders you confirm. What would you like?`,
  voiceCodeInfo: (threshold) =>
    `You only need your four-digit voice code for orders of ${threshold} or more. Smaller orders just need your yes. You can set or change the code in the app.`,
};
