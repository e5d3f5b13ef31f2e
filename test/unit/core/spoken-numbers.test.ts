import { parseOrdinal, parseQuantity } from '../../../src/core/spoken-numbers';

describe('parseQuantity', () => {
  it.each([
    ['2', 2],
    ['two', 2],
    ['twenty three', 23],
    ['twenty-three', 23],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['a couple', 2],
    ['ninety nine', 99],
    ['one hundred', 100],
    ['0', 0],
    ['-1', -1],
  ])('reads "%s" as %d', (spoken, expected) => {
    expect(parseQuantity(spoken)).toBe(expected);
  });

  it.each(['banana', '', '   ', 'two bananas', '?'])('refuses "%s" rather than guessing', (spoken) => {
    expect(parseQuantity(spoken)).toBeUndefined();
  });
});

describe('parseOrdinal', () => {
  it.each([
    ['second', 2],
    ['2nd', 2],
    ['2', 2],
    ['the third one', 3],
    ['first', 1],
  ])('reads "%s" as %d', (spoken, expected) => {
    expect(parseOrdinal(spoken)).toBe(expected);
  });

  it('reads "last" as the length of the list', () => {
    expect(parseOrdinal('last', 3)).toBe(3);
    expect(parseOrdinal('last')).toBeUndefined();
  });
});
