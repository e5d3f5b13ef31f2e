/**
 * Words a shopper may say that name one of Object's own members ("constructor", "toString",
 * "__proto__") find nothing in the word tables, and a turn with one reads as any unknown word.
 * Found by the mutated-envelope fuzz test: quantity "2" with the product "constructor" failed the
 * turn inside search normalisation.
 */
import { readQuantity, splitLeadingQuantity } from '../../../src/core/quantity-words';
import { toTerms } from '../../../src/core/search/normalise';
import { parseOrdinal, parseQuantity } from '../../../src/core/spoken-numbers';
import { wordTable } from '../../../src/core/word-table';
import { memoryShop } from '../../support/memory-shop';

const OBJECT_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('Word tables and the words Object owns', () => {
  it('finds nothing for a word that is not in the table', () => {
    const table = wordTable({ one: 1 });
    for (const word of OBJECT_WORDS) {
      expect(table[word]).toBeUndefined();
      expect(word in table).toBe(false);
    }
    expect(table.one).toBe(1);
  });

  it.each(OBJECT_WORDS)('reads "%s" as no number and searches it as words', (word) => {
    expect(readQuantity(word)).toEqual({ kind: 'unclear' });
    expect(parseQuantity(word)).toBeUndefined();
    expect(parseOrdinal(word, 3)).toBeUndefined();
    expect(splitLeadingQuantity(`two ${word}`, 'en-US')?.quantity ?? 2).toBe(2);
    expect(() => toTerms(`two ${word} please`)).not.toThrow();
  });

  // (what the search finds for such a word is the search's closest reading, as for any unknown word)
  it.each(OBJECT_WORDS)('answers an add of "%s" with a count as any other words, never as a failed turn', async (word) => {
    const m = memoryShop();
    const reply = await m.say('AddToCartIntent', { product: { value: word }, quantity: { value: '2' } });
    expect(reply.speech).not.toMatch(/went wrong/);
    expect(reply.endSession).toBe(false);
  });
});
