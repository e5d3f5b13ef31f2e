import { variantKey } from '../../../bench/search/blind/variants';

describe('size/pack variant key (spoken-queries README rules)', () => {
  it('drops sizes, counts, packs and packaging so that size variants share a key', () => {
    expect(variantKey('Sparkling Water Lime 12 Pack 12 fl oz Cans', 'beverages')).toBe(variantKey('Sparkling Water Lime 1 Liter Bottle', 'beverages'));
    expect(variantKey('Organic Whole Milk Half Gallon', 'dairy eggs')).toBe('milk organic whole');
    expect(variantKey('Tortilla Chips Party Size', 'snacks')).toBe('chip tortilla');
    expect(variantKey('Salted Butter 16oz', 'dairy eggs')).toBe('butter salted');
  });

  it('keeps numbers that describe the item', () => {
    expect(variantKey('2% Reduced Fat Milk', 'dairy eggs')).toBe('2pct fat milk reduced');
    expect(variantKey('7 Grain Lite Crispbread', 'bakery')).toBe('7grain crispbread light');
    expect(variantKey('Stage 2 Pear Puree', 'babies')).toBe('pear puree stage2');
    expect(variantKey('Melatonin 3 mg Tablets', 'personal care')).toBe('3mg melatonin tablet');
    expect(variantKey('93/7 Lean Ground Beef', 'meat seafood')).toBe('93x7lean beef ground lean');
    expect(variantKey('V8 Original Vegetable Juice', 'beverages')).toBe('juice original v8 vegetable');
  });

  it('ignores word order, plurals, stop words and sound-alike spellings', () => {
    expect(variantKey('Artichoke Hearts Quartered', 'canned goods')).toBe(variantKey('Quartered Artichoke Hearts', 'canned goods'));
    expect(variantKey('Lite BBQ Sauce', 'pantry')).toBe('barbecue light sauce');
    expect(variantKey("Lattin's Country Cider", 'beverages')).toBe('cider country lattin s');
    expect(variantKey('Cookies & Cream Style', 'snacks')).toBe('cooky cream');
  });

  it('keeps packaging words where the container is the item', () => {
    expect(variantKey('Gallon Storage Bags', 'household')).toBe('bag storage');
    expect(variantKey('Mason Jar', 'household')).toBe('jar mason');
    expect(variantKey('Pasta Sauce Jar', 'pantry')).toBe('pasta sauce');
  });

  it('leaves nothing for a name that is only a size', () => {
    expect(variantKey('1 Liter', 'beverages')).toBe('');
  });
});
