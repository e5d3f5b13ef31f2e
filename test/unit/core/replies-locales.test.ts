import { deDE } from '../../../src/core/replies/de-DE';
import { enGB } from '../../../src/core/replies/en-GB';
import { enUS } from '../../../src/core/replies/en-US';
import { formatDate, formatPrice, formatRating, messagesFor } from '../../../src/core/replies';

const NBSP = '\u00a0';

describe('Reply catalogues', () => {
  describe('messagesFor', () => {
    it('picks the exact locale', () => {
      expect(messagesFor('en-GB')).toBe(enGB);
      expect(messagesFor('de-DE')).toBe(deDE);
      expect(messagesFor('en-US')).toBe(enUS);
    });

    it('falls back to the same language, then to en-US', () => {
      expect(messagesFor('de-AT')).toBe(deDE);
      expect(messagesFor('en-AU')).toBe(enUS);
      expect(messagesFor('fr-FR')).toBe(enUS);
    });
  });

  describe('every catalogue', () => {
    it.each([
      ['en-US', enUS],
      ['en-GB', enGB],
      ['de-DE', deDE],
    ])('%s has the same members as en-US, none empty', (_, msgs) => {
      expect(Object.keys(msgs).sort()).toEqual(Object.keys(enUS).sort());
      for (const [key, value] of Object.entries(msgs)) {
        if (typeof value === 'string') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      }
    });
  });

  describe('British English', () => {
    it('says basket, not cart', () => {
      expect(enGB.cartEmpty).toMatch(/basket/);
      expect(enGB.added(2, 'Tea Bags', 3, '£4.00')).toBe("I've added 2 Tea Bags. Your basket has 3 items, £4.00. Anything else, or shall we go to checkout?");
      expect(enGB.cartCardTitle).toBe('Basket');
    });

    it('counts a single result as one', () => {
      expect(enGB.searchEndOfList('tea', 1)).toBe('That\'s the only result for tea. You can say "find" and something new, or "add" it.');
      expect(enUS.searchEndOfList('tea', 4)).toMatch(/^That's all 4 results for tea\./);
    });

    it('names categories the British way', () => {
      expect(enGB.categoryName('paper towels')).toBe('kitchen roll');
      expect(enGB.categoryName('coffee')).toBe('coffee');
      expect(enGB.usualNicknames('chips')).toEqual(['usual crisps', 'my usual crisps', 'usual chips', 'my usual chips']);
    });

    it('says a delivery address with its postcode', () => {
      expect(enGB.address({ line1: '10 Downing Street', city: 'London', region: '', postalCode: 'SW1A 2AA', country: 'GB' })).toBe('10 Downing Street, London, SW1A 2AA');
    });
  });

  describe('German', () => {
    it('addresses the shopper as Sie', () => {
      for (const text of [deDE.help, deDE.orderDeclined, deDE.linkAccount(deDE.actionPurchase), deDE.cartEmpty]) {
        expect(text).not.toMatch(/\b(du|dich|dein|deine|deinen)\b/i);
      }
      expect(deDE.linkAccount(deDE.actionPurchase)).toBe(
        'Um per Sprache einzukaufen, verknüpfen Sie bitte zuerst Ihr Konto in der App. Ich habe Ihnen eine Karte mit dem Link geschickt. Ihr Warenkorb bleibt gespeichert.',
      );
    });

    it('agrees verbs and nouns with quantities', () => {
      expect(deDE.added(1, 'Kaffee', 1, '8,99 $')).toContain('Im Warenkorb ist jetzt 1 Artikel für 8,99 $.');
      expect(deDE.added(2, 'Kaffee', 3, '20,97 $')).toContain('Ich habe 2 Stück Kaffee in den Warenkorb gelegt. Im Warenkorb sind jetzt 3 Artikel');
      expect(deDE.details('Tee', 'Harbor Mills', '', '3,99 $', '4,5', 1, true)).toContain('bei 1 Bewertung.');
      expect(deDE.details('Tee', 'Harbor Mills', '', '3,99 $', '4,5', 2459, true)).toContain('bei 2.459 Bewertungen.');
      expect(deDE.voicePinWrong(1)).toContain('noch einen Versuch');
      expect(deDE.voicePinWrong(2)).toContain('noch 2 Versuche');
      expect(deDE.moreItems(3)).toBe('3 weiteren Artikeln');
      expect(deDE.searchMore(['a'], 1)).toContain('Danach kommt noch einer.');
      expect(deDE.searchMore(['a'], 4)).toContain('Danach kommen noch 4.');
      expect(deDE.searchEndOfList('Tee', 1)).toMatch(/^Das war der einzige Treffer für Tee\./);
      expect(deDE.searchEndOfList('Tee', 5)).toMatch(/^Das waren alle 5 Treffer für Tee\./);
      expect(deDE.notInList(4, 1)).toContain('sie hat nur einen Eintrag.');
      expect(deDE.lineLimit('Tee', 99, 1)).toContain('und 1 liegt schon im Warenkorb.');
      expect(deDE.lineLimit('Tee', 99, 98)).toContain('und 98 liegen schon im Warenkorb.');
    });

    it('inflects "my usual" by the category noun\'s gender', () => {
      expect(deDE.usualNicknames('coffee')).toContain('meinen üblichen Kaffee');
      expect(deDE.usualNicknames('milk')).toContain('meine übliche Milch');
      expect(deDE.usualNicknames('bread')).toContain('mein übliches Brot');
      expect(deDE.usualNicknames('eggs')).toContain('meine üblichen Eier');
      expect(deDE.categoryName('paper towels')).toBe('Küchenrolle');
      expect(deDE.categoryName('unheard of')).toBe('unheard of');
    });
  });

  describe('catalogQuery', () => {
    it("puts a shopper's own words into the catalog's, keeping the rest of what was said", () => {
      expect(enGB.catalogQuery('Brightfield kitchen roll')).toBe('brightfield paper towels');
      expect(enGB.catalogQuery('washing-up liquid')).toBe('dish soap');
      expect(enGB.catalogQuery('kitchen rolling pin')).toBe('kitchen rolling pin');
      expect(deDE.catalogQuery('Küchenrolle')).toBe('paper towels');
      expect(deDE.catalogQuery('Obst und Gemüse')).toBe('produce');
      expect(deDE.catalogQuery('grüner Tee')).toBe('green tea');
      expect(enUS.catalogQuery('Paper Towels')).toBe('Paper Towels');
    });
  });

  describe('formatting', () => {
    it("writes prices in the locale's notation", () => {
      expect(formatPrice(1299, 'USD', 'en-US')).toBe('$12.99');
      expect(formatPrice(1299, 'USD', 'en-GB')).toBe('US$12.99');
      expect(formatPrice(1299, 'GBP', 'en-GB')).toBe('£12.99');
      expect(formatPrice(1299, 'USD', 'de-DE')).toBe(`12,99${NBSP}$`);
      expect(formatPrice(1299, 'EUR', 'de-DE')).toBe(`12,99${NBSP}€`);
    });

    it("writes dates in the locale's order", () => {
      expect(formatDate('2026-11-24T12:00:00Z', 'en-US')).toBe('Tuesday, November 24');
      expect(formatDate('2026-11-24T12:00:00Z', 'en-GB')).toBe('Tuesday 24 November');
      expect(formatDate('2026-11-24T12:00:00Z', 'de-DE')).toBe('Dienstag, 24. November');
    });

    it("writes ratings with the locale's decimal mark", () => {
      expect(formatRating(4.44, 'en-US')).toBe('4.4');
      expect(formatRating(4, 'en-GB')).toBe('4.0');
      expect(formatRating(4.44, 'de-DE')).toBe('4,4');
    });
  });
});
