import { toCatalogWords } from './catalog-words';
import { germanCategory, germanUsualNicknames, germanWords } from './de-DE-categories';
import type { Messages } from './messages';

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

  // — answers, navigation, account (words) —
  repeatNothing: 'Ich habe noch nichts gesagt. Was darf ich für Sie tun?',
  repeatQuestionGone: 'Die Frage ist abgelaufen, es wurde nichts bestellt. Sagen Sie „zur Kasse“, um Ihre Bestellung noch einmal zu hören.',
  goBackNothing: 'Es gibt keine vorherige Liste. Sagen Sie „finde“ und was Sie suchen.',
  backToList: (query, items) =>
    `${query === undefined ? 'Zurück zu Ihrem Warenkorb' : `Zurück zu ${query}`}: ${items.join('; ')}. Eins davon hinzufügen oder mehr hören?`,
  thanksReply: 'Gern geschehen! Darf es sonst noch etwas sein?',
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
  unlinkedCard: 'Kontoverknüpfung, Warenkorb und Gesprächsverlauf wurden gelöscht. Trennen Sie Corner Shop in der Alexa-App oder melden Sie sich auf unserer Website ab. Bestellungen bleiben als Kaufbeleg erhalten.',
  accountCardTitle: 'Ihr Konto',
  myDataAnonymous: 'Ohne verknüpftes Konto speichere ich nur Ihren Warenkorb und dieses Gespräch auf diesem Gerät. Zum Löschen sagen Sie „lösche meine Daten“.',
  myDataLinked: (name, address) =>
    `Ich speichere Ihren Warenkorb, dieses Gespräch und Ihre Bestellungen. Aus Ihrem Konto nutze ich Ihren Namen, ${name}, Ihre Lieferadresse, ${address}, und Ihre gespeicherte Karte. Zum Löschen sagen Sie „lösche meine Daten“.`,
  deleteAsk: 'Damit lösche ich Ihren Warenkorb, dieses Gespräch und Ihre Kontoverknüpfung. Bestellungen bleiben als Kaufbeleg erhalten. Soll ich Ihre Daten löschen?',
  deleteAskReprompt: 'Soll ich Ihre Daten löschen? Sagen Sie ja oder nein.',
  deleted: 'Erledigt. Ich habe Ihren Warenkorb, dieses Gespräch und Ihre Kontoverknüpfung gelöscht. Ihre Bestellungen bleiben als Kaufbeleg erhalten. Auf Wiedersehen.',
  smallTalk: (shop) =>
    `Ich bin der Sprachassistent von ${shop}, kein Mensch, und mir geht es gut, danke. Ich helfe Ihnen, Lebensmittel zu finden, den Warenkorb zu füllen und Bestellungen aufzugeben. Was darf es sein?`,
  voiceCodeInfo: (threshold) =>
    `Ihren vierstelligen Sprachcode brauchen Sie nur bei Bestellungen ab ${threshold}. Kleinere Bestellungen bestätigen Sie einfach mit Ja. Den Code legen Sie in der App fest oder ändern ihn dort.`,
};
