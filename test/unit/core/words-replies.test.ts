/** The replies for bare answers, navigation and account, in every locale: short, and in the locale's words. */
import { deDE } from '../../../src/core/replies/de-DE';
import { enGB } from '../../../src/core/replies/en-GB';
import { enUS } from '../../../src/core/replies/en-US';
import type { Messages } from '../../../src/core/replies';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every reply of this area, filled with long but real values (a demo customer's name and address). */
function replies(m: Messages): Record<string, string> {
  const items = ['Brightfield Paper Towels, 12 double rolls, $23.49', 'Brightfield Paper Towels, 6 double rolls, $12.99', 'Cozy Home Paper Towels, 12 rolls, $16.49'];
  return {
    repeatNothing: m.repeatNothing,
    repeatQuestionGone: m.repeatQuestionGone,
    goBackNothing: m.goBackNothing,
    thanksReply: m.thanksReply,
    cancelledPurchase: m.cancelledPurchase,
    cancelledQuestion: m.cancelledQuestion,
    cancelledNothing: m.cancelledNothing,
    noListToChoose: m.noListToChoose,
    numberWithoutContext: m.numberWithoutContext(12),
    codeNotAsked: m.codeNotAsked,
    accountAlreadyLinked: m.accountAlreadyLinked,
    accountHowToLink: m.accountHowToLink,
    unlinkNotLinked: m.unlinkNotLinked,
    unlinked: m.unlinked,
    myDataAnonymous: m.myDataAnonymous,
    myDataLinked: m.myDataLinked('Jordan Avery-Whitfield', '1200 Pine Street Apt 4B, Seattle'),
    deleteAsk: m.deleteAsk,
    deleteAskReprompt: m.deleteAskReprompt,
    deleted: m.deleted,
    smallTalk: m.smallTalk('Corner Shop'),
    voiceCodeInfo: m.voiceCodeInfo('$100.00', '$500.00'),
    // a list read again is a summary of three items, like the search results it repeats
    backToList: m.backToList('paper towels', items).replace(items.join('; '), 'ITEMS'),
    swapped: `${m.swapped('Brightfield Paper Towels')} ${m.added(1, 'Cozy Home Paper Towels', 1, '$16.49')}`,
  };
}

describe.each([
  ['en-US', enUS],
  ['en-GB', enGB],
  ['de-DE', deDE],
] as const)('Replies for answers, navigation and account (%s)', (_locale, m) => {
  it('stay within 40 words', () => {
    for (const [key, text] of Object.entries(replies(m))) expect({ key, words: words(text) <= 40 }).toEqual({ key, words: true });
  });

  it('say that orders stay when data is deleted or the account unlinked', () => {
    const stays = _locale === 'de-DE' ? /Bestellungen bleiben/ : /orders stay/i;
    expect(m.deleteAsk).toMatch(stays);
    expect(m.deleted).toMatch(stays);
    expect(m.unlinked).toMatch(stays);
  });
});

describe('British and German words', () => {
  it('says basket in British English and Warenkorb in German', () => {
    for (const text of [enGB.cancelledPurchase, enGB.myDataAnonymous, enGB.deleted]) expect(text).toMatch(/basket/);
    for (const text of [deDE.cancelledPurchase, deDE.myDataAnonymous, deDE.deleted]) expect(text).toMatch(/Warenkorb/);
  });
});
