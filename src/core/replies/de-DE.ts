import { toCatalogWords } from './catalog-words';
import { germanCategory, germanUsualNicknames, germanWords } from './de-DE-categories';
import type { Messages } from './messages';
import { isNothing } from './policy-format';
import { spokenAddress, spokenCode } from './spoken-codes';

const reviewsOf = (n: number) => `${n.toLocaleString('de-DE')} ${n === 1 ? 'Bewertung' : 'Bewertungen'}`;
/** "Artikel" is the same in singular and plural; the verb is not. */
const cartHolds = (n: number) => (n === 1 ? 'ist jetzt 1 Artikel' : `sind jetzt ${n} Artikel`);

/**
 * German, addressing the shopper as "Sie". Quantities as "2 Stück …", so product names (kept
 * as the catalog spells them) need no case ending.
 */
export const deDE: Messages = {
  launch: (shop) => `Willkommen bei ${shop}. Sie können zum Beispiel sagen: „finde Küchenrolle“ oder „wo ist meine Bestellung“. Was darf es sein?`,
  launchReprompt: 'Sagen Sie zum Beispiel „finde Kaffee“ oder „was ist in meinem Warenkorb“.',
  help:
    'Ich finde Produkte, erzähle Ihnen mehr darüber, führe Ihren Warenkorb und gebe Bestellungen auf, die Sie bestätigt haben. ' +
    'Sagen Sie zum Beispiel „finde Küchenrolle“, „füge das erste hinzu“, „zur Kasse“, „bestelle Kaffee nochmal“ oder „wo ist meine Bestellung“. ' +
    'Für einen Mitarbeiter sagen Sie „Kundenservice“.',
  helpReprompt: 'Was möchten Sie tun?',
  goodbye: 'Auf Wiedersehen.',
  goodbyeNothingOrdered: 'In Ordnung, es wurde nichts bestellt, und Ihr Warenkorb bleibt gespeichert. Auf Wiedersehen.',
  fallback: 'Entschuldigung, das habe ich nicht verstanden. Sie können sagen: „finde Milch“, „was ist in meinem Warenkorb“ oder „zur Kasse“.',
  fallbackReprompt: 'Sagen Sie zum Beispiel „finde Küchenrolle“ oder „Hilfe“.',
  anythingElse: 'Darf es sonst noch etwas sein?',
  apology: 'Entschuldigung, bei mir ist etwas schiefgelaufen. Es wurde nichts abgebucht. Bitte versuchen Sie es gleich noch einmal.',
  storeBusy: 'Entschuldigung, im Shop ist gerade sehr viel los. Es wurde nichts abgebucht, und Ihr Warenkorb ist sicher. Bitte versuchen Sie es in einer Minute noch einmal.',

  searchEmptyQuery: 'Wonach soll ich suchen? Sagen Sie zum Beispiel „finde Spülmittel“.',
  searchResults: (query, total, readCount, items) =>
    total === 1
      ? `Ich habe einen Treffer für ${query} gefunden: ${items[0]}. Soll ich ihn in den Warenkorb legen?`
      : total === readCount
        ? `Ich habe ${total} Treffer für ${query} gefunden: ${items.join('; ')}. Soll ich einen hinzufügen?`
        : `Ich habe ${total} Treffer für ${query} gefunden. Hier sind die ersten ${readCount}: ${items.join('; ')}. ` + 'Soll ich einen hinzufügen oder weiterlesen?',
  searchMore: (items, remaining) =>
    `Weiter geht's: ${items.join('; ')}.${remaining > 1 ? ` Danach kommen noch ${remaining}.` : remaining === 1 ? ' Danach kommt noch einer.' : ' Das waren alle.'} Soll ich eins davon hinzufügen?`,
  searchNoMatch: (query, broader) =>
    broader
      ? `Für ${query} habe ich nichts gefunden. Versuchen Sie es mit einem allgemeineren Wort, etwa „${broader}“.`
      : `Für ${query} habe ich nichts gefunden. Versuchen Sie es mit einem allgemeineren Wort, etwa „Kaffee“ oder „Küchenrolle“.`,
  searchEndOfList: (query, total) =>
    `${total === 1 ? `Das war der einzige Treffer für ${query}` : `Das waren alle ${total} Treffer für ${query}`}. ` +
    'Sagen Sie „finde“ und etwas Neues, oder fügen Sie eins davon hinzu.',
  searchReprompt: 'Sagen Sie „füge das erste hinzu“, „erzähl mir mehr über das zweite“ oder „mehr“.',
  noListToPage: 'Es gibt noch keine Liste zum Durchblättern. Sagen Sie „finde“ und was Sie brauchen.',
  listItem: (name, size, price, outOfStock) => `${name}${size ? `, ${size}` : ''}, ${price}${outOfStock ? ', nicht vorrätig' : ''}`,
  which: 'Welches meinen Sie? Sagen Sie „das erste“ oder den Namen des Produkts.',
  notInList: (position, length) =>
    `In der Liste, die ich gerade vorgelesen habe, gibt es keine Nummer ${position}; sie hat ${length === 1 ? 'nur einen Eintrag' : `${length} Einträge`}. Welches meinen Sie?`,
  details: (name, brand, size, price, rating, reviews, inStock) =>
    `${name} von ${brand}${size ? `, ${size}` : ''}, kostet ${price}. ` +
    `Bewertet mit ${rating} von 5 Sternen bei ${reviewsOf(reviews)}. ` +
    (inStock ? 'Es ist vorrätig. Soll ich es in den Warenkorb legen?' : 'Es ist im Moment leider nicht vorrätig.'),
  detailsReprompt: 'Soll ich es in Ihren Warenkorb legen?',
  recommend: (name, price, rating, reviews, why) =>
    `Ich empfehle Ihnen ${name} für ${price}. ${why} Es hat ${rating} von 5 Sternen bei ${reviewsOf(reviews)}. Soll ich es hinzufügen?`,
  recommendWhyHistory: 'Sie haben es schon einmal gekauft.',
  recommendWhyRating: (category) => `Es ist das bestbewertete Produkt in der Kategorie ${category}, das wir vorrätig haben.`,
  recommendNothing: 'Dafür habe ich noch keine Empfehlung. Sagen Sie „finde“ und ein Produkt.',
  productNotFound: (spoken) => `${spoken} habe ich leider nicht gefunden. Sagen Sie „finde“ und ein allgemeineres Wort.`,
  onlyNearest: (spoken, item) => `${spoken} habe ich leider nicht. Am nächsten kommt ${item}. Möchten Sie das stattdessen?`,

  quantityInvalid: (max) => `Ich kann von einem Artikel 1 bis ${max} Stück hinzufügen. Wie viele möchten Sie? Sagen Sie zum Beispiel „leg zwei Stück vom ersten in den Warenkorb“.`,
  outOfStock: (name) => `${name} ist im Moment leider nicht vorrätig, deshalb habe ich es nicht hinzugefügt.`,
  added: (quantity, name, count, subtotal) =>
    `Ich habe ${quantity} Stück ${name} in den Warenkorb gelegt. Im Warenkorb ${cartHolds(count)} für ${subtotal}. Noch etwas, oder möchten Sie zur Kasse?`,
  addedSeveral: (items, count, subtotal) => `Ich habe ${items} in den Warenkorb gelegt. Im Warenkorb ${cartHolds(count)} für ${subtotal}. Noch etwas, oder möchten Sie zur Kasse?`,
  addedReprompt: 'Sagen Sie „zur Kasse“ oder suchen Sie etwas anderes.',
  lineLimit: (name, max, inCart) =>
    `Von ${name} können Sie höchstens ${max} Stück pro Bestellung kaufen, und ${inCart} ${inCart === 1 ? 'liegt' : 'liegen'} schon im Warenkorb. Wie viele möchten Sie noch?`,
  removed: (name) => `Ich habe ${name} aus Ihrem Warenkorb entfernt.`,
  notInCart: (name) => `${name} ist nicht in Ihrem Warenkorb.`,
  cartEmpty: 'Ihr Warenkorb ist leer. Sagen Sie „finde“ und was Sie brauchen.',
  cartSummary: (count, lines, more, subtotal) =>
    `In Ihrem Warenkorb ${count === 1 ? 'ist 1 Artikel' : `sind ${count} Artikel`}: ${lines.join(', ')}` +
    `${more > 0 ? ` und ${more} ${more === 1 ? 'weiteres Produkt' : 'weitere Produkte'}` : ''}. ` +
    `Zwischensumme ${subtotal}. Sagen Sie „zur Kasse“, wenn Sie so weit sind.`,
  cartLine: (quantity, name) => `${quantity} Stück ${name}`,
  keptOnly: (name) => `Okay, ich habe alles außer ${name} herausgenommen.`,
  eachSetTo: (quantity, lines) => `Okay, von jedem Ihrer ${lines} Artikel jetzt ${quantity}.`,
  cartCleared: 'Ihr Warenkorb ist jetzt leer.',
  startedOverEmptied: 'Gut, wir fangen neu an: Ich habe Ihren Warenkorb geleert. Was darf es sein?',
  cartCardTitle: 'Warenkorb',

  linkAccount: (action) => `Um ${action}, verknüpfen Sie bitte zuerst Ihr Konto in der App. Ich habe Ihnen eine Karte mit dem Link geschickt. Ihr Warenkorb bleibt gespeichert.`,
  linkAccountCard: 'Verknüpfen Sie Ihr Konto, um per Sprache einzukaufen, nachzubestellen und Ihre Bestellungen abzufragen.',
  actionPurchase: 'per Sprache einzukaufen',
  actionReorder: 'nachzubestellen',
  actionStatus: 'Ihre Bestellungen abzufragen',
  customerMissing: 'Ich konnte Ihre Kontodaten nicht finden. Bitte prüfen Sie Ihr Konto in der App. Es wurde nichts abgebucht.',
  accountCheckUnavailable:
    'Ich konnte Ihr Konto gerade nicht prüfen, deshalb habe ich die Bestellung nicht aufgegeben, und es wurde nichts abgebucht. Bitte sagen Sie gleich noch einmal ja.',

  voicePinPrompt: (total) => `Für eine Bestellung über ${total} sagen Sie bitte Ihren vierstelligen Sprachcode.`,
  voicePinReprompt: 'Bitte sagen Sie Ihren vierstelligen Sprachcode, oder sagen Sie „abbrechen“.',
  voicePinUnclear: 'Ich habe keine vier Ziffern verstanden. Bitte sagen Sie Ihren Sprachcode Ziffer für Ziffer.',
  voicePinWrong: (left) => `Der Code stimmt nicht. Sie haben noch ${left === 1 ? 'einen Versuch' : `${left} Versuche`}. Bitte sagen Sie Ihren vierstelligen Sprachcode.`,
  voicePinLocked:
    'Auch dieser Code stimmt nicht, deshalb habe ich das Einkaufen per Sprache für Ihr Konto gesperrt. Es wurde nichts abgebucht, und Ihr Warenkorb bleibt gespeichert. In der App können Sie es wieder einschalten.',
  voicePinNotSet:
    'Für Bestellungen in dieser Höhe brauchen Sie einen Sprachcode, und Ihr Konto hat noch keinen. Sie können ihn in der App festlegen. Es wurde nichts abgebucht, und Ihr Warenkorb bleibt gespeichert.',
  voicePurchaseLocked:
    'Das Einkaufen per Sprache ist für Ihr Konto nach zu vielen falschen Sprachcodes gesperrt. In der App können Sie es wieder einschalten. Es wurde nichts abgebucht, und Ihr Warenkorb bleibt gespeichert.',
  voiceNotRecognised:
    'Ich kann nur für eine Stimme bestellen, die ich in diesem Konto erkenne. Richten Sie Ihr Stimmprofil in der Alexa-App ein und versuchen Sie es dann noch einmal. Es wurde nichts abgebucht, und Ihr Warenkorb bleibt gespeichert.',
  dailyLimitReached: (limit) =>
    `Damit würden Sie Ihr Tageslimit von ${limit} für Bestellungen per Sprache überschreiten, deshalb habe ich nicht bestellt. Es wurde nichts abgebucht, und Ihr Warenkorb bleibt gespeichert.`,

  purchaseQuestion: (seller, lines, subtotal, tax, delivery, total, address) =>
    `Von ${seller}: ${lines.join(', ')}. Zwischensumme ${subtotal}, Steuer ${tax}, ${isNothing(delivery) ? 'Versand kostenlos' : `Versand ${delivery}`}, insgesamt ${total}, ` +
    `Lieferung an ${address}. Soll ich die Bestellung aufgeben?`,
  purchaseQuestionReprompt: (total) => `Soll ich die Bestellung über ${total} aufgeben? Sagen Sie ja oder nein.`,
  placeOrderAgain: 'Soll ich die Bestellung aufgeben? Sagen Sie ja oder nein.',
  purchaseChanged: (question) => `Ihre Bestellung hat sich geändert, seit ich gefragt habe. ${question}`,
  purchaseUnavailable: (names) =>
    names.length === 1 ? `${names[0]} ist nicht vorrätig, deshalb habe ich es weggelassen.` : `${names.join(' und ')} sind nicht vorrätig, deshalb habe ich sie weggelassen.`,
  orderPlaced: (number, total, date) =>
    `Erledigt. Ihre Bestellung ${number} ist aufgegeben, insgesamt ${total}. Sie kommt am ${date}. Die Details finden Sie in der App, und ich schicke sie Ihnen auch per E-Mail.`,
  orderPlacedCardTitle: 'Bestellung aufgegeben',
  orderPlacedCard: (number, lines, total, date, address) => `Bestellung ${number}\n${lines.join('\n')}\nGesamt: ${total}\nLieferung: ${date}\nLieferadresse: ${address}`,
  orderDeclined:
    'Ihre Karte wurde abgelehnt, deshalb wurde die Bestellung nicht aufgegeben und nichts abgebucht. Ihr Warenkorb bleibt gespeichert. Ihre Zahlungsart können Sie in der App ändern.',
  orderPending:
    'Die Zahlung dauert länger als üblich, deshalb wird Ihre Bestellung noch bestätigt. Sobald das entschieden ist, bekommen Sie eine E-Mail, und Sie werden nicht doppelt belastet.',
  orderPendingCard: (number) => `Bestellung ${number} wird gerade mit Ihrer Bank bestätigt. Sie bekommen eine E-Mail, sobald das entschieden ist.`,
  orderRefused:
    'Ihre gespeicherte Zahlungsart konnte nicht belastet werden, deshalb wurde die Bestellung nicht aufgegeben und nichts abgebucht. Ihr Warenkorb bleibt gespeichert. Bitte prüfen Sie Ihre Zahlungsart in der App.',
  orderStillConfirming: (number) =>
    `Ihre Bestellung ${number} mit diesen Artikeln wird noch bestätigt, deshalb buche ich dafür nicht noch einmal ab. Sobald das entschieden ist, bekommen Sie eine E-Mail.`,
  purchaseTooSlow: 'Entschuldigung, das hat zu lange gedauert. Ich habe die Bestellung nicht aufgegeben, und es wurde nichts abgebucht.',
  purchaseTooSlowCancelled:
    'Entschuldigung, im Laden ist gerade viel los. Ich habe die Bestellung nicht aufgegeben, und es wurde nichts abgebucht. Ihr Warenkorb bleibt gespeichert. Bitte versuchen Sie es in einer Minute noch einmal.',
  orderCancelled: 'In Ordnung, ich habe die Bestellung nicht aufgegeben, und es wurde nichts abgebucht. Ihr Warenkorb bleibt gespeichert.',
  nothingToConfirm: 'Im Moment wartet nichts auf ein Ja. Sagen Sie „zur Kasse“, um Ihren Warenkorb zu bestellen.',
  nothingToCancel: 'In Ordnung.',

  reorderNothing: 'Ich sehe noch keine früheren Bestellungen, die ich wiederholen könnte.',
  reorderNoMatch: (spoken) => `${spoken} habe ich in Ihren früheren Bestellungen nicht gefunden. Sie können stattdessen „finde ${spoken}“ sagen.`,

  statusNone: 'Sie haben noch keine Bestellungen.',
  statusNoMatch: (spoken) => `Ich habe keine Bestellung mit ${spoken} gefunden.`,
  statusPlaced: (number, items, date) => `Ihre Bestellung ${number} mit ${items} wird gerade gepackt. Sie sollte am ${date} ankommen.`,
  statusShipped: (number, items, date) => `Ihre Bestellung ${number} mit ${items} ist unterwegs und sollte am ${date} ankommen.`,
  statusDelivered: (number, items, date) => `Ihre Bestellung ${number} mit ${items} wurde am ${date} zugestellt.`,
  statusPending: (number) => `Ihre Bestellung ${number} wird noch mit Ihrer Bank bestätigt. Ich schicke Ihnen eine E-Mail, sobald sie aufgegeben ist.`,
  statusFailed: (number) => `Ihre Bestellung ${number} wurde nicht aufgegeben, weil die Zahlung abgelehnt wurde. Es wurde nichts abgebucht.`,
  orderCardTitle: (number) => `Bestellung ${number}`,
  // follows "mit …": dative
  moreItems: (count) => (count === 1 ? 'einem weiteren Artikel' : `${count} weiteren Artikeln`),

  // The configured support hours are written in English, so German speech gives the number only.
  human: (phone) => `Einen Mitarbeiter erreichen Sie unter ${phone}. Ich habe Ihnen die Nummer in die App geschickt.`,
  humanCardTitle: 'Kundenservice',
  humanCard: (phone) => `Rufen Sie uns an: ${phone}.`,

  address: (a) => `${a.line1} in ${a.city}`,

  categoryName: germanCategory,
  usualNicknames: germanUsualNicknames,
  catalogQuery: (spoken) => toCatalogWords(spoken, germanWords()),

  // — cart editing and orders —
  cartNow: (count, subtotal) => `Im Warenkorb ${cartHolds(count)} für ${subtotal}.`,
  quantitySet: (quantity, name) => `In Ordnung, jetzt sind es ${quantity} Stück ${name}.`,
  addedMore: (added, name, now) => `Ich habe noch ${added} Stück ${name} dazugelegt, jetzt sind es ${now}.`,
  removedSome: (removed, name, left) => `Ich habe ${removed} Stück ${name} herausgenommen, ${left} ${left === 1 ? 'ist' : 'sind'} noch im Warenkorb.`,
  quantityRefused: (name, max, current) => `Von ${name} kann ich 1 bis ${max} Stück in den Warenkorb legen, deshalb bleibt es bei ${current}. Wie viele möchten Sie?`,
  howMany: (name) => `Wie viele Stück ${name} möchten Sie? Sagen Sie zum Beispiel „mach drei daraus“.`,
  whichInCart: (options) => `Welches meinen Sie: ${options}?`,

  historyNone: 'Sie haben noch nichts bestellt. Sagen Sie „finde“ und was Sie brauchen.',
  lastBought: (name, date, quantity) => `Zuletzt haben Sie ${quantity > 1 ? `${quantity} ` : ''}${name} am ${date} gekauft.`,
  neverBought: (name) => `${name} finde ich in Ihren bisherigen Bestellungen nicht.`,
  historyOne: (entry, latest) => `${latest ? 'Ihre letzte Bestellung' : 'Diese Bestellung'}: ${entry}.`,
  history: (count, entries) =>
    count === 1
      ? `Sie haben eine Bestellung aufgegeben: ${entries[0]}.`
      : `Sie haben ${count} Bestellungen${entries.length < count ? `, hier die letzten ${entries.length}` : ''}: ${entries.join('; ')}.`,
  historyEntry: (date, items, total, state) => `am ${date} mit ${items}, ${total}${state === 'cancelled' ? ', storniert' : state === 'pending' ? ', wird noch bestätigt' : ''}`,
  historyReprompt: 'Sie können zum Beispiel „bestelle Kaffee nochmal“ oder „wo ist meine Bestellung“ sagen.',
  ordersCardTitle: 'Ihre Bestellungen',

  orderNumberNotFound: (number) => `Die Bestellung ${number} finde ich in Ihrem Konto nicht. Bitte prüfen Sie die Nummer, oder sagen Sie „wo ist meine Bestellung“.`,
  statusSeveral: (count, entries) => `Sie haben ${count} Bestellungen unterwegs${entries.length < count ? `, hier die letzten ${entries.length}` : ''}: ${entries.join('; ')}.`,
  statusEntry: (items, date, pending) => (pending ? `die mit ${items} wird noch bestätigt` : `die mit ${items} sollte am ${date} ankommen`),
  statusSeveralReprompt: 'Fragen Sie zum Beispiel „wo ist meine Milch“.',
  statusCancelled: (number, items) => `Ihre Bestellung ${number} mit ${items} wurde storniert, und das Geld geht zurück auf Ihre Karte.`,

  actionCancelOrder: 'eine Bestellung zu stornieren',
  cancelAsk: (number, items, total) => `Soll ich die Bestellung ${number} mit ${items} über ${total} stornieren? Sie bekommen das Geld zurück.`,
  cancelAskReprompt: (number) => `Soll ich die Bestellung ${number} stornieren? Sagen Sie ja oder nein.`,
  cancelDone: (number, total, refund) =>
    refund === 'refunded'
      ? `Erledigt. Die Bestellung ${number} ist storniert, und ${total} wurden Ihrer Karte gutgeschrieben. Bis das sichtbar ist, kann es ein paar Tage dauern.`
      : refund === 'refund-pending'
        ? `Erledigt. Die Bestellung ${number} ist storniert, und die Erstattung von ${total} ist unterwegs. Das kann ein paar Tage dauern.`
        : `Die Bestellung ${number} ist storniert. Die Erstattung von ${total} läuft, und ich schicke Ihnen eine E-Mail, sobald Ihre Bank sie hat.`,
  cancelCardTitle: 'Bestellung storniert',
  cancelCard: (number, total, refund) => `Bestellung ${number} ist storniert.\nErstattung: ${total}, ${refund === 'refunded' ? 'Ihrer Karte gutgeschrieben' : 'unterwegs'}.`,
  cancelAlready: (number) => `Die Bestellung ${number} ist bereits storniert.`,
  cancelKept: (number) => `In Ordnung, die Bestellung ${number} bleibt, wie sie ist.`,
  cancelNothing: 'Sie haben keine Bestellung, die ich stornieren könnte.',
  cancelNoMatch: (spoken) => `Ich habe keine Bestellung mit ${spoken} gefunden, die ich stornieren könnte.`,
  cancelStillConfirming: (number) =>
    `Die Bestellung ${number} wird noch mit Ihrer Bank bestätigt, deshalb kann ich sie noch nicht stornieren. Fragen Sie bitte in ein paar Minuten noch einmal.`,
  // The configured support hours are written in English, so German speech gives the number only.
  cancelTooLate: (items, minutes, phone) =>
    `${minutes > 0 ? `Ihre Bestellung mit ${items} kann ich nach ${minutes} Minuten nicht mehr stornieren.` : `Ihre Bestellung mit ${items} kann ich per Sprache nicht stornieren.`} ` +
    `Bei einer Rücksendung hilft der Kundenservice unter ${phone}. Die Nummer steht in der App.`,
  cancelInFulfilment: (items, phone) =>
    `Ihre Bestellung mit ${items} wird schon gepackt, ich kann sie nicht mehr stornieren. Bei einer Rücksendung hilft der Kundenservice unter ${phone}. Die Nummer steht in der App.`,
  changeOrder: (phone) =>
    `Eine aufgegebene Bestellung oder ihre Lieferadresse kann ich leider nicht per Sprache ändern. Der Kundenservice hilft Ihnen unter ${phone}. Die Nummer finden Sie in der App.`,
  changeOrderCancelHint: 'Oder sagen Sie „storniere meine Bestellung“ und bestellen Sie neu.',
  returnItem: (product, phone) =>
    `${product ? `Um ${product} zurückzuschicken` : 'Für eine Rücksendung'}, rufen Sie bitte den Kundenservice unter ${phone} an. Die Nummer finden Sie in der App.`,

  // — after the order: fulfilment status, reminders, feedback —
  statusConfirmed: (number, items, date) => `Ihre Bestellung ${number} mit ${items} ist bestätigt. Sie sollte am ${date} ankommen.`,
  statusNoUpdate: (number, items, date) => `Ihre Bestellung ${number} mit ${items} sollte am ${date} ankommen. Eine Nachricht zur Lieferung habe ich noch nicht.`,
  statusWithWarehouse: (number, items, date) => `Ihre Bestellung ${number} mit ${items} ist in unserem Lager. Sie sollte am ${date} ankommen.`,
  statusPacked: (number, items, date) => `Ihre Bestellung ${number} mit ${items} ist gepackt. Sie sollte am ${date} ankommen.`,
  statusShippedBy: (number, items, date, carrier) => `Ihre Bestellung ${number} mit ${items} ist mit ${carrier} unterwegs und sollte am ${date} ankommen.`,
  statusOutForDelivery: (number, items) => `Ihre Bestellung ${number} mit ${items} wird heute zugestellt.`,
  statusDelayed: (number, items, date) => `Ihre Bestellung ${number} mit ${items} verspätet sich. Sie sollte jetzt am ${date} ankommen.`,
  statusShopCancelled: (number, items) => `Wir mussten Ihre Bestellung ${number} mit ${items} leider stornieren. Der volle Betrag geht zurück auf Ihre Karte.`,

  actionReminders: 'Erinnerungen einzurichten',
  notifyShipping: (number, alexa) =>
    alexa
      ? `In Ordnung. Sobald die Bestellung ${number} verschickt ist, sage ich Ihnen Bescheid: per E-Mail und als Alexa-Benachrichtigung, wenn Sie diese in der Alexa-App erlaubt haben.`
      : `In Ordnung. Sobald die Bestellung ${number} verschickt ist, schicke ich Ihnen eine E-Mail.`,
  notifyAlreadyShipped: (number, carrier, date) => `Die Bestellung ${number} ist schon mit ${carrier} unterwegs und sollte am ${date} ankommen.`,
  notifyAlreadyDelivered: (number, date) => `Die Bestellung ${number} wurde am ${date} zugestellt.`,
  notifyNoOrder: 'Sie haben keine Bestellung unterwegs. Sagen Sie zum Beispiel „sag mir Bescheid, wenn Milch wieder da ist“.',
  notifyStock: (name, alexa) =>
    alexa
      ? `In Ordnung, sobald ${name} wieder vorrätig ist, sage ich Ihnen Bescheid: per E-Mail und als Alexa-Benachrichtigung, wenn Sie diese erlaubt haben. Mit „keine Erinnerungen mehr“ schalten Sie das aus.`
      : `In Ordnung, sobald ${name} wieder vorrätig ist, schicke ich Ihnen eine E-Mail. Mit „keine Erinnerungen mehr“ schalten Sie das aus.`,
  notifyInStock: (name) => `Gute Nachricht: ${name} ist gerade vorrätig. Soll ich es in den Warenkorb legen?`,
  noDatedReminders:
    'Eine Erinnerung für einen Tag oder eine Uhrzeit kann ich nicht einrichten. Ich kann Sie einmal an Artikel im Warenkorb erinnern oder Bescheid geben, wenn etwas wieder vorrätig ist. Darf es sonst noch etwas sein?',
  cartReminderOn: (minutes, alexa) =>
    `In Ordnung. Wenn Sie Artikel im Warenkorb liegen lassen, erinnere ich Sie nach ${minutes % 60 !== 0 ? `${minutes} Minuten` : minutes === 60 ? 'einer Stunde' : `${minutes / 60} Stunden`} einmal daran, per ${alexa ? 'Alexa-Benachrichtigung oder ' : ''}E-Mail. Mit „keine Erinnerungen mehr“ schalten Sie das aus.`,
  remindersStopped: (count) =>
    count > 0
      ? 'In Ordnung, keine Erinnerungen mehr. E-Mails zu Ihren Bestellungen bekommen Sie weiterhin.'
      : 'Sie haben keine Erinnerungen eingeschaltet. E-Mails zu Ihren Bestellungen bekommen Sie weiterhin.',

  feedbackAtLaunch: (shop, items) => `Willkommen zurück bei ${shop}. Ihre Bestellung mit ${items} wurde zugestellt. Wie zufrieden waren Sie, von eins bis fünf?`,
  feedbackAsk: (items) => `Wie zufrieden waren Sie mit Ihrer Bestellung mit ${items}, von eins bis fünf?`,
  feedbackAskReprompt: 'Bitte bewerten Sie Ihre Bestellung von eins bis fünf, zum Beispiel mit „vier Sterne“.',
  feedbackRatingUnclear: 'Bitte nennen Sie eine Zahl von eins bis fünf, zum Beispiel „vier Sterne“.',
  feedbackThanks: (rating) => `${rating >= 4 ? 'Danke, das freut uns.' : 'Danke für Ihre Bewertung.'} Möchten Sie uns noch etwas sagen?`,
  feedbackSorry: (phone) => `Das tut mir leid. Einen Mitarbeiter erreichen Sie unter ${phone}, die Nummer steht in der App. Möchten Sie uns noch etwas sagen?`,
  feedbackCommentAsk: 'Möchten Sie uns noch etwas sagen?',
  feedbackGoAhead: 'Gern. Beginnen Sie mit „mein Feedback ist“ und sagen Sie dann, was Sie denken.',
  feedbackCommentThanks: 'Danke, ich gebe das an das Team weiter. Noch etwas?',
  feedbackComplaint: (phone) => `Danke, und das tut mir leid. Ein Mitarbeiter hilft Ihnen unter ${phone}, die Nummer steht in der App. Noch etwas?`,
  feedbackCommentUnclear: 'Entschuldigung, das habe ich nicht verstanden. Sagen Sie „mein Feedback ist“ und was Sie uns sagen möchten, oder „nein“.',
  feedbackNoComment: 'In Ordnung, danke für Ihre Bewertung. Noch etwas?',
  feedbackNothingToRate: 'Eine zugestellte Bestellung zum Bewerten sehe ich noch nicht, aber Ihr Feedback ist willkommen. Was möchten Sie uns sagen?',
  // — policies, search constraints and product questions —
  deliveryInfo: (f) => {
    const cost =
      f.fee === undefined
        ? 'Der Versand ist immer kostenlos.'
        : f.freeFrom
          ? `Der Versand kostet ${f.fee}, ab ${f.freeFrom} Bestellwert vor Steuern ist er kostenlos.`
          : `Der Versand kostet ${f.fee}.`;
    const cart = !f.cart
      ? ''
      : f.cart.missing
        ? ` Ihr Warenkorb steht bei ${f.cart.subtotal}, mit weiteren ${f.cart.missing} wird der Versand kostenlos.`
        : f.freeFrom
          ? ' Ihr Warenkorb ist schon versandkostenfrei.'
          : '';
    const days = f.days === 0 ? 'Wir liefern noch am selben Tag' : `Die Lieferung dauert ${f.days === 1 ? 'einen Werktag' : `${f.days} Werktage`}`;
    const when = f.cart ? `${days}.` : `${days}, eine Bestellung von jetzt käme also am ${f.arrives}.`;
    return `${cost}${cart} ${when}${f.area ? ` Wir liefern nach ${f.area}.` : ''}`;
  },
  returnPolicy: (f) =>
    f.days !== undefined
      ? `Sie können Artikel innerhalb von ${f.days === 1 ? 'einem Tag' : `${f.days} Tagen`} nach der Lieferung zurückgeben. ${f.how ?? `Der Kundenservice unter ${f.phone} kümmert sich darum.`}`
      : `Rücksendungen laufen über unseren Kundenservice: Rufen Sie ${f.phone} an${f.hours ? `, ${f.hours}` : ''}, dort hilft man Ihnen weiter.${f.how ? ` ${f.how}` : ''}`,
  openingHours: (f) => {
    const now = f.openNow === undefined ? '' : f.openNow ? ' Gerade ist er erreichbar.' : ' Gerade ist er nicht erreichbar.';
    const service = `Unser Kundenservice ist ${f.hours ? `${f.hours} ` : ''}unter ${f.phone} erreichbar.${now}`;
    if (f.stores.length === 0) return `Wir sind ein Onlineshop, Sie können also jederzeit bestellen. ${service}`;
    const stores = f.stores.map((s) => (s.hours ? `${s.name} hat ${s.hours} geöffnet` : `${s.name} hat zu den üblichen Zeiten geöffnet`)).join('; ');
    return `${stores}. ${service}`;
  },
  storeLocations: (f) => {
    const days = f.deliveryDays === 1 ? 'einem Werktag' : `${f.deliveryDays} Werktagen`;
    if (f.stores.length === 0) return `Wir sind nur online, ohne Laden und ohne Abholung. Wir liefern in ${days} bis an Ihre Tür.`;
    const stores = f.stores.map((s) => `${s.name}, ${s.address}${s.hours ? `, geöffnet ${s.hours}` : ''}`).join('; ');
    const pickup = f.stores.some((s) => s.pickup) ? 'Dort können Sie Bestellungen abholen, oder wir liefern.' : 'Bestellungen liefern wir bis an Ihre Tür.';
    return `${f.stores.length === 1 ? 'Unser Laden' : 'Unsere Läden'}: ${stores}. ${pickup}`;
  },
  paymentOptions: (f) =>
    `Wir buchen von der Karte ab, die in Ihrem Konto gespeichert ist${f.methods ? `; wir nehmen ${f.methods}` : ''}. ` +
    (f.linked
      ? 'Für eine andere Karte ändern Sie Ihre Zahlungsart vor dem Bestellen in der App.'
      : 'Verknüpfen Sie Ihr Konto in der App und hinterlegen Sie dort eine Karte, um per Sprache einzukaufen.'),
  // "von 8 bis 20 Uhr": the first time without its "Uhr"
  hoursSpan: (days, opens, closes) => `${days} von ${opens.replace(/ Uhr$/, '')} bis ${closes}`,
  everyDay: 'täglich',
  dayRange: (first, last) => `${first} bis ${last}`,
  clockTime: (formatted) => `${formatted} Uhr`,
  policyReprompt: 'Kann ich sonst noch helfen?',

  filterLabel: (query, f) => {
    const price =
      f.from && f.upTo
        ? ` zwischen ${f.from} und ${f.upTo}`
        : [f.below && ` unter ${f.below}`, f.upTo && ` bis ${f.upTo}`, f.above && ` über ${f.above}`, f.from && ` ab ${f.from}`].filter(Boolean).join('');
    // attributes after the noun need no adjective endings: "Brot, glutenfrei"
    return `${query || 'Produkte'}${f.attributes.length > 0 ? `, ${f.attributes.join(' und ')},` : ''}${price}`.replace(/,$/, '');
  },
  filteredResults: (label, total, items) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${items.join('; ')}.` +
    (total > items.length
      ? ` Das sind ${items.length} von ${total}. Soll ich eins hinzufügen oder weiterlesen?`
      : total === 1
        ? ' Soll ich es hinzufügen?'
        : ' Soll ich eins hinzufügen?'),
  sortedResults: (label, sort, total, items) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${sort === 'rating' ? 'die bestbewerteten' : sort === 'price-ascending' ? 'die günstigsten' : 'die teuersten'} zuerst: ${items.join('; ')}.` +
    (total > items.length ? ' Soll ich eins hinzufügen oder weiterlesen?' : ' Soll ich eins hinzufügen?'),
  ratedItem: (name, _size, price, rating) => `${name}, ${price}, ${rating} Sterne`,
  filterNoMatch: (label, query, others) =>
    others > 0
      ? `Für ${label} habe ich leider nichts. Sagen Sie „finde ${query}“, um alle ${others} zu hören.`
      : `Für ${label} habe ich leider nichts. Wonach soll ich sonst suchen?`,
  priceNoMatch: (label, nearest) =>
    `Für ${label} habe ich leider nichts.${nearest ? ` Am ${nearest.cheaper ? 'günstigsten' : 'teuersten'} ist ${nearest.name} für ${nearest.price}.` : ''}`,
  priceImpossible: 'Umsonst gibt es hier leider nichts. Nennen Sie mir einen Preis, etwa „Kaffee unter zehn Euro“.',
  filterNeedsProduct: () => 'Was genau suchen Sie? Sagen Sie zum Beispiel „Kaffee unter zehn Euro“.',

  whichSize: (name, options) => `${name} gibt es als ${new Intl.ListFormat('de-DE', { type: 'disjunction' }).format(options)}. Welche Größe möchten Sie?`,
  sizeOption: (size, price) => `${size} für ${price}`,
  whichSizeReprompt: 'Welche Größe möchten Sie? Sagen Sie die Größe oder „die erste“.',

  attributeYes: (name, attribute) => `Ja, ${name} ist ${attribute}.`,
  substanceNo: (name, attribute) => `Nein, ${name} ist ${attribute}.`,
  substanceMaybe: (name, attribute) => `${name} ist nicht als ${attribute} gekennzeichnet, es kann also etwas davon enthalten.`,
  attributeNotLabelled: (name, attribute) => `${name} ist nicht als ${attribute} gekennzeichnet, darauf würde ich mich also nicht verlassen.`,
  attributeInstead: (name, price) => `${name} schon, für ${price}. Möchten Sie lieber das?`,
  inStockYes: (name) => `Ja, ${name} ist vorrätig.`,
  inStockNo: (name) => `Nein, ${name} ist gerade nicht vorrätig.`,
  groupAttribute: (group, attribute, names, total) => {
    const more = total - names.length;
    const list = new Intl.ListFormat('de-DE', { type: 'conjunction' }).format(more > 0 ? [...names, `${more} weitere`] : names);
    return `Bei ${group} ${total === 1 ? 'ist' : 'sind'} ${list} ${attribute}. Soll ich ${total === 1 ? 'es' : 'eins davon'} hinzufügen?`;
  },
  groupAttributeNone: (group, attribute) => `Bei ${group} ist nichts als ${attribute} gekennzeichnet.`,
  attributeUnknown: 'Ich kann Ihnen sagen, ob etwas bio, glutenfrei, vegan, entkoffeiniert oder vorrätig ist. Was möchten Sie wissen?',
  // — answers, navigation, account (words) —
  complaintHeard: (phone) => `Entschuldigung, da verstehe ich Sie schlecht. Ein Mitarbeiter hilft Ihnen unter ${phone}. Oder sagen Sie mir in wenigen Worten, was Sie suchen.`,
  experienceComplaint: (phone) => `Das tut mir leid. Ein Mitarbeiter kümmert sich darum unter ${phone}. Kann ich sonst noch helfen?`,
  receiptInfo: (phone) =>
    `Die Details und die Summe jeder Bestellung schicken wir Ihnen per E-Mail, sobald sie aufgegeben ist. Für eine Rechnung hilft Ihnen ein Mitarbeiter unter ${phone}.`,
  repeatNothing: 'Ich habe noch nichts gesagt. Was darf ich für Sie tun?',
  repeatQuestionGone: 'Die Frage ist abgelaufen, es wurde nichts bestellt. Sagen Sie „zur Kasse“, um Ihre Bestellung noch einmal zu hören.',
  goBackNothing: 'Es gibt keine vorherige Liste. Sagen Sie „finde“ und was Sie suchen.',
  backToList: (query, items) => `${query === undefined ? 'Zurück zu Ihrem Warenkorb' : `Zurück zu ${query}`}: ${items.join('; ')}. Eins davon hinzufügen oder mehr hören?`,
  thanksReply: 'Gern geschehen! Darf es sonst noch etwas sein?',
  historyNoOlder: (count) => (count === 1 ? 'Das ist Ihre einzige Bestellung.' : `Das ist die älteste Ihrer ${count} Bestellungen.`),
  noLoyaltyScheme: 'Ein Treue- oder Punkteprogramm haben wir nicht.',
  praiseReply: 'Vielen Dank, das freut uns sehr! Darf es sonst noch etwas sein?',
  cancelledPurchase: 'Okay, abgebrochen. Es wurde nichts bestellt und Ihr Warenkorb bleibt gespeichert. Was kann ich sonst für Sie tun?',
  cancelledQuestion: 'Okay, schon gut. Was möchten Sie tun?',
  cancelledNothing: 'Okay. Was kann ich sonst für Sie tun? Sagen Sie „stopp“, wenn Sie fertig sind.',
  noListToChoose: 'Es gibt noch keine Liste zum Auswählen. Sagen Sie „finde“ und was Sie suchen.',
  numberWithoutContext: (n) => `${n} wovon? Sagen Sie zum Beispiel „leg ${n} Bananen in den Warenkorb“.`,
  codeNotAsked: 'Das ist mehr, als ich von einem Artikel hinzufügen kann, und nach einem Sprachcode frage ich gerade nicht. Was möchten Sie tun?',
  swapped: (name) => `Okay, ich habe ${name} wieder herausgenommen.`,
  accountAlreadyLinked: 'Ihr Konto ist schon verknüpft: Sie können per Sprache einkaufen, nachbestellen und Bestellungen abfragen. Zum Trennen sagen Sie „Konto trennen“.',
  accountHowToLink:
    'Öffnen Sie zum Verknüpfen die Alexa-App oder unsere Website, suchen Sie Corner Shop und wählen Sie „Konto verknüpfen“. Ich habe Ihnen eine Karte mit dem Link geschickt.',
  unlinkNotLinked: 'Ihr Konto ist nicht verknüpft, es gibt also nichts zu trennen.',
  unlinked:
    'Erledigt. Ich habe die Kontoverknüpfung hier entfernt und Ihren Warenkorb gelöscht. Bestellungen bleiben als Kaufbeleg erhalten. Trennen Sie Corner Shop zum Schluss in der Alexa-App oder melden Sie sich auf unserer Website ab.',
  unlinkedCard:
    'Kontoverknüpfung, Warenkorb und Gesprächsverlauf wurden gelöscht. Trennen Sie Corner Shop in der Alexa-App oder melden Sie sich auf unserer Website ab. Bestellungen bleiben als Kaufbeleg erhalten.',
  accountCardTitle: 'Ihr Konto',
  myDataAnonymous: 'Ohne verknüpftes Konto speichere ich nur Ihren Warenkorb und dieses Gespräch auf diesem Gerät. Zum Löschen sagen Sie „lösche meine Daten“.',
  myDataLinked: (name, address) =>
    `Ich speichere Ihren Warenkorb, dieses Gespräch und Ihre Bestellungen und nutze Ihren Namen, ${name}, Ihre Adresse, ${address}, E-Mail und gespeicherte Karte, alles in der App zu sehen. Zum Löschen sagen Sie „lösche meine Daten“.`,
  deleteAsk: 'Damit lösche ich Ihren Warenkorb, dieses Gespräch und Ihre Kontoverknüpfung. Bestellungen bleiben als Kaufbeleg erhalten. Soll ich Ihre Daten löschen?',
  deleteAskReprompt: 'Soll ich Ihre Daten löschen? Sagen Sie ja oder nein.',
  deleted: 'Erledigt. Ich habe Ihren Warenkorb, dieses Gespräch und Ihre Kontoverknüpfung gelöscht. Ihre Bestellungen bleiben als Kaufbeleg erhalten. Auf Wiedersehen.',
  greeting: (shop) => `Hallo und willkommen bei ${shop}. Ich finde Lebensmittel, fülle Ihren Warenkorb und bestelle, was Sie bestätigen. Was darf es sein?`,
  smallTalk: (shop) =>
    `Ich bin der Sprachassistent von ${shop}, kein Mensch, und mir geht es gut, danke. Ich helfe Ihnen, Lebensmittel zu finden, den Warenkorb zu füllen und Bestellungen aufzugeben. Was darf es sein?`,
  voiceCodeInfo: (threshold, dailyLimit) =>
    `Ihren vierstelligen Sprachcode brauchen Sie nur bei Bestellungen ab ${threshold}; kleinere bestätigen Sie mit Ja. Per Sprache können Sie bis zu ${dailyLimit} am Tag ausgeben. Den Code legen Sie in der App fest.`,
  // — linking where the platform has none (device code) —
  deviceCode: (action, address, code) =>
    action
      ? `Um ${action}, verknüpfen Sie Ihr Konto: Gehen Sie auf ${address} und geben Sie den Code ${code} ein. Ihr Warenkorb bleibt gespeichert.`
      : `Um Ihr Konto zu verknüpfen, gehen Sie auf ${address} und geben Sie den Code ${code} ein.`,
  deviceCodeReprompt: (code) => `Wenn Sie ${code} eingegeben haben, sagen Sie „ich bin verknüpft“. Oder sagen Sie „wiederhole den Code“.`,
  deviceCodeCardTitle: 'Konto verknüpfen',
  deviceCodeCard: (address, code, minutes) => `Gehen Sie auf ${address} und geben Sie den Code ${code} ein. Er gilt ${minutes} Minuten.`,
  deviceCodeNotYet: (address, code) =>
    `Der Code ist noch nicht eingegeben. Gehen Sie auf ${address}, geben Sie ${code} ein und stimmen Sie zu. Sagen Sie dann „ich bin verknüpft“.`,
  deviceLinked: (name) => `Ihr Konto ist verknüpft, ${name}. Jetzt können Sie bestellen, nachbestellen und nach Ihren Bestellungen fragen. Was möchten Sie?`,
  deviceLinkedReprompt: 'Was möchten Sie?',
  deviceLinkDenied: 'Die Verknüpfung wurde auf der Website abgelehnt. Es ist nichts verknüpft, und es wurde nichts abgebucht.',
  deviceCodeExpired: 'Der Code ist abgelaufen, bevor er eingegeben wurde. Es ist nichts verknüpft. Sagen Sie „verknüpfe mein Konto“ für einen neuen.',
  deviceLinkNothingPending: 'Es wartet kein Code auf die Eingabe. Sagen Sie „verknüpfe mein Konto“, dann bekommen Sie einen.',
  linkServiceUnavailable: 'Ich konnte den Anmeldedienst gerade nicht erreichen. Es wurde nichts abgebucht. Bitte versuchen Sie es gleich noch einmal.',
  linkNotAvailableHere:
    'In diesem Gespräch kann ich Ihr Konto nicht verknüpfen. Melden Sie sich auf der Corner-Shop-Website an und kommen Sie dann zurück. Ihr Warenkorb bleibt gespeichert.',
  alreadyLinked: (name) => `Ihr Konto ist schon verknüpft, ${name}. Was möchten Sie?`,
  linkInPlatformApp: 'Ich habe Ihnen einen Link in die Alexa-App gelegt. Öffnen Sie ihn dort, um Ihr Corner-Shop-Konto zu verknüpfen. Was kann ich sonst tun?',
  signInOnPage: (action) => `${action ? `Um ${action}, melden` : 'Melden'} Sie sich bitte zuerst auf dieser Seite an. Ihr Warenkorb bleibt gespeichert.`,
  signInAgainOnPage: (action) => `Ihre Anmeldung auf dieser Seite ist abgelaufen. Bitte melden Sie sich neu an${action ? `, um ${action}` : ''}. Ihr Warenkorb bleibt gespeichert.`,
  linkEnded: 'Die Verknüpfung Ihres Kontos ist beendet.',
  unlinkedRevoked: 'Erledigt. Ihr Konto ist getrennt und die Anmeldung ausgeschaltet. Ihren Warenkorb hier habe ich geleert. Ihre Bestellungen bleiben erhalten.',
  unlinkedInPlatformApp: 'Ihren Warenkorb hier habe ich geleert. Um auch Ihr Konto zu trennen, schalten Sie die Kontoverknüpfung von Corner Shop in der Alexa-App aus.',
  unlinkedSignOutOnPage: 'Ihren Warenkorb hier habe ich geleert. Um Ihr Konto auf dieser Seite nicht mehr zu nutzen, melden Sie sich dort ab.',
  unlinkNothingLinked: 'Ihr Konto ist hier nicht verknüpft, es gibt also nichts zu trennen. Was möchten Sie?',
  unlinkedHere: 'Erledigt. Ihr Konto ist hier getrennt, und Ihren Warenkorb habe ich geleert. Ihre Bestellungen bleiben erhalten.',
  linkAgainHint: 'Sagen Sie „verknüpfe mein Konto“, um es noch einmal zu versuchen.',
  spokenCode: (code) => spokenCode(code, { letter: (l) => (DE_LETTER_WORDS[l] ? `${l} wie ${DE_LETTER_WORDS[l]}` : l) }),
  spokenAddress: (address) => spokenAddress(address, { dot: 'Punkt', slash: 'Schrägstrich', colon: 'Doppelpunkt', dash: 'Bindestrich' }),
  cardPromises: [
    [' Die Details finden Sie in der App, und ich schicke sie Ihnen auch per E-Mail.', ' Die Details schicke ich Ihnen per E-Mail.'],
    [' Ich habe Ihnen die Nummer in die App geschickt.', ''],
    [' Die Nummer steht in der App.', ''],
    [' Die Nummer finden Sie in der App.', ''],
  ],
  // — deciding: reviews, comparing, recommendations, deals, saved for later (decide) —
  reviewsSummary: (name, rating, count, praise, critique) =>
    `${name} hat ${rating} von 5 Sternen bei ${count} Bewertungen.` +
    (praise ? ` Eine Bewertung mit ${praise.stars} Sternen sagt: „${praise.quote}“` : '') +
    (critique ? ` Eine mit ${critique.stars} ${critique.stars === 1 ? 'Stern' : 'Sternen'} sagt: „${critique.quote}“` : ''),
  reviewsOffer: (inStock) => (inStock ? 'Soll ich es in den Warenkorb legen?' : 'Möchten Sie noch eine Bewertung hören?'),
  reviewsNoTexts: (name, rating, count) => `${name} hat ${rating} von 5 Sternen bei ${count} Bewertungen, aber Bewertungstexte habe ich dazu keine. Soll ich es hinzufügen?`,
  reviewsNone: (name) => `${name} hat noch niemand bewertet. Soll ich es trotzdem hinzufügen?`,
  reviewNext: (r) => `Eine Bewertung mit ${r.stars} ${r.stars === 1 ? 'Stern' : 'Sternen'} vom ${r.date}: „${r.quote}“`,
  reviewsNoMore: (name) => `Das waren alle Bewertungen, die ich zu ${name} habe. Soll ich es hinzufügen?`,
  reviewsNothingOpen: 'Ich habe noch keine Bewertungen vorgelesen. Fragen Sie „was sagen die Leute über“ und ein Produkt.',
  reviewsReprompt: 'Sagen Sie „lies mir noch eine vor“ oder „leg es in den Warenkorb“.',

  compareItem: (name, size, price, unitPrice, rating) => `${name}${size ? `, ${size}` : ''}: ${price}${unitPrice ? `, ${unitPrice}` : ''}, ${rating} Sterne`,
  compareBoth: (first, second, stock, offer) => `${first}. ${second}. ${stock} ${offer}`,
  compareStock: (a, b) =>
    a.inStock && b.inStock ? 'Beide sind vorrätig.' : !a.inStock && !b.inStock ? 'Beide sind gerade nicht vorrätig.' : `${a.inStock ? b.name : a.name} ist nicht vorrätig.`,
  compareOffer: (why, unit) =>
    why === 'cheaper-per-unit'
      ? `Möchten Sie das pro ${unit} günstigere?`
      : why === 'cheaper'
        ? 'Möchten Sie das günstigere?'
        : why === 'better-rated'
          ? 'Möchten Sie das besser bewertete?'
          : 'Möchten Sie eins davon?',
  compareCheaper: (winner, price, other, otherPrice, perUnit) =>
    `${winner} ist günstiger: ${price}, ${other} kostet ${otherPrice}.` + (perUnit ? ` Pro ${perUnit} ist es aber umgekehrt.` : ''),
  compareBetterValue: (winner, price, unitPrice, other, otherPrice, otherUnitPrice) =>
    `${winner} ist das bessere Angebot: ${price}, also ${unitPrice}; ${other} kostet ${otherPrice}, also ${otherUnitPrice}.`,
  compareBetterRated: (winner, rating, other, otherRating) => `${winner} ist besser bewertet, mit ${rating} Sternen gegenüber ${otherRating} für ${other}.`,
  compareBigger: (winner, size, _other, otherSize) => `${winner} ist größer: ${size} statt ${otherSize}.`,
  compareBest: (criterion, count, inStock, winner, value, next, nextValue) =>
    criterion === 'rating'
      ? `Von ${inStock ? `den ${count} vorrätigen` : `diesen ${count}`} ist ${winner} am besten bewertet, mit ${value} Sternen; danach kommt ${next} mit ${nextValue}.`
      : `Von ${inStock ? `den ${count} vorrätigen` : `diesen ${count}`} ist ${winner} ${criterion === 'price' ? 'am günstigsten' : criterion === 'size' ? 'am größten' : 'das beste Angebot'}: ${value}; danach kommt ${next} mit ${nextValue}.`,
  compareTie: (criterion, value) =>
    criterion === 'price'
      ? `Beide kosten gleich viel, ${value}.`
      : criterion === 'rating'
        ? `Beide haben ${value} Sterne.`
        : criterion === 'size'
          ? `Beide sind gleich groß, ${value}.`
          : `Beide kosten gleich viel pro Einheit, ${value}.`,
  compareUnlike: (first, firstSize, second, secondSize) => `${first} hat ${firstSize} und ${second} ${secondSize}; welches mehr enthält, kann ich so nicht sagen.`,
  compareWantIt: (name) => `Möchten Sie ${name}?`,
  compareSame: (name) => `Das ist zweimal dasselbe Produkt: ${name}. Welche zwei soll ich vergleichen? Sagen Sie zum Beispiel „vergleiche die ersten beiden“.`,
  compareWhich: 'Welche zwei soll ich vergleichen? Suchen Sie zuerst und sagen Sie dann „vergleiche die ersten beiden“, oder nennen Sie beide.',
  compareWithWhat: (name) => `Womit soll ich ${name} vergleichen? Nennen Sie das andere, oder sagen Sie „das zweite“.`,
  unitPrice: (price, unit, regular) =>
    `${price} pro ${unit === 'ounce' ? 'Unze' : unit === 'fluid-ounce' ? 'Flüssigunze' : unit === 'roll' ? (regular ? 'normaler Rolle' : 'Rolle') : unit === 'count' ? 'Stück' : 'Quadratfuß'}`,
  minorAmount: (amount) => `${amount} Cent`,
  unitName: (unit) => (unit === 'ounce' ? 'Unze' : unit === 'fluid-ounce' ? 'Flüssigunze' : unit === 'roll' ? 'Rolle' : unit === 'count' ? 'Stück' : 'Quadratfuß'),

  recommendReason: (reason) =>
    reason.kind === 'history'
      ? 'Sie haben es schon einmal gekauft.'
      : reason.kind === 'rating'
        ? reason.category
          ? `Es ist das bestbewertete Produkt in der Kategorie ${reason.category}, das wir vorrätig haben.`
          : 'Es gehört zu unseren bestbewerteten Produkten, die vorrätig sind.'
        : reason.kind === 'together'
          ? `Wer ${reason.with} kauft, nimmt es oft dazu.`
          : reason.kind === 'occasion'
            ? `Es passt gut ${reason.occasion}.`
            : `Es ist im Angebot: ${reason.deal}.`,
  recommendSeveral: (occasion, items) =>
    `${occasion[0].toUpperCase()}${occasion.slice(1)} empfehle ich ${items.slice(0, -1).join('; ')}${items.length > 1 ? '; und ' : ''}${items[items.length - 1]}. Möchten Sie eins davon?`,
  whyRecommended: (names, reason) => `${reason} Deshalb habe ich ${names} vorgeschlagen.`,
  whyNothing: 'Ich habe noch nichts vorgeschlagen. Fragen Sie „was empfiehlst du“.',

  dealText: (d) => {
    const on = d.what ? ` auf ${d.what}` : d.minimum ? ` auf Bestellungen ab ${d.minimum}` : ' auf Ihre Bestellung';
    const base =
      d.kind === 'percent-off'
        ? `${d.percent} % Rabatt${on}`
        : d.kind === 'amount-off'
          ? `${d.amount} Rabatt${on}`
          : d.kind === 'buy-n-get-one'
            ? `bei ${d.buy} Stück ${d.what ?? ''} eins gratis dazu`.replace(/\s+/g, ' ')
            : d.minimum
              ? `kostenloser Versand ab ${d.minimum}`
              : 'kostenloser Versand';
    return `${base}${d.minimum && d.what ? ` ab einem Einkauf von ${d.minimum}` : ''}${d.code ? ` mit dem Code ${d.code}` : ''}`;
  },
  deals: (items, more, freeFrom) =>
    `Im Moment gibt es: ${new Intl.ListFormat('de-DE', { type: 'conjunction' }).format(items)}.${more > 0 ? ` Und ${more} weitere.` : ''}${freeFrom ? ` Ab ${freeFrom} ist der Versand kostenlos.` : ''} Was darf es sein?`,
  dealsNone: (freeFrom) =>
    freeFrom
      ? `Im Moment gibt es keine Angebote oder Gutscheine, aber ab ${freeFrom} ist der Versand kostenlos. Was darf es sein?`
      : 'Im Moment gibt es keine Angebote oder Gutscheine. Was darf es sein?',
  dealsReprompt: 'Sagen Sie „finde“ und ein Produkt, oder „löse den Code“ und den Code ein.',
  couponApplied: (code, deal) => `Erledigt: Mit dem Code ${code} bekommen Sie ${deal}. Sie hören es an der Kasse. Sonst noch etwas?`,
  couponBelowMinimum: (code, deal, missing) => `Der Code ${code} ist gespeichert: ${deal}. Legen Sie noch ${missing} in den Warenkorb, dann gilt er.`,
  couponAddMore: (missing) => `Legen Sie noch ${missing} in den Warenkorb, dann gilt er.`,
  couponUnknown: (code) => `Das kann ich nicht einlösen: ${code} ist kein gültiger Code. Prüfen Sie die Schreibweise, oder fragen Sie „gibt es Angebote“.`,
  couponExpired: (code) => `Der Code ${code} ist abgelaufen, ich kann ihn nicht mehr einlösen. Fragen Sie „gibt es Angebote“.`,
  couponNotYet: (code, date) => `Der Code ${code} gilt erst ab ${date}, ich kann ihn noch nicht einlösen.`,
  couponUsedUp: (code) => `Den Code ${code} haben Sie schon so oft eingelöst, wie er gilt. Noch einmal geht nicht.`,
  couponEmpty: 'Welcher Code? Sagen Sie „löse den Code“ und dann den Code.',
  couponTooLong: 'Das ist länger als jeder unserer Codes. Bitte sagen Sie nur den Code.',
  couponSeveral: 'Nur ein Code pro Bestellung, bitte. Welchen soll ich einlösen?',
  couponAlready: (code) => `Der Code ${code} ist schon in Ihrer Bestellung.`,
  couponReplaced: (old, code, deal) => `Es gilt ein Code pro Bestellung, ich habe ${old} durch ${code} ersetzt: ${deal}.`,
  subtotalLess: (subtotal, discount, codes) => `${subtotal}, abzüglich ${discount}${codes.length > 0 ? ` mit dem Code ${codes.join(' und ')}` : ' Rabatt'}`,
  subtotalFreeDelivery: (subtotal, codes) => `${subtotal}, ohne Versandkosten${codes.length > 0 ? ` dank Code ${codes.join(' und ')}` : ' im Angebot'}`,

  savedAdded: (name, count) => `Ich habe ${name} auf Ihre Merkliste gesetzt. Darauf ${count === 1 ? 'steht jetzt 1 Artikel' : `stehen jetzt ${count} Artikel`}. Sonst noch etwas?`,
  savedMovedFromCart: (name, count) =>
    `Ich habe ${name} aus dem Warenkorb auf Ihre Merkliste gesetzt. Darauf ${count === 1 ? 'steht jetzt 1 Artikel' : `stehen jetzt ${count} Artikel`}.`,
  savedAlready: (name) => `${name} steht schon auf Ihrer Merkliste. Sonst noch etwas?`,
  savedList: (count, items, more) =>
    `Auf Ihrer Merkliste ${count === 1 ? 'steht 1 Artikel' : `stehen ${count} Artikel`}: ${items.join('; ')}.${more > 0 ? ' Sagen Sie „mehr“ für den Rest, oder' : ' Sagen Sie'} „verschieb das erste in den Warenkorb“.`,
  savedListEmpty: 'Ihre Merkliste ist leer. Sagen Sie „merk dir das für später“, wenn wir über ein Produkt sprechen.',
  savedMoved: (name, cartNow) => `Ich habe ${name} in den Warenkorb gelegt. ${cartNow} Sonst noch etwas?`,
  savedMoveOutOfStock: (name) => `${name} ist gerade nicht vorrätig und bleibt deshalb auf Ihrer Merkliste.`,
  savedRemoved: (name, left) =>
    `Ich habe ${name} von Ihrer Merkliste genommen. ${left === 0 ? 'Sie ist jetzt leer.' : left === 1 ? 'Es bleibt 1 Artikel.' : `Es bleiben ${left} Artikel.`}`,
  savedNotOnList: (name) => `${name} steht nicht auf Ihrer Merkliste. Sagen Sie „was steht auf meiner Merkliste“.`,
  savedUnavailable: 'Eine Merkliste kann ich hier leider nicht führen. Sie können es stattdessen in den Warenkorb legen.',
  savedListLabel: 'Ihre Merkliste',
  savedReprompt: 'Sagen Sie „was steht auf meiner Merkliste“ oder suchen Sie etwas anderes.',
};

/** Buchstaben, die man am Telefon verwechselt, mit dem Wort der Buchstabiertafel (DIN 5009). */
const DE_LETTER_WORDS: Record<string, string> = {
  B: 'Berlin',
  C: 'Chemnitz',
  D: 'Düsseldorf',
  E: 'Essen',
  F: 'Frankfurt',
  G: 'Goslar',
  M: 'München',
  N: 'Nürnberg',
  P: 'Potsdam',
  S: 'Salzwedel',
  T: 'Tübingen',
  V: 'Völklingen',
  Z: 'Zwickau',
};
