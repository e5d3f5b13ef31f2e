/**
 * Unit prices from the size text: every demo-catalog size with an amount in it reads to the
 * right amount in the right unit, and the ones without one are listed here with the reason.
 */
import { DEMO_PRODUCTS } from '../../../src/infra/demo/seed';
import { NoAmount, readSize, SizeUnit, unitPriceOf } from '../../../src/core/unit-price';

describe('readSize', () => {
  it('reads weights in ounces, liquids in fluid ounces, rolls as regular rolls, pieces as counts', () => {
    expect(readSize('12 oz')).toEqual({ kind: 'amount', amount: 12, unit: SizeUnit.Ounce });
    expect(readSize('2 lb')).toEqual({ kind: 'amount', amount: 32, unit: SizeUnit.Ounce });
    expect(readSize('5 lb bag')).toEqual({ kind: 'amount', amount: 80, unit: SizeUnit.Ounce });
    expect(readSize('10.75 oz can')).toEqual({ kind: 'amount', amount: 10.75, unit: SizeUnit.Ounce });
    expect(readSize('52 fl oz')).toEqual({ kind: 'amount', amount: 52, unit: SizeUnit.FluidOunce });
    expect(readSize('1 gallon')).toEqual({ kind: 'amount', amount: 128, unit: SizeUnit.FluidOunce });
    expect(readSize('half gallon')).toEqual({ kind: 'amount', amount: 64, unit: SizeUnit.FluidOunce });
    expect(readSize('2 liter')).toEqual({ kind: 'amount', amount: 67.628, unit: SizeUnit.FluidOunce });
    expect(readSize('12 rolls')).toEqual({ kind: 'amount', amount: 12, unit: SizeUnit.Roll });
    expect(readSize('6 double rolls')).toEqual({ kind: 'amount', amount: 12, unit: SizeUnit.Roll, regularRolls: true });
    expect(readSize('4 mega rolls')).toEqual({ kind: 'amount', amount: 16, unit: SizeUnit.Roll, regularRolls: true });
    expect(readSize('62 count')).toEqual({ kind: 'amount', amount: 62, unit: SizeUnit.Count });
    expect(readSize('24 family size bags')).toEqual({ kind: 'amount', amount: 24, unit: SizeUnit.Count });
    expect(readSize('75 sq ft')).toEqual({ kind: 'amount', amount: 75, unit: SizeUnit.SquareFoot });
  });

  it('reads two-part sizes by what they count', () => {
    // the gallons are each bag's size; the pack holds 90 bags
    expect(readSize('13 gallon, 90 count')).toEqual({ kind: 'amount', amount: 90, unit: SizeUnit.Count });
    // 24 bottles of 16.9 fl oz
    expect(readSize('24 pack, 16.9 fl oz')).toMatchObject({ kind: 'amount', unit: SizeUnit.FluidOunce });
    expect((readSize('24 pack, 16.9 fl oz') as { amount: number }).amount).toBeCloseTo(405.6, 6);
    expect(readSize('2 pack, 4.8 oz')).toMatchObject({ kind: 'amount', unit: SizeUnit.Ounce });
    expect(readSize('3 pack, 225 wipes')).toEqual({ kind: 'amount', amount: 225, unit: SizeUnit.Count });
    // a pound of butter in four sticks is a pound
    expect(readSize('1 lb, 4 sticks')).toEqual({ kind: 'amount', amount: 16, unit: SizeUnit.Ounce });
  });

  it('finds an amount in every demo size but these, each for its reason', () => {
    const sizes = [...new Set(DEMO_PRODUCTS.map((p) => p.size))];
    const none = Object.fromEntries(
      sizes.flatMap((size) => {
        const reading = readSize(size);
        return reading.kind === 'none' ? [[size, reading.reason]] : [];
      }),
    );
    expect(none).toEqual({
      // bananas are sold by the bunch and chicken by the pack: the weight printed is a guess
      'about 2 lb bunch': NoAmount.Approximate,
      'about 2.5 lb': NoAmount.Approximate,
      // a pizza's diameter is not how much pizza there is
      '12 inch': NoAmount.Dimension,
    });
    expect(sizes.length).toBeGreaterThan(150);
  });
});

describe('unitPriceOf', () => {
  it('divides the price by the amount, in minor units with the fraction kept', () => {
    expect(unitPriceOf({ price: 1649, size: '12 rolls' })).toEqual({ perUnit: 1649 / 12, unit: SizeUnit.Roll });
    expect(unitPriceOf({ price: 2349, size: '12 double rolls' })).toEqual({ perUnit: 2349 / 24, unit: SizeUnit.Roll, regularRolls: true });
    expect(unitPriceOf({ price: 149, size: 'about 2 lb bunch' })).toBeUndefined();
  });
});
