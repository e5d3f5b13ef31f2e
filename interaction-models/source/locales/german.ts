/**
 * How German speakers phrase the shop's requests, in classes (see ../phrasing.ts): everyday
 * spoken German with its particles ("mal", "bitte", "doch"), du and Sie, and the English catalog
 * names a German shopper says as they are. Written from how people talk, not from a test corpus.
 */
import { IntentName } from '../../../src/core/intents';
import { around, phrases } from '../phrasing';

const BITTE = ['', 'bitte'];

/** Digits said on their own, heard as the voice code on Dialogflow (see LocaleSource.dialogflowOnly). */
export const GERMAN_BARE_PIN: Partial<Record<IntentName, string[]>> = { [IntentName.VoicePin]: phrases('{pin}', 'ähm {pin}', '{pin} bitte') };

/**
 * Gezählt in dem, worin es kommt ("und eine Packung Reis", "noch zwei Dosen Tomaten"), on
 * Dialogflow, whose quantity entity takes the number alone; Alexa's quantity slot takes "zwei
 * Dosen" whole and the core reads the number in it.
 */
export function germanCounted(): Partial<Record<IntentName, string[]>> {
  return {
    [IntentName.AddMore]: around(
      ['', 'und', 'noch', 'und noch', 'dazu'],
      phrases(
        '(eine|ein|einen) (packung|dose|flasche|glas|tüte|beutel|schachtel|becher|tube|bund|rolle) {product}',
        '{quantity} (packungen|dosen|flaschen|gläser|tüten|beutel|schachteln|becher|tuben|rollen) {product}',
      ),
      ['', 'bitte', 'dazu'],
    ),
  };
}

export function germanSamples(): Partial<Record<IntentName, string[]>> {
  return {
    [IntentName.Search]: around(
      ['', 'ähm', 'äh', 'also', 'okay', 'hallo'],
      phrases(
        '(zeig|zeige) (mir|) (mal|bitte|) {query}',
        '(zeigen sie|kannst du) mir (mal|) {query} zeigen',
        '(such|suche) (mal|bitte|) (nach|) {query}',
        '(habt ihr|haben sie|hast du) (auch|) {query}',
        'gibt es (bei euch|hier|) {query}',
        'ich (brauche|bräuchte|hätte gern|hätte gerne|möchte|will|suche) (mal|noch|) {query}',
        'wir (brauchen|bräuchten) (noch|) {query}',
        '(uns|mir) (ist|sind) (der|die|das) {query} ausgegangen',
        'wir haben (kein|keine|keinen) {query} mehr',
        'ich habe (kein|keine|keinen) {query} mehr',
        '(verkauft ihr|führt ihr|verkaufen sie|führen sie) {query}',
        'was (für|) {query} (habt ihr|gibt es|haben sie)',
        'was ist (der|die|das) {query}',
      ),
      BITTE,
    ),
    [IntentName.MoreResults]: phrases(
      'mehr bitte',
      'weitere bitte',
      'nächste seite',
      '(und|) was (gibt es|habt ihr) (sonst|noch) (so|)',
      '(zeig mir|lies mir|nenn mir) (die|) (anderen|nächsten|weiteren)',
      'weitere (ergebnisse|produkte)',
      'noch mehr',
      'mehr davon',
      'was waren die anderen',
      'die nächsten (drei|)',
      'weiter bitte',
      'mach weiter',
    ),
    [IntentName.ProductDetails]: around(
      ['', 'ähm', 'und', 'sag mal', 'sag mir'],
      phrases(
        '(was|wieviel|wie viel) (kostet|kosten) (der|die|das|) {product}',
        'wie teuer (ist|sind) (der|die|das|) {product}',
        '(was ist der|der) preis (von|für) (dem|der|den|das|) {product}',
        '(was|wie) war das {ordinal} (nochmal|noch mal|)',
        'erzähl mir (mehr|) (über|von) (dem|der|den|) {product}',
        'was kostet (das|der|die) {ordinal}',
        'was kostet (es|das)',
        'wie (groß|viel) ist (es|das|die packung)',
        'wie viele (rollen|tücher|stück|beutel|dosen|flaschen|tabs|eier) (sind das|sind drin|sind da drin|sind im {product})',
      ),
    ),
    [IntentName.AddToCart]: [
      ...around(
        ['', 'ähm', 'ja', 'okay', 'dann', 'bitte', 'kannst du'],
        phrases(
          '(leg|pack|tu) (mir|) (mal|) (den|die|das|) {product} in den warenkorb',
          '(leg|pack) (mir|) (mal|) {quantity} {product} in den warenkorb',
          '(leg|pack) (mal|) {quantity} stück {product} in den warenkorb',
          '(füg|füge) (den|die|das|) {product} (zum warenkorb|) hinzu',
          '(füg|füge) {quantity} {product} (zum warenkorb|) hinzu',
          '(leg|pack|tu) (es|das|sie|ihn) (mal|bitte|) in den warenkorb',
          '(füg|füge) (es|das) hinzu',
          '(füg|füge) {quantity} (davon|) hinzu',
          '(nimm|nehm) (das|den|die) {ordinal}',
          '(nimm|nehm) {quantity} {product}',
        ),
        BITTE,
      ),
      ...phrases(
        '{quantity} {product} (bitte|)',
        'ich (nehme|nehm|hätte gern|hätte gerne|möchte) {quantity} {product}',
        '(kann ich|können wir) (den|die|das|) {product} haben',
        'ich (nehme|nehm) (den|die|das) {product}',
        'ich (nehme|nehm|möchte) (das|es|den|die) (bitte|)',
        'ich (nehme|nehm|möchte) (das|den|die) {ordinal} (bitte|)',
      ),
      // "okay, den nehm ich" after hearing about a product
      ...around(['', 'okay', 'gut'], phrases('(den|die|das|dann) (nehm|nehme) ich', '(den|die|das) (hätte ich gern|möchte ich)')),
    ],
    [IntentName.RemoveFromCart]: around(
      ['', 'ähm', 'doch', 'ach', 'nein', 'bitte'],
      phrases(
        '(nimm|nehm) (den|die|das|) {product} (wieder|) (raus|heraus|aus dem warenkorb)',
        '(entferne|entfern|lösch|lösche) (den|die|das|) {product} (aus dem warenkorb|)',
        '(nimm|nehm) (das|es|den|die|sie|ihn) wieder raus',
        '(nimm|nehm) (das|den|die) {ordinal} (wieder|) raus',
        'entferne (das|den|die) {ordinal}',
        'ich (will|möchte|brauche) (den|die|das|) {product} (doch|) nicht (mehr|)',
        '(nimm|nehm) {quantity} {product} (wieder|) raus',
        '{quantity} weniger',
        // "die marmelade doch wieder raus bitte": the name first, without a verb
        '(den|die|das) {product} (bitte|doch|) wieder raus (bitte|)',
      ),
    ),
    [IntentName.ViewCart]: phrases(
      'was (ist|liegt|habe ich) (alles|) (in meinem|im) warenkorb',
      'wie viel (kostet|macht) (das|alles) (zusammen|bis jetzt|)',
      'was habe ich (bis jetzt|schon|) im warenkorb',
      'wie viele (sachen|artikel) (sind|habe ich) im warenkorb',
      '(zeig|lies) (mir|) (meinen|den) warenkorb (vor|)',
    ),
    [IntentName.ClearCart]: phrases(
      '(leer|leere) (mal|bitte|) (meinen|den) warenkorb',
      '(lösch|lösche|entferne) alles (aus dem warenkorb|)',
      '(nimm|nehm) alles (wieder|) raus',
      'warenkorb (bitte|) leeren',
      'den warenkorb leeren bitte',
    ),
    [IntentName.Checkout]: around(
      ['', 'ähm', 'okay', 'gut', 'dann', 'so'],
      phrases(
        'zur kasse (bitte|gehen|)',
        '(ich möchte|ich will|lass uns) (jetzt|) (bezahlen|bestellen|zur kasse gehen)',
        '(bestellung|die bestellung) (abschicken|aufgeben|abschließen)',
        'jetzt (bezahlen|bestellen|kaufen)',
      ),
      BITTE,
    ).filter((p) => !['zur kasse', 'bezahlen', 'jetzt bestellen', 'ich möchte bestellen'].includes(p)),
    [IntentName.Reorder]: around(
      ['', 'ähm', 'bitte', 'kannst du'],
      phrases(
        '(bestell|bestelle) (meinen|meine|mein|den|die|das) {product} (nochmal|noch mal|wieder)',
        '(bestell|bestelle) (mir|) (meinen|meine|mein) (üblichen|übliche|übliches) {product}',
        '(nochmal|noch mal) (meinen|meine|mein|den|die|das) {product}',
        '(das gleiche|dasselbe) wie (letztes mal|beim letzten mal|letztens)',
        '(bestell|bestelle) (das gleiche|dasselbe) wie (letztes mal|beim letzten mal)',
        '(bestell|bestelle) meine letzte bestellung (nochmal|noch mal)',
      ),
    ),
    [IntentName.OrderStatus]: around(
      ['', 'ähm', 'sag mal'],
      phrases(
        'wo (ist|bleibt) (meine|die) (bestellung|lieferung|sendung)',
        'wann kommt (meine|die) (bestellung|lieferung)',
        'wann (kommt|kommen) (mein|meine|der|die|das) {product}',
        'ist meine (bestellung|lieferung) (schon|) unterwegs',
        'wurde meine bestellung (schon|) verschickt',
        'wo ist bestellung (nummer|) {orderNumber}',
        'status (meiner|der) bestellung',
      ),
    ),
    [IntentName.VoicePin]: phrases('(mein|der) (sprach|)code (ist|lautet) {pin}', 'die pin ist {pin}', 'pin {pin}'),
    [IntentName.TalkToHuman]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        '(kann ich|ich möchte|ich will) (mit|) (einem menschen|einem mitarbeiter|jemandem|einer person|dem kundenservice) (sprechen|reden)',
        '(kundenservice|kundendienst|support|hotline)',
        '(gib mir|wie ist) (die|eure) (telefonnummer|nummer|hotline)',
        'kann ich (euch|jemanden|den kundenservice) anrufen',
        'verbinde mich mit (einem menschen|jemandem)',
      ),
    ),
    [IntentName.Yes]: around(
      ['', 'ähm', 'ja', 'okay'],
      phrases('ja', 'jawohl', 'jep', 'jo', 'klar', 'sicher', 'genau', 'gerne', 'gern', 'okay', 'na klar', 'auf jeden fall', 'passt', 'alles klar'),
      ['', 'bitte', 'gerne', 'mach das', 'bestell das', "los geht's"],
    ).filter((p) => !['ja', 'ja bitte', 'genau', 'klar', 'okay', 'gerne', 'jawohl', 'mach das'].includes(p)),
    [IntentName.No]: around(
      ['', 'ähm', 'nein', 'oh'],
      phrases(
        'nein (danke|doch nicht|lieber nicht|jetzt nicht|heute nicht|nicht)',
        'nee (danke|)',
        'ne (danke|)',
        'nö',
        'doch nicht',
        'lieber doch nicht',
        '(nicht|bloß nicht) (bestellen|kaufen)',
        'bestell das (bitte|) nicht',
        'ich (will|möchte) das (doch|) nicht',
      ),
    ).filter((p) => !['nein', 'nein danke', 'nee', 'lieber nicht', 'jetzt nicht'].includes(p)),
    [IntentName.Help]: phrases(
      'was kann ich (hier|) (sagen|machen|tun)',
      'wie (geht|funktioniert) das (hier|)',
      'ich brauche hilfe',
      'hilf mir',
      'kannst du mir helfen',
      'ich (verstehe|kapiere) das nicht',
      'was kannst du (alles|) (machen|tun|)',
    ),
    [IntentName.Stop]: around(
      ['', 'alexa', 'okay', 'gut', 'ähm'],
      phrases(
        'stopp',
        'stop',
        'halt',
        'aufhören',
        'beenden',
        'tschüss',
        'ciao',
        'auf wiedersehen',
        'das (wars|war es|wär es|wäre es) (schon|dann|)',
        'das ist alles',
        'ich bin fertig',
        'sei (still|ruhig)',
        'hör auf',
        'schluss',
      ),
      ['', 'danke', 'tschüss'],
    ).filter((p) => !['stopp', 'stop', 'beenden', 'tschüss', 'auf wiedersehen', 'das wars'].includes(p)),
    [IntentName.Cancel]: phrases('vergiss (es|das)', 'lass (es|das) (sein|)', 'abbrechen bitte', 'egal', 'schon gut', 'doch nicht bestellen', 'ach (vergiss es|lass es)').filter(
      (p) => !['vergiss es', 'lass es'].includes(p),
    ),
    [IntentName.StartOver]: phrases('(nochmal|noch mal|nochmals) von (vorne|vorn)', '(fang|fangen wir) (nochmal|noch mal|) von vorne an', 'neustart', 'zurück zum anfang').filter(
      (p) => p !== 'noch mal von vorn',
    ),

    // — answers, navigation, account (words) —
    [IntentName.Select]: [
      ...around(['', 'ähm', 'ja', 'okay'], phrases('(das|der|die|den|dem) {ordinal}', '(das|der|die) {product}', '(das|der|die) da', 'dieses', 'das hier'), ['', 'bitte']),
      ...around(['', 'ähm'], phrases('nummer {quantity}', 'nur {quantity}', '{quantity} bitte', '{quantity} stück')),
      ...around(
        ['nein', 'nee', 'ne', 'nicht das', 'doch', 'ich meinte', 'nein ich meinte', 'sorry', 'äh'],
        phrases('(das|der|die|den) {ordinal}', 'nummer {quantity}', '(das|der|die|den) {product}', '{product}'),
      ),
      ...phrases('{product}', '{product} bitte', '{quantity}', '{ordinal}', 'den {product}'),
    ],
    [IntentName.Repeat]: phrases(
      'wiederhole (das|)',
      '(wiederhol|wiederholen) (das|) (bitte|)',
      '(sag|sagen sie) das (nochmal|noch mal|bitte nochmal)',
      'wie bitte',
      'was hast du gesagt',
      'noch(mal| mal)',
      'nochmal bitte',
      'was',
      'hä',
      'ich habe das nicht verstanden',
      'kannst du das wiederholen',
    ),
    [IntentName.GoBack]: phrases(
      'zurück (bitte|)',
      'geh zurück (zur liste|zu den ergebnissen|bitte|)',
      'zurück zur (liste|suche|vorherigen liste)',
      'die vorherige liste',
      'die vorherigen (ergebnisse|produkte)',
      'eins zurück',
      'vorherige seite',
    ),
    [IntentName.Thanks]: around(
      ['', 'oh', 'okay', 'super', 'prima', 'toll', 'perfekt'],
      phrases('danke (dir|euch|)', 'danke schön', 'dankeschön', 'vielen dank (dir|euch|)', 'danke sehr', 'merci'),
    ).concat(['super', 'prima', 'toll', 'perfekt', 'klasse', 'sehr gut']),
    [IntentName.AccountHelp]: phrases(
      'wie (verknüpfe|verbinde) ich mein konto',
      'account (verknüpfen|verbinden)',
      'konto verbinden',
      'mein konto verbinden',
      'wie melde ich mich an',
      'warum muss ich mein konto verknüpfen',
      'mein konto ist nicht verknüpft',
      'kontoverknüpfung',
    ),
    [IntentName.UnlinkAccount]: phrases(
      '(trenne|trenn|entferne) (mein|das) konto',
      'konto (trennen|entkoppeln|abmelden)',
      'mein konto (trennen|entkoppeln|abmelden)',
      'melde mich ab',
      'abmelden',
      'wie (trenne|entkopple) ich mein konto',
    ),
    [IntentName.MyData]: phrases(
      'welche (daten|informationen) (habt ihr|hast du|speichert ihr|speicherst du) (über mich|von mir|)',
      'was (wisst ihr|weißt du|speichert ihr) über mich',
      'was (hast du|habt ihr) (über mich|von mir) gespeichert',
      'welche adresse (habt ihr|hast du) (von mir|für mich|)',
      'wie ist meine (lieferadresse|adresse)',
      'an welche adresse (liefert ihr|lieferst du)',
      'meine (daten|kontodaten)',
      'datenschutz',
      'nehmt ihr mich auf',
    ),
    [IntentName.DeleteMyData]: phrases(
      '(lösch|lösche|entferne) (alle|) meine daten (bitte|)',
      'meine daten löschen (bitte|)',
      'vergiss (alles über mich|mich)',
      '(lösch|lösche) mein konto',
      'ich möchte (dass ihr|) meine daten (löschen|gelöscht haben)',
    ),
    [IntentName.SmallTalk]: around(
      ['', 'hey', 'ähm', 'hallo', 'na'],
      phrases(
        'wer bist du',
        'was bist du',
        'wie heißt du',
        'bist du ein (echter|) (mensch|roboter|bot)',
        'rede ich mit einem (menschen|roboter|bot)',
        'wie geht (es dir|es)',
        'wie läuft (es|s)',
        'alles klar bei dir',
        'bist du (da|noch da)',
      ),
    ),
    [IntentName.VoiceCodeInfo]: phrases(
      'brauche ich (eine pin|einen code|einen sprachcode) (für jede bestellung|jedes mal|zum bestellen|)',
      'was ist (der|ein|mein) (sprachcode|code)',
      'was ist (die|eine|meine) pin',
      'wie (setze|ändere|bekomme) ich (einen|meinen) (sprachcode|code)',
      'wie (setze|ändere|bekomme) ich (eine|meine) pin',
      'ich habe (meine pin|meinen code) vergessen',
      'wann brauche ich (den|einen) (code|sprachcode)',
      'wann brauche ich (die|eine) pin',
    ),

    // — cart editing and orders (heard here; cartorders answers) —
    [IntentName.SetQuantity]: around(
      ['', 'ähm', 'nein', 'doch', 'bitte'],
      phrases(
        'mach (mal|bitte|) {quantity} (draus|daraus)',
        '(ändere|änder|ändern) (es|das|die menge|die anzahl) (auf|in) {quantity}',
        '(ändere|änder) (den|die|das) {product} auf {quantity}',
        'ich (will|möchte|brauche) (doch|lieber|) {quantity} (davon|stück)',
        'ich (will|möchte|brauche|nehme|hätte gern) (doch|lieber|) davon {quantity} (stück|)',
        'davon (bitte|doch|lieber|) {quantity} (stück|)',
        '(doch|lieber) {quantity}',
        'setz (es|das|die menge) auf {quantity}',
        '{quantity} statt',
        'mach {quantity} (stück|) (draus|daraus) bitte',
      ),
    ),
    [IntentName.AddMore]: around(
      ['', 'ähm', 'und', 'bitte'],
      phrases(
        'noch (eins|einen|eine|ein) (davon|)',
        'noch einmal davon',
        'noch {quantity}',
        'noch {quantity} (davon|stück|mehr)',
        'noch {quantity} (davon|stück|) dazu',
        'davon noch {quantity} (stück|)',
        '(gib|leg|tu) (mir|) (davon|) noch {quantity} (davon|stück|) (dazu|rein)',
        'noch {quantity} {product}',
        'noch (ein|eine|einen) {product}',
        '{quantity} mehr',
        'das gleiche nochmal',
      ),
    ),
    [IntentName.OrderHistory]: around(
      ['', 'ähm', 'sag mal'],
      phrases(
        'was habe ich (zuletzt|letztes mal|beim letzten mal|das letzte mal|vorher) bestellt',
        'was (war|stand) (in|auf) meiner letzten bestellung',
        '(zeig|lies) (mir|) meine (letzten|bisherigen|) bestellungen (vor|)',
        'meine (letzten|bisherigen) bestellungen',
        'bestellverlauf',
        'wie viele bestellungen habe ich (schon|) (aufgegeben|gemacht)',
        'wie viel habe ich (beim letzten mal|letztes mal|zuletzt) (ausgegeben|bezahlt)',
      ),
    ),
    [IntentName.CancelOrder]: around(
      ['', 'ähm', 'oh nein', 'warte', 'halt', 'bitte'],
      phrases(
        '(storniere|stornier|storniert) (meine|die|diese) bestellung',
        '(meine|die) bestellung (stornieren|zurücknehmen|rückgängig machen)',
        '(mach|mache) (die bestellung|das) rückgängig',
        'ich (will|möchte) (meine|die) bestellung stornieren',
        'ich wollte das (gar |)nicht bestellen',
        'storniere bestellung (nummer|) {orderNumber}',
        '(storniere|stornier) (die|meine) {product} bestellung',
      ),
    ),
    [IntentName.ChangeOrder]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        '(kann ich|ich möchte|ich will|wie kann ich) (die|meine) (lieferadresse|adresse|bestellung) ändern',
        '(ändere|änder) (meine|die) (lieferadresse|adresse|bestellung)',
        '(bestellung|lieferadresse) ändern',
        'ändere meine bestellung (auf|in) {query}',
      ),
    ),
    [IntentName.ReturnItem]: around(
      ['', 'ähm', 'bitte'],
      phrases(
        '(ich möchte|ich will|wie kann ich|kann ich) (den|die|das|meinen|meine|mein) {product} (zurückgeben|zurückschicken|umtauschen)',
        '(ich möchte|ich will) etwas (zurückgeben|zurückschicken|umtauschen)',
        '(der|die|das) {product} (war|ist) (kaputt|beschädigt|abgelaufen|falsch|schlecht)',
      ),
    ),

    // — policies (heard here; policies answers) —
    [IntentName.DeliveryInfo]: around(
      ['', 'ähm', 'sag mal', 'und'],
      phrases(
        'was kostet (der versand|die lieferung|der lieferservice)',
        'wie teuer ist (der versand|die lieferung)',
        '(ist|wäre) (der versand|die lieferung) (kostenlos|gratis|umsonst)',
        'ab wann ist (der versand|die lieferung) (kostenlos|gratis)',
        'wie lange dauert (der versand|die lieferung)',
        'wann (würde es|käme es|kommt es) (an|) wenn ich (jetzt|heute) bestelle',
        'gibt es einen mindestbestellwert',
        'liefert ihr (auch|) (nach|zu) {query}',
        'wohin liefert ihr',
        '(versandkosten|lieferkosten)',
      ),
    ),
    [IntentName.ReturnPolicy]: around(
      ['', 'ähm'],
      phrases(
        'kann ich (etwas|sachen|waren) zurückgeben',
        'wie (funktioniert|geht) (die rückgabe|der umtausch)',
        'wie lange kann ich (etwas|sachen) zurückgeben',
        'was ist eure (rückgabe|umtausch) (regel|richtlinie|politik)',
        '(rückgabe|umtausch|rücksendung) (bedingungen|)',
        'kann ich mein geld zurückbekommen',
      ),
    ),
    [IntentName.OpeningHours]: around(
      ['', 'ähm'],
      phrases(
        '(wann|wie lange) habt ihr (offen|geöffnet|auf)',
        '(habt|hat) ihr (jetzt|heute|gerade|sonntags|) (offen|geöffnet|auf)',
        'ist der kundenservice (jetzt|heute|gerade|) erreichbar',
        '(was sind|wie sind) (eure|die) öffnungszeiten',
        'öffnungszeiten',
        'wann ist der kundenservice erreichbar',
      ),
    ),
    [IntentName.StoreLocation]: around(
      ['', 'ähm'],
      phrases(
        'wo ist (euer|der) (nächste|) (laden|markt|geschäft)',
        'habt ihr (einen laden|ein geschäft|eine filiale) in {query}',
        'habt ihr (einen laden|ein geschäft|eine filiale) (in der nähe|)',
        'kann ich (die bestellung|es|das) (abholen|selbst abholen)',
        'gibt es (eine|) abholung',
        'wo kann ich (meine bestellung|das) abholen',
        'was ist eure adresse',
      ),
    ),
    [IntentName.PaymentOptions]: around(
      ['', 'ähm'],
      phrases(
        'wie kann ich bezahlen',
        'welche (zahlungsarten|zahlungsmittel|karten) (nehmt ihr|akzeptiert ihr|gibt es)',
        'kann ich mit (paypal|karte|kreditkarte|bar|einer anderen karte|{query}) (zahlen|bezahlen)',
        'welche karte (belastet ihr|wird belastet|nehmt ihr)',
        'nehmt ihr (paypal|kreditkarten|{query})',
      ),
    ),
    [IntentName.ProductQuestion]: around(
      ['', 'ähm', 'und'],
      phrases(
        '(ist|sind) (es|das|der|die|sie) {attribute}',
        '(ist|sind) (der|die|das) {product} {attribute}',
        '(ist|sind) (der|die|das) {product} (gerade|im moment|jetzt) {attribute}',
        '(ist|sind) (das|der|die) {ordinal} {attribute}',
        'gibt es (den|die|das|) {product} {attribute}',
        'ist da {attribute} drin',
        '(hat|enthält) (das|es|der|die) {attribute}',
      ),
    ),
  };
}
