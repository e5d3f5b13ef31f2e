import { toCatalogWords } from './catalog-words';
import { germanCategory, germanUsualNicknames, germanWords } from './de-DE-categories';
import type { Messages } from './messages';
import { spokenAddress, spokenCode } from './spoken-codes';

const reviewsOf = (n: number) => `${n.toLocaleString('de-DE')} ${n === 1 ? 'Bewertung' : 'Bewertungen'}`;
/** "Artikel" is the same in singular and plural; the verb is not. */
const cartHolds = (n: number) => (n === 1 ? 'ist jetzt 1 Artikel' : `sind jetzt ${n} Artikel`);

/**
 * German, addressing the shopper as "Sie". Quantities as "2 Stück …", so product names (kept
 * as the catalog spells them) need no case ending.
 */
export const deDE: Messages = {
  launch: (shop) =>
    `Willkommen bei ${shop}. Sie können zum Beispiel sagen: „finde Küchenrolle“ oder „wo ist meine Bestellung“. Was darf es sein?`,
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
  storeBusy:
    'Entschuldigung, im Shop ist gerade sehr viel los. Es wurde nichts abgebucht, und Ihr Warenkorb ist sicher. Bitte versuchen Sie es in einer Minute noch einmal.',

  searchEmptyQuery: 'Wonach soll ich suchen? Sagen Sie zum Beispiel „finde Spülmittel“.',
  searchResults: (query, total, readCount, items) =>
    total === 1
      ? `Ich habe einen Treffer für ${query} gefunden: ${items[0]}. Soll ich ihn in den Warenkorb legen?`
      : `Ich habe ${total} Treffer für ${query} gefunden. Hier sind die ersten ${readCount}: ${items.join('; ')}. ` +
        'Soll ich einen hinzufügen oder weiterlesen?',
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
  listItem: (name, size, price) => `${name}${size ? `, ${size}` : ''}, ${price}`,
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

  quantityInvalid: (max) =>
    `Ich kann von einem Artikel 1 bis ${max} Stück hinzufügen. Wie viele möchten Sie? Sagen Sie zum Beispiel „leg zwei Stück vom ersten in den Warenkorb“.`,
  outOfStock: (name) => `${name} ist im Moment leider nicht vorrätig, deshalb habe ich es nicht hinzugefügt.`,
  added: (quantity, name, count, subtotal) =>
    `Ich habe ${quantity} Stück ${name} in den Warenkorb gelegt. Im Warenkorb ${cartHolds(count)} für ${subtotal}. Noch etwas, oder möchten Sie zur Kasse?`,
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
  cartCleared: 'Ihr Warenkorb ist jetzt leer.',
  cartCardTitle: 'Warenkorb',

  linkAccount: (action) =>
    `Um ${action}, verknüpfen Sie bitte zuerst Ihr Konto in der App. Ich habe Ihnen eine Karte mit dem Link geschickt. Ihr Warenkorb bleibt gespeichert.`,
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
  voicePinWrong: (left) =>
    `Der Code stimmt nicht. Sie haben noch ${left === 1 ? 'einen Versuch' : `${left} Versuche`}. Bitte sagen Sie Ihren vierstelligen Sprachcode.`,
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
    `Von ${seller}: ${lines.join(', ')}. Zwischensumme ${subtotal}, Steuer ${tax}, Versand ${delivery}, insgesamt ${total}, ` +
    `Lieferung an ${address}. Soll ich die Bestellung aufgeben?`,
  purchaseQuestionReprompt: (total) => `Soll ich die Bestellung über ${total} aufgeben? Sagen Sie ja oder nein.`,
  placeOrderAgain: 'Soll ich die Bestellung aufgeben? Sagen Sie ja oder nein.',
  purchaseChanged: (question) => `Ihre Bestellung hat sich geändert, seit ich gefragt habe. ${question}`,
  purchaseUnavailable: (names) =>
    names.length === 1
      ? `${names[0]} ist nicht vorrätig, deshalb habe ich es weggelassen.`
      : `${names.join(' und ')} sind nicht vorrätig, deshalb habe ich sie weggelassen.`,
  orderPlaced: (number, total, date) =>
    `Erledigt. Ihre Bestellung ${number} ist aufgegeben, insgesamt ${total}. Sie kommt am ${date}. Die Details finden Sie in der App, und ich schicke sie Ihnen auch per E-Mail.`,
  orderPlacedCardTitle: 'Bestellung aufgegeben',
  orderPlacedCard: (number, lines, total, date, address) =>
    `Bestellung ${number}\n${lines.join('\n')}\nGesamt: ${total}\nLieferung: ${date}\nLieferadresse: ${address}`,
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
  purchaseTooSlowCancelled: 'Entschuldigung, im Laden ist gerade viel los. Ich habe die Bestellung nicht aufgegeben, und es wurde nichts abgebucht. Ihr Warenkorb bleibt gespeichert. Bitte versuchen Sie es in einer Minute noch einmal.',
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
  // — linking where the platform has none (device code) —
  deviceCode: (action, address, code) =>
    action
      ? `Um ${action}, verknüpfen Sie Ihr Konto: Gehen Sie auf ${address} und geben Sie den Code ${code} ein. Ihr Warenkorb bleibt gespeichert.`
      : `Um Ihr Konto zu verknüpfen, gehen Sie auf ${address} und geben Sie den Code ${code} ein.`,
  deviceCodeReprompt: (code) => `Wenn Sie ${code} eingegeben haben, sagen Sie „ich bin verknüpft“. Oder sagen Sie „wiederhole den Code“.`,
  deviceCodeCardTitle: 'Konto verknüpfen',
  deviceCodeCard: (address, code, minutes) => `Gehen Sie auf ${address} und geben Sie den Code ${code} ein. Er gilt ${minutes} Minuten.`,
  deviceCodeNotYet: (address, code) => `Der Code ist noch nicht eingegeben. Gehen Sie auf ${address}, geben Sie ${code} ein und stimmen Sie zu. Sagen Sie dann „ich bin verknüpft“.`,
  deviceLinked: (name) => `Ihr Konto ist verknüpft, ${name}. Jetzt können Sie bestellen, nachbestellen und nach Ihren Bestellungen fragen. Was möchten Sie?`,
  deviceLinkedReprompt: 'Was möchten Sie?',
  deviceLinkDenied: 'Die Verknüpfung wurde auf der Website abgelehnt. Es ist nichts verknüpft, und es wurde nichts abgebucht.',
  deviceCodeExpired: 'Der Code ist abgelaufen, bevor er eingegeben wurde. Es ist nichts verknüpft. Sagen Sie „verknüpfe mein Konto“ für einen neuen.',
  deviceLinkNothingPending: 'Es wartet kein Code auf die Eingabe. Sagen Sie „verknüpfe mein Konto“, dann bekommen Sie einen.',
  linkServiceUnavailable: 'Ich konnte den Anmeldedienst gerade nicht erreichen. Es wurde nichts abgebucht. Bitte versuchen Sie es gleich noch einmal.',
  linkNotAvailableHere: 'In diesem Gespräch kann ich Ihr Konto nicht verknüpfen. Melden Sie sich auf der Corner-Shop-Website an und kommen Sie dann zurück. Ihr Warenkorb bleibt gespeichert.',
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
};

/** Buchstaben, die man am Telefon verwechselt, mit dem Wort der Buchstabiertafel (DIN 5009). */
const DE_LETTER_WORDS: Record<string, string> = {
  B: 'Berlin', C: 'Chemnitz', D: 'Düsseldorf', E: 'Essen', F: 'Frankfurt', G: 'Goslar', M: 'München', N: 'Nürnberg', P: 'Potsdam', S: 'Salzwedel', T: 'Tübingen', V: 'Völklingen', Z: 'Zwickau',
};

