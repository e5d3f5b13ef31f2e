import { itemsInPack, readQuantity, splitLeadingQuantity } from '../../../src/core/quantity-words';

describe('readQuantity', () => {
  it.each([
    ['3', { kind: 'count', n: 3 }],
    ['three', { kind: 'count', n: 3 }],
    ['just one', { kind: 'count', n: 1 }],
    ['a dozen', { kind: 'count', n: 12 }],
    ['drei', { kind: 'count', n: 3 }],
    // a recogniser's sound-alike, in a slot where only a quantity can be meant
    ['for', { kind: 'count', n: 4 }],
    ['zero', { kind: 'zero' }],
    ['none', { kind: 'zero' }],
    ['double', { kind: 'times', factor: 2 }],
    ['minus two', { kind: 'negative' }],
    ['-2', { kind: 'negative' }],
    ['negative five', { kind: 'negative' }],
    ['a million', { kind: 'too-many', n: Infinity }],
    ['ten thousand', { kind: 'too-many', n: Infinity }],
    ['lots', { kind: 'unclear' }],
    ['1.5', { kind: 'unclear' }],
    ['?', { kind: 'unclear' }],
  ])('reads "%s"', (said, reading) => {
    expect(readQuantity(said)).toEqual(reading);
  });

  it.each([
    ['two bags', 2],
    ['a jar', 1],
    ['a gallon', 1],
    ['four bottles', 4],
    ['thirteen boxes of', 13],
    ['a thing', 1],
    ['eine Packung', 1],
    ['zwei Dosen', 2],
  ])('reads "%s" as the number said, counted in a container', (said, n) => {
    expect(readQuantity(said)).toEqual({ kind: 'count', n });
  });

  it('does not read a container on its own as a number', () => {
    expect(readQuantity('bags')).toEqual({ kind: 'unclear' });
  });

  it('reads a hundred as a count, for the caller to refuse against its maximum', () => {
    expect(readQuantity('a hundred')).toEqual({ kind: 'count', n: 100 });
  });
});

describe('splitLeadingQuantity', () => {
  it.each([
    ['2 bananas', 'en-US', 2, 'bananas', false],
    ['two bananas', 'en-US', 2, 'bananas', false],
    ['twenty four bottles of water', 'en-US', 24, 'water', false],
    ['a dozen eggs', 'en-US', 12, 'eggs', true],
    ['half a dozen eggs', 'en-GB', 6, 'eggs', true],
    ['two dozen eggs', 'en-US', 24, 'eggs', true],
    ['a couple of lemons', 'en-US', 2, 'lemons', false],
    ['one of the soups', 'en-US', 1, 'soups', false],
    ['a hundred sodas', 'en-US', 100, 'sodas', false],
    // the carrier phrase "add a {product}" took the "a"
    ['hundred lemon lime sodas', 'en-US', 100, 'lemon lime sodas', false],
    ['a million sodas', 'en-US', 1_000_000, 'sodas', false],
    ['zwei bananen', 'de-DE', 2, 'bananen', false],
    ['drei stück butter', 'de-DE', 3, 'butter', false],
    ['ein dutzend eier', 'de-DE', 12, 'eier', true],
    // what the product is counted in ("a bag of", "two cans of") is the product, counted
    ['a gallon of skim milk', 'en-US', 1, 'skim milk', false],
    ['a jar of grape jelly', 'en-US', 1, 'grape jelly', false],
    ['two bags of gala apples', 'en-US', 2, 'gala apples', false],
    ['thirteen boxes of size five diapers', 'en-US', 13, 'size five diapers', false],
    ['a thing of cream cheese', 'en-US', 1, 'cream cheese', false],
    ['eine packung reis', 'de-DE', 1, 'reis', false],
    ['zwei dosen tomaten', 'de-DE', 2, 'tomaten', false],
  ])('splits "%s" (%s)', (said, locale, quantity, rest, itemCount) => {
    expect(splitLeadingQuantity(said, locale)).toEqual({ quantity, rest, itemCount });
  });

  it.each([
    ['bananas', 'en-US'],
    ['two percent milk', 'en-US'],
    ['2 in 1 shampoo', 'en-US'],
    ['9 volt batteries', 'en-US'],
    ['12 pack cola', 'en-US'],
    // a number before a singular pack word is the product's size
    ['12 pack of cola', 'en-US'],
    ['a bag', 'en-US'],
    ['two', 'en-US'],
    ['two of those', 'en-US'],
    ['a banana', 'en-US'],
    // "elf" is a German number, not an English one
    ['elf ears', 'en-US'],
  ])('leaves "%s" whole', (said, locale) => {
    expect(splitLeadingQuantity(said, locale)).toBeUndefined();
  });
});

describe('itemsInPack', () => {
  it('reads a count from a pack size, and nothing from a weight', () => {
    expect(itemsInPack('12 count')).toBe(12);
    expect(itemsInPack('6 pack')).toBe(6);
    expect(itemsInPack('16 oz')).toBeUndefined();
    expect(itemsInPack('about 2 lb bunch')).toBeUndefined();
  });
});
