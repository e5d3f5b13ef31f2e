/**
 * How linking sounds in each locale: a code read so it can be typed (digits one by one, letters
 * that sound alike given a word), an address read as people say one, and every linking reply
 * short enough to follow on a phone line.
 */
import { messagesFor } from '../../../src/core/replies';

const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('linking speech', () => {
  describe('a device code', () => {
    it('is read digit by digit, with a pause between its groups', () => {
      expect(messagesFor('en-US').spokenCode('4821-5730')).toBe('4 8 2 1, 5 7 3 0');
    });

    it('gives a word to letters that sound like others, and pauses after it', () => {
      expect(messagesFor('en-US').spokenCode('K7QB')).toBe('K 7 Q B as in boy');
      expect(messagesFor('en-US').spokenCode('BD-2K')).toBe('B as in boy, D as in dog, 2 K');
      expect(messagesFor('en-GB').spokenCode('ZX')).toBe('Z as in zebra, X');
      expect(messagesFor('de-DE').spokenCode('bm-7')).toBe('B wie Berlin, M wie München, 7');
    });

    it('reads many look-alike letters plainly, so the code still fits in one breath', () => {
      expect(messagesFor('en-US').spokenCode('BDTV-PZ2M')).toBe('B D T V, P Z 2 M');
    });
  });

  describe('an address', () => {
    it("is read with dots and slashes in the shopper's language, without the scheme", () => {
      expect(messagesFor('en-US').spokenAddress('https://www.corner-shop.example/link')).toBe('corner dash shop dot example slash link');
      expect(messagesFor('de-DE').spokenAddress('https://cornershop.example/link')).toBe('cornershop Punkt example Schrägstrich link');
      expect(messagesFor('en-GB').spokenAddress('http://127.0.0.1:3001/link')).toBe('127 dot 0 dot 0 dot 1 colon 3001 slash link');
    });
  });

  it.each(LOCALES)('every linking reply in %s stays within 40 words, with a real address and code in it', (locale) => {
    const m = messagesFor(locale);
    const address = m.spokenAddress('https://cornershop.example/link');
    const code = m.spokenCode('BDTV-PZ2M');
    const replies = [
      m.deviceCode(m.actionPurchase, address, code),
      m.deviceCode(undefined, address, code),
      `${m.linkEnded} ${m.deviceCode(m.actionPurchase, address, code)}`,
      m.deviceCodeReprompt(code),
      m.deviceCodeNotYet(address, code),
      m.deviceLinked('Riley Chen'),
      `${m.deviceLinkDenied} ${m.linkAgainHint}`,
      m.deviceCodeExpired,
      m.deviceLinkNothingPending,
      m.linkServiceUnavailable,
      m.linkNotAvailableHere,
      m.alreadyLinked('Riley Chen'),
      m.linkInPlatformApp,
      m.signInOnPage(m.actionPurchase),
      m.signInAgainOnPage(m.actionPurchase),
      m.unlinkedRevoked,
      m.unlinkedInPlatformApp,
      m.unlinkedSignOutOnPage,
      m.unlinkNothingLinked,
      m.unlinkedHere,
    ];
    expect(replies.filter((r) => words(r) > 40)).toEqual([]);
  });

  it('the card promises each locale takes out are sentences its own replies really say', () => {
    for (const locale of LOCALES) {
      const m = messagesFor(locale);
      const said = [
        m.orderPlaced('1 2', '$5.00', 'Friday'),
        m.human('1 800 555 0199', 'every day'),
        m.cancelTooLate('tea', 30, '1 800', 'every day'),
        m.changeOrder('1 800', 'every day'),
        m.returnItem('tea', '1 800', 'every day'),
      ].join(' ');
      for (const [promise] of m.cardPromises) expect({ locale, promise, said: said.includes(promise) }).toEqual({ locale, promise, said: true });
    }
  });
});
