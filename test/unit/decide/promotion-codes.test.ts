/** Codes as shoppers say them: words and digits, fillers around them, and what cannot be a code. */
import { canonicalCode, readSpokenCode } from '../../../src/core/promotion-codes';

describe('readSpokenCode', () => {
  it.each([
    ['save ten', 'SAVE10'],
    ['save one zero', 'SAVE10'],
    ['s a v e ten', 'SAVE10'],
    ['save 10', 'SAVE10'],
    ['spring twenty five', 'SPRING25'],
    ['um the code is welcome five please', 'WELCOME5'],
    ['i have a coupon code save ten', 'SAVE10'],
    ['sommer zehn', 'SOMMER10'],
    ['ähm der gutschein lautet herbst fünfundzwanzig bitte', 'HERBST25'],
  ])('hears "%s" as %s', (said, code) => {
    const reading = readSpokenCode(said);
    expect(reading.kind).toBe('code');
    expect(reading.kind === 'code' && reading.readings).toContain(code);
  });

  it('keeps the words as a reading too, for a code that is a word ("SAVETEN")', () => {
    expect(readSpokenCode('save ten')).toEqual({ kind: 'code', readings: ['SAVE10', 'SAVETEN'] });
  });

  it('finds nothing in filler alone or silence', () => {
    expect(readSpokenCode('um uh the code')).toEqual({ kind: 'empty' });
    expect(readSpokenCode('')).toEqual({ kind: 'empty' });
    expect(readSpokenCode(undefined)).toEqual({ kind: 'empty' });
  });

  it('refuses two codes in one breath, and a sentence longer than any code', () => {
    expect(readSpokenCode('save ten and welcome five')).toEqual({ kind: 'several' });
    expect(readSpokenCode('sommer zehn und winter zwanzig')).toEqual({ kind: 'several' });
    expect(readSpokenCode('this is a very long thing that cannot be any code at all')).toEqual({ kind: 'too-long' });
    expect(readSpokenCode('supercalifragilistic expialidocious')).toEqual({ kind: 'too-long' });
  });
});

describe('canonicalCode', () => {
  it('keeps upper-case letters and digits only', () => {
    expect(canonicalCode('save-10 ')).toBe('SAVE10');
    // accents fall away; ß upper-cases to SS
    expect(canonicalCode('Grüße5')).toBe('GRUSSE5');
  });
});
