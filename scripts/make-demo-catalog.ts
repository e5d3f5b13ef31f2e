/**
 * Builds src/infra/demo/demo-catalog.json: a fictional US grocery and household catalog for
 * demos and tests. Brands are invented so nothing trademarked ships. Deterministic: a seeded
 * PRNG picks ratings, review counts and the few out-of-stock items, so re-running it gives
 * the same file and diffs stay readable.
 *
 * Run: npx tsx scripts/make-demo-catalog.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProductAttribute } from '../src/core/attributes';
import type { Product, Review } from '../src/core/product';
import { seededRandom } from './seeded-random';

/** [product line shown after the brand, pack size, price in cents] */
type Line = readonly [string, string, number];
interface CategorySpec {
  category: string;
  /** each brand gets the lines listed under it */
  brands: Record<string, readonly Line[]>;
}

const SPECS: readonly CategorySpec[] = [
  {
    category: 'paper towels',
    brands: {
      Brightfield: [
        ['Paper Towels', '6 double rolls', 1299],
        ['Paper Towels', '12 double rolls', 2349],
        ['Select a Size Paper Towels', '8 rolls', 1599],
      ],
      'Cozy Home': [
        ['Paper Towels', '6 rolls', 899],
        ['Paper Towels', '12 rolls', 1649],
      ],
      'Harbor Mills': [
        ['Strong Paper Towels', '4 mega rolls', 1199],
        ['Recycled Paper Towels', '6 rolls', 1049],
      ],
    },
  },
  {
    category: 'toilet paper',
    brands: {
      Brightfield: [
        ['Ultra Soft Toilet Paper', '12 mega rolls', 1699],
        ['Ultra Soft Toilet Paper', '24 mega rolls', 3199],
      ],
      'Cozy Home': [
        ['Toilet Paper', '12 double rolls', 1099],
        ['Toilet Paper', '24 double rolls', 1999],
      ],
      'Willow Lane': [
        ['Bamboo Toilet Paper', '12 rolls', 1549],
        ['Strong Toilet Paper', '18 rolls', 1799],
      ],
      Clearwater: [['Septic Safe Toilet Paper', '6 rolls', 699]],
    },
  },
  {
    category: 'tissues',
    brands: {
      'Cozy Home': [
        ['Facial Tissues', '4 boxes', 649],
        ['Lotion Tissues', '3 boxes', 699],
      ],
      Brightfield: [
        ['Facial Tissues', '8 boxes', 1199],
        ['Pocket Tissues', '12 packs', 399],
      ],
      'Willow Lane': [['Aloe Facial Tissues', '6 boxes', 999]],
    },
  },
  {
    category: 'dish soap',
    brands: {
      Clearwater: [
        ['Dish Soap Original', '19.4 fl oz', 349],
        ['Dish Soap Lemon', '28 fl oz', 499],
      ],
      'Fresh Harvest': [['Plant Based Dish Soap', '25 fl oz', 449]],
      Brightfield: [
        ['Dishwasher Pods', '62 count', 1499],
        ['Dishwasher Pods', '32 count', 849],
        ['Dish Soap Apple', '38 fl oz', 579],
      ],
      Tidewater: [['Free and Clear Dish Soap', '20 fl oz', 399]],
    },
  },
  {
    category: 'laundry detergent',
    brands: {
      Clearwater: [
        ['Laundry Detergent Fresh Scent', '92 fl oz', 1299],
        ['Laundry Detergent Free and Clear', '92 fl oz', 1299],
        ['Laundry Pods', '42 count', 1399],
      ],
      Brightfield: [
        ['Laundry Detergent Original', '146 fl oz', 1899],
        ['Laundry Pods', '81 count', 2499],
      ],
      Tidewater: [['Sensitive Skin Detergent', '64 fl oz', 999]],
      'Cozy Home': [
        ['Fabric Softener', '64 fl oz', 699],
        ['Dryer Sheets', '120 count', 599],
      ],
    },
  },
  {
    category: 'trash bags',
    brands: {
      Northstar: [
        ['Tall Kitchen Trash Bags', '13 gallon, 90 count', 1599],
        ['Tall Kitchen Trash Bags', '13 gallon, 45 count', 949],
        ['Large Trash Bags', '30 gallon, 28 count', 1149],
      ],
      'Cozy Home': [
        ['Kitchen Trash Bags', '13 gallon, 80 count', 1199],
        ['Small Trash Bags', '4 gallon, 60 count', 549],
      ],
      Summit: [['Contractor Trash Bags', '42 gallon, 20 count', 1799]],
    },
  },
  {
    category: 'coffee',
    brands: {
      'Harbor Mills': [
        ['Breakfast Blend Ground Coffee', '12 oz', 899],
        ['Dark Roast Ground Coffee', '24 oz', 1499],
        ['Medium Roast Coffee Pods', '24 count', 1399],
        ['Decaf Coffee Pods', '24 count', 1399],
      ],
      'Pine Ridge': [
        ['Colombian Whole Bean Coffee', '2 lb', 1899],
        ['Espresso Whole Bean Coffee', '12 oz', 1099],
        ['French Roast Ground Coffee', '12 oz', 949],
      ],
      'Golden Valley': [
        ['Original Ground Coffee', '30.5 oz', 1199],
        ['Instant Coffee', '8 oz', 799],
        ['Hazelnut Coffee Pods', '12 count', 749],
      ],
      Northstar: [['Cold Brew Coffee', '32 fl oz', 599]],
    },
  },
  {
    category: 'tea',
    brands: {
      'Willow Lane': [
        ['Green Tea', '40 bags', 449],
        ['Chamomile Tea', '20 bags', 399],
        ['Earl Grey Tea', '20 bags', 429],
      ],
      'Golden Valley': [
        ['Black Tea', '100 bags', 599],
        ['Iced Tea Bags', '24 family size bags', 499],
      ],
      'Harbor Mills': [
        ['Peppermint Tea', '20 bags', 379],
        ['Chai Tea', '20 bags', 429],
      ],
      'Sunny Acres': [['Sweet Tea', '1 gallon', 349]],
    },
  },
  {
    category: 'milk',
    brands: {
      'Sunny Acres': [
        ['Whole Milk', '1 gallon', 389],
        ['2% Milk', '1 gallon', 379],
        ['Skim Milk', '1 gallon', 369],
        ['Whole Milk', 'half gallon', 249],
      ],
      Meadowbrook: [
        ['Organic Whole Milk', 'half gallon', 549],
        ['Organic 2% Milk', 'half gallon', 549],
        ['Lactose Free 2% Milk', '52 fl oz', 479],
      ],
      'Oak Hollow': [
        ['Oat Milk', '64 fl oz', 499],
        ['Oat Milk Barista Edition', '32 fl oz', 449],
      ],
      'Silver Creek': [
        ['Unsweetened Almond Milk', 'half gallon', 379],
        ['Vanilla Almond Milk', 'half gallon', 379],
        ['Soy Milk', 'half gallon', 399],
      ],
    },
  },
  {
    category: 'eggs',
    brands: {
      'Sunny Acres': [
        ['Large White Eggs', '12 count', 349],
        ['Large White Eggs', '18 count', 499],
        ['Large Brown Eggs', '12 count', 429],
      ],
      Meadowbrook: [
        ['Organic Free Range Eggs', '12 count', 649],
        ['Pasture Raised Eggs', '12 count', 799],
      ],
      'Fresh Harvest': [
        ['Cage Free Large Eggs', '24 count', 899],
        ['Liquid Egg Whites', '32 oz', 549],
      ],
    },
  },
  {
    category: 'bread',
    brands: {
      'Harbor Mills': [
        ['Whole Wheat Bread', '20 oz loaf', 379],
        ['White Sandwich Bread', '20 oz loaf', 299],
        ['Sourdough Bread', '24 oz loaf', 449],
      ],
      'Golden Valley': [
        ['Honey Wheat Bread', '20 oz loaf', 349],
        ['Multigrain Bread', '24 oz loaf', 429],
        ['Hamburger Buns', '8 count', 299],
      ],
      'Cedar Point': [
        ['Plain Bagels', '6 count', 379],
        ['English Muffins', '6 count', 349],
        ['Flour Tortillas', '10 count', 329],
      ],
    },
  },
  {
    category: 'butter',
    brands: {
      'Sunny Acres': [
        ['Salted Butter', '1 lb, 4 sticks', 479],
        ['Unsalted Butter', '1 lb, 4 sticks', 479],
      ],
      Meadowbrook: [
        ['Organic Salted Butter', '1 lb', 699],
        ['Spreadable Butter with Olive Oil', '15 oz', 549],
      ],
      'Maple Grove': [['Irish Style Butter', '8 oz', 429]],
    },
  },
  {
    category: 'cheese',
    brands: {
      'Sunny Acres': [
        ['Sharp Cheddar Cheese', '8 oz block', 349],
        ['Shredded Mozzarella', '16 oz', 549],
        ['American Cheese Slices', '24 slices', 449],
      ],
      Meadowbrook: [
        ['Swiss Cheese Slices', '8 oz', 479],
        ['Grated Parmesan', '8 oz', 599],
        ['String Cheese', '12 count', 549],
      ],
      'Maple Grove': [
        ['Cream Cheese', '8 oz', 279],
        ['Shredded Mexican Blend', '8 oz', 329],
        ['Pepper Jack Cheese', '8 oz block', 369],
      ],
    },
  },
  {
    category: 'yogurt',
    brands: {
      Meadowbrook: [
        ['Plain Greek Yogurt', '32 oz', 599],
        ['Vanilla Greek Yogurt', '32 oz', 599],
        ['Strawberry Greek Yogurt', '4 pack', 499],
      ],
      'Sunny Acres': [
        ['Low Fat Vanilla Yogurt', '32 oz', 379],
        ['Blueberry Yogurt Cups', '6 pack', 429],
      ],
      'Oak Hollow': [
        ['Oat Milk Yogurt', '24 oz', 549],
        ['Kids Yogurt Tubes', '16 count', 499],
      ],
    },
  },
  {
    category: 'cereal',
    brands: {
      'Golden Valley': [
        ['Honey Oat Crunch Cereal', '18 oz', 449],
        ['Toasted Oat Rings', '12 oz', 379],
        ['Corn Flakes', '18 oz', 399],
        ['Frosted Wheat Squares', '24 oz', 529],
      ],
      'Sunny Acres': [
        ['Raisin Bran Cereal', '20 oz', 429],
        ['Fruity Rings Cereal', '14 oz', 399],
      ],
      'Oak Hollow': [
        ['Old Fashioned Oats', '42 oz', 599],
        ['Maple Pecan Granola', '12 oz', 549],
        ['Quick Oats', '18 oz', 349],
      ],
    },
  },
  {
    category: 'peanut butter',
    brands: {
      'Golden Valley': [
        ['Creamy Peanut Butter', '16 oz', 299],
        ['Crunchy Peanut Butter', '16 oz', 299],
        ['Creamy Peanut Butter', '40 oz', 649],
      ],
      'Oak Hollow': [
        ['Natural Peanut Butter', '16 oz', 449],
        ['Almond Butter', '12 oz', 799],
      ],
      'Sunny Acres': [
        ['Strawberry Jam', '18 oz', 379],
        ['Grape Jelly', '30 oz', 349],
      ],
    },
  },
  {
    category: 'pasta',
    brands: {
      'Harbor Mills': [
        ['Spaghetti', '16 oz', 159],
        ['Penne', '16 oz', 159],
        ['Elbow Macaroni', '16 oz', 149],
        ['Whole Wheat Rotini', '16 oz', 199],
      ],
      'Cedar Point': [
        ['Marinara Sauce', '24 oz', 349],
        ['Alfredo Sauce', '15 oz', 329],
        ['Macaroni and Cheese', '5 pack', 549],
      ],
      'Maple Grove': [
        ['Fettuccine', '16 oz', 189],
        ['Cheese Tortellini', '20 oz', 599],
      ],
    },
  },
  {
    category: 'rice',
    brands: {
      'Harbor Mills': [
        ['Long Grain White Rice', '5 lb', 549],
        ['Jasmine Rice', '5 lb', 799],
        ['Brown Rice', '2 lb', 349],
      ],
      'Golden Valley': [
        ['Basmati Rice', '2 lb', 549],
        ['Instant White Rice', '28 oz', 449],
        ['Microwave Rice Cups', '6 pack', 499],
      ],
      'Oak Hollow': [['Quinoa', '16 oz', 599]],
    },
  },
  {
    category: 'canned soup',
    brands: {
      'Cedar Point': [
        ['Chicken Noodle Soup', '10.75 oz can', 149],
        ['Tomato Soup', '10.75 oz can', 129],
        ['Cream of Mushroom Soup', '10.5 oz can', 149],
        ['Chicken Noodle Soup', '8 pack', 1049],
      ],
      'Harbor Mills': [
        ['Chunky Beef Stew', '18.8 oz can', 299],
        ['Clam Chowder', '18.8 oz can', 329],
        ['Vegetable Soup', '19 oz can', 279],
      ],
      'Fresh Harvest': [
        ['Organic Lentil Soup', '14.5 oz can', 349],
        ['Chicken Broth', '32 oz carton', 299],
      ],
    },
  },
  {
    category: 'chips',
    brands: {
      Riverbend: [
        ['Classic Potato Chips', '8 oz bag', 429],
        ['Sour Cream and Onion Chips', '8 oz bag', 429],
        ['Kettle Cooked Sea Salt Chips', '8 oz bag', 449],
        ['Potato Chips Variety Pack', '18 count', 1099],
      ],
      'Sunny Acres': [
        ['Tortilla Chips', '13 oz bag', 399],
        ['Cheese Puffs', '8 oz bag', 349],
        ['Salsa Medium', '16 oz jar', 329],
      ],
      'Golden Valley': [
        ['Pretzel Twists', '16 oz bag', 349],
        ['Butter Popcorn', '6 pack', 449],
        ['Mixed Nuts', '16 oz can', 899],
        ['Trail Mix', '26 oz bag', 1099],
      ],
    },
  },
  {
    category: 'cookies',
    brands: {
      'Maple Grove': [
        ['Chocolate Chip Cookies', '13 oz', 429],
        ['Chocolate Sandwich Cookies', '14.3 oz', 399],
        ['Oatmeal Raisin Cookies', '12 oz', 449],
      ],
      'Golden Valley': [
        ['Graham Crackers', '14.4 oz', 379],
        ['Saltine Crackers', '16 oz', 329],
        ['Cheddar Crackers', '6.6 oz', 299],
      ],
      Riverbend: [
        ['Peanut Butter Cookies', '11 oz', 399],
        ['Vanilla Wafers', '11 oz', 349],
      ],
    },
  },
  {
    category: 'water',
    brands: {
      Clearwater: [
        ['Purified Water', '24 pack, 16.9 fl oz', 499],
        ['Purified Water', '40 pack, 16.9 fl oz', 699],
        ['Spring Water', '1 gallon', 149],
      ],
      'Silver Creek': [
        ['Sparkling Water Lime', '12 pack cans', 499],
        ['Sparkling Water Grapefruit', '12 pack cans', 499],
        ['Alkaline Water', '1 liter', 229],
      ],
      Summit: [['Mountain Spring Water', '24 pack, 16.9 fl oz', 599]],
    },
  },
  {
    category: 'soda',
    brands: {
      Bluebird: [
        ['Cola', '12 pack cans', 749],
        ['Diet Cola', '12 pack cans', 749],
        ['Lemon Lime Soda', '2 liter', 249],
        ['Root Beer', '12 pack cans', 699],
      ],
      Summit: [
        ['Ginger Ale', '12 pack cans', 699],
        ['Orange Soda', '2 liter', 229],
        ['Zero Sugar Cola', '6 pack bottles', 599],
      ],
    },
  },
  {
    category: 'juice',
    brands: {
      'Sunny Acres': [
        ['Orange Juice No Pulp', '52 fl oz', 449],
        ['Orange Juice With Pulp', '52 fl oz', 449],
        ['Apple Juice', '64 fl oz', 349],
      ],
      'Fresh Harvest': [
        ['Cranberry Juice Cocktail', '64 fl oz', 399],
        ['Grape Juice', '64 fl oz', 429],
        ['Lemonade', '52 fl oz', 329],
      ],
      Bluebird: [
        ['Juice Boxes Fruit Punch', '10 pack', 429],
        ['Apple Juice Boxes', '8 pack', 399],
      ],
    },
  },
  {
    category: 'produce',
    brands: {
      'Fresh Harvest': [
        ['Bananas', 'about 2 lb bunch', 149],
        ['Gala Apples', '3 lb bag', 499],
        ['Honeycrisp Apples', '2 lb bag', 599],
        ['Navel Oranges', '4 lb bag', 649],
        ['Strawberries', '1 lb', 399],
        ['Blueberries', '11 oz', 499],
        ['Baby Carrots', '1 lb bag', 179],
        ['Yellow Onions', '3 lb bag', 349],
        ['Russet Potatoes', '5 lb bag', 449],
        ['Hass Avocados', '4 count', 549],
        ['Romaine Hearts', '3 count', 399],
        ['Baby Spinach', '5 oz', 349],
        ['Roma Tomatoes', '1 lb', 199],
        ['Lemons', '2 lb bag', 499],
        ['Seedless Red Grapes', '2 lb', 599],
      ],
      'Sunny Acres': [
        ['Organic Bananas', 'about 2 lb bunch', 199],
        ['Granny Smith Apples', '3 lb bag', 499],
        ['Broccoli Crowns', '1 lb', 249],
      ],
    },
  },
  {
    category: 'meat',
    brands: {
      'Pine Ridge': [
        ['Boneless Chicken Breasts', 'about 2.5 lb', 1099],
        ['Ground Beef 80/20', '1 lb', 599],
        ['Thick Cut Bacon', '16 oz', 749],
        ['Pork Sausage Links', '12 oz', 449],
      ],
      Meadowbrook: [
        ['Sliced Turkey Breast', '9 oz', 549],
        ['Hot Dogs', '8 count', 399],
        ['Atlantic Salmon Fillets', '1 lb', 1199],
      ],
    },
  },
  {
    category: 'frozen',
    brands: {
      Northstar: [
        ['Pepperoni Pizza', '12 inch', 649],
        ['Frozen Mixed Vegetables', '32 oz', 399],
        ['Frozen Peas', '16 oz', 199],
        ['Chicken Nuggets', '32 oz', 899],
        ['Waffles', '10 count', 329],
      ],
      'Maple Grove': [
        ['Vanilla Ice Cream', '48 oz', 549],
        ['Chocolate Ice Cream', '48 oz', 549],
        ['Frozen Blueberries', '48 oz', 999],
      ],
    },
  },
  {
    category: 'baking',
    brands: {
      'Harbor Mills': [
        ['All Purpose Flour', '5 lb', 399],
        ['Granulated Sugar', '4 lb', 429],
        ['Brown Sugar', '2 lb', 299],
        ['Baking Soda', '1 lb', 129],
      ],
      'Golden Valley': [
        ['Vegetable Oil', '48 fl oz', 449],
        ['Extra Virgin Olive Oil', '25.5 fl oz', 1099],
        ['Pure Vanilla Extract', '2 fl oz', 799],
        ['Honey', '24 oz', 849],
      ],
    },
  },
  {
    category: 'toothpaste',
    brands: {
      'Bright Smile': [
        ['Whitening Toothpaste', '2 pack, 4.8 oz', 699],
        ['Cavity Protection Toothpaste', '6 oz', 299],
        ['Sensitive Toothpaste', '4 oz', 599],
        ['Kids Toothpaste Bubble Fruit', '4.2 oz', 329],
      ],
      Clearwater: [
        ['Mint Mouthwash', '1 liter', 599],
        ['Soft Toothbrushes', '4 pack', 499],
        ['Mint Dental Floss', '2 pack', 449],
      ],
    },
  },
  {
    category: 'shampoo',
    brands: {
      'Willow Lane': [
        ['Moisturizing Shampoo', '28 fl oz', 699],
        ['Moisturizing Conditioner', '28 fl oz', 699],
        ['2 in 1 Shampoo and Conditioner', '25 fl oz', 649],
      ],
      Tidewater: [
        ['Clarifying Shampoo', '12 fl oz', 549],
        ['Kids Tear Free Shampoo', '13.5 fl oz', 449],
      ],
      Clearwater: [['Anti Dandruff Shampoo', '13.5 fl oz', 799]],
    },
  },
  {
    category: 'soap',
    brands: {
      'Willow Lane': [
        ['Moisturizing Body Wash', '22 fl oz', 699],
        ['Bar Soap', '8 bars', 799],
        ['Lavender Hand Soap', '3 pack refill', 899],
      ],
      Clearwater: [
        ['Antibacterial Hand Soap', '7.5 fl oz', 229],
        ['Hand Sanitizer', '12 fl oz', 349],
        ['Sport Deodorant', '2 pack', 899],
      ],
    },
  },
  {
    category: 'cleaning supplies',
    brands: {
      Clearwater: [
        ['All Purpose Cleaner', '32 fl oz', 449],
        ['Glass Cleaner', '26 fl oz', 379],
        ['Disinfecting Wipes', '3 pack, 225 wipes', 1199],
      ],
      Tidewater: [
        ['Bleach Regular', '121 fl oz', 599],
        ['Toilet Bowl Cleaner', '2 pack', 549],
        ['Scrub Sponges', '6 pack', 499],
      ],
      'Cozy Home': [
        ['Aluminum Foil', '75 sq ft', 499],
        ['Plastic Wrap', '200 sq ft', 399],
        ['Sandwich Bags', '150 count', 449],
        ['Paper Plates', '100 count', 899],
      ],
    },
  },
  {
    category: 'diapers',
    brands: {
      'Little Sprout': [
        ['Diapers Size 1', '128 count', 3999],
        ['Diapers Size 3', '104 count', 3999],
        ['Diapers Size 5', '80 count', 3999],
        ['Overnight Diapers Size 4', '56 count', 2899],
      ],
      Kindred: [
        ['Sensitive Baby Wipes', '6 packs, 576 wipes', 1999],
        ['Training Pants Size 3T-4T', '66 count', 2799],
        ['Diapers Size 2', '112 count', 3599],
      ],
    },
  },
  {
    category: 'pet food',
    brands: {
      'Happy Tails': [
        ['Chicken and Rice Dry Dog Food', '30 lb bag', 4499],
        ['Small Breed Dog Food', '15 lb bag', 2699],
        ['Beef Wet Dog Food', '12 cans', 1899],
        ['Dog Treats', '24 oz', 999],
      ],
      Whiskerwood: [
        ['Indoor Dry Cat Food', '16 lb bag', 2999],
        ['Salmon Wet Cat Food', '24 cans', 1799],
        ['Clumping Cat Litter', '25 lb', 1599],
        ['Cat Treats', '6 oz', 449],
      ],
    },
  },
  {
    category: 'batteries',
    brands: {
      Voltline: [
        ['AA Batteries', '24 pack', 1799],
        ['AAA Batteries', '24 pack', 1799],
        ['AA Batteries', '8 pack', 899],
        ['9 Volt Batteries', '2 pack', 799],
        ['Coin Cell Batteries 2032', '4 pack', 699],
      ],
      Northstar: [
        ['Rechargeable AA Batteries', '4 pack', 1299],
        ['D Batteries', '4 pack', 999],
        ['C Batteries', '4 pack', 999],
      ],
    },
  },
  {
    category: 'light bulbs',
    brands: {
      Everglow: [
        ['LED Light Bulbs 60 Watt Equivalent Soft White', '4 pack', 899],
        ['LED Light Bulbs 60 Watt Equivalent Daylight', '4 pack', 899],
        ['LED Light Bulbs 100 Watt Equivalent', '2 pack', 999],
        ['LED Candelabra Bulbs', '6 pack', 1199],
      ],
      Northstar: [
        ['LED Flood Light Bulbs', '2 pack', 1299],
        ['Smart Color Bulb', '1 bulb', 1499],
      ],
    },
  },
  {
    category: 'health',
    brands: {
      Kindred: [
        ['Pain Reliever Ibuprofen 200 mg', '100 tablets', 799],
        ['Acetaminophen 500 mg', '100 caplets', 699],
        ['Allergy Relief Tablets', '30 count', 1099],
        ['Adult Multivitamin', '200 tablets', 1299],
        ['Adhesive Bandages', '100 count', 549],
        ['Vitamin D3', '120 softgels', 899],
      ],
    },
  },
];

/**
 * Attribute tags, each from what the product's name says or what it plainly is, never a guess:
 * "is it organic" and "gluten free bread" are answered from these, so a tag is a claim the shop
 * makes to a shopper. Nothing here is gluten free bread or pasta, and the catalog says so.
 */
const TAG_RULES: ReadonlyArray<{ name?: RegExp; category?: string; tags: readonly ProductAttribute[] }> = [
  // the label says it
  { name: /\borganic\b/i, tags: [ProductAttribute.Organic] },
  { name: /\bdecaf\b/i, tags: [ProductAttribute.Decaf] },
  { name: /\blactose free\b/i, tags: [ProductAttribute.LactoseFree] },
  { name: /\bwhole (wheat|grain)\b/i, tags: [ProductAttribute.WholeGrain] },
  { name: /\b(zero sugar|diet|unsweetened)\b/i, tags: [ProductAttribute.SugarFree] },
  { name: /\bfree and clear\b/i, tags: [ProductAttribute.Unscented] },
  // skim is fat free; 2% milk is sold as reduced fat
  { name: /\b(low fat|skim|2% milk)\b/i, tags: [ProductAttribute.LowFat] },
  { name: /\bplant based\b/i, tags: [ProductAttribute.Vegan] },
  // what it plainly is: milk made from plants, herbal tea, plain rice and quinoa, fruit and
  // vegetables fresh or frozen plain, and water
  { name: /\b(oat|almond|soy) milk\b/i, tags: [ProductAttribute.Vegan] },
  { name: /\b(chamomile|peppermint) tea\b/i, tags: [ProductAttribute.Decaf] },
  { name: /\b(rice|quinoa)$/i, category: 'rice', tags: [ProductAttribute.GlutenFree, ProductAttribute.Vegan] },
  { category: 'produce', tags: [ProductAttribute.GlutenFree, ProductAttribute.Vegan] },
  { name: /\bfrozen (mixed vegetables|peas|blueberries)\b/i, tags: [ProductAttribute.GlutenFree, ProductAttribute.Vegan] },
  { category: 'water', tags: [ProductAttribute.SugarFree] },
];

/** The product's tags in the vocabulary's order, so the file stays the same run after run. */
function tagsFor(name: string, category: string): string[] {
  const tags = new Set<string>();
  for (const rule of TAG_RULES) {
    if (rule.name && !rule.name.test(name)) continue;
    if (rule.category && rule.category !== category) continue;
    rule.tags.forEach((tag) => tags.add(tag));
  }
  return Object.values(ProductAttribute).filter((tag) => tags.has(tag));
}

/**
 * A few review texts for the popular products and the ones demos talk about, written to what
 * each product is (a paper towel is absorbent or not; a pod dissolves or not), with a mix of
 * stars around the product's average. Keyed by name and size; dates before the fixtures' clock.
 */
type R = readonly [stars: number, date: string, text: string];
const REVIEWS: Readonly<Record<string, readonly R[]>> = {
  'Brightfield Paper Towels | 6 double rolls': [
    [4, '2026-02-11', 'Soft & strong enough for spills, and a double roll lasts our family about a week.'],
    [2, '2026-01-20', 'The sheets tear off unevenly and the roll unravels in the holder. I went back to the big pack.'],
    [3, '2025-12-05', 'Fine for everyday wiping, nothing special.'],
    [4, '2025-10-28', 'Good value when it is on sale.'],
  ],
  'Brightfield Paper Towels | 12 double rolls': [
    [5, '2026-02-18', 'Absorbent and thick, and the big pack lasts us over a month.'],
    [4, '2026-01-09', 'Strong sheets that hold up to scrubbing the stove top. The rolls are bulky in a small holder.'],
    [2, '2025-11-30', 'Two rolls in my pack arrived crushed.'],
    [5, '2025-10-14', 'Our go-to for the kitchen; one sheet handles most spills.'],
  ],
  'Brightfield Select a Size Paper Towels | 8 rolls': [
    [5, '2026-02-02', 'Love the half sheets, much less waste.'],
    [3, '2025-12-19', "Half sheets are handy, but the perforation doesn't always tear cleanly."],
    [4, '2025-11-03', 'A good everyday towel.'],
  ],
  'Cozy Home Paper Towels | 6 rolls': [
    [5, '2026-02-14', 'Great price for how absorbent they are.'],
    [4, '2026-01-07', 'Thinner than the big brands, but two sheets do the job.'],
    [2, '2025-11-21', 'The rolls are smaller than I expected.'],
  ],
  'Cozy Home Paper Towels | 12 rolls': [
    [5, '2026-02-21', "The best value per roll we've found, and they don't fall apart when wet."],
    [5, '2026-01-15', 'Stocked up on these twice now.'],
    [3, '2025-12-08', 'Decent towels, though the rolls are on the small side.'],
  ],
  'Harbor Mills Strong Paper Towels | 4 mega rolls': [
    [4, '2026-02-06', 'The pack says "extra strong" & it means it: one mega roll lasts ages.'],
    [2, '2025-12-27', 'Too big for my holder, and the sheets feel rough.'],
    [4, '2025-11-12', 'Strong enough to scrub with.'],
  ],
  'Harbor Mills Recycled Paper Towels | 6 rolls': [
    [4, '2026-02-09', 'Nice to buy recycled, and they work fine for spills.'],
    [2, '2026-01-25', 'Scratchy and not very absorbent. I use twice as many sheets as with other brands, so it is no saving in the end.'],
    [4, '2025-12-02', 'Good for cleaning windows, no lint.'],
    [3, '2025-10-19', 'Okay for the price.'],
  ],
  'Golden Valley Original Ground Coffee | 30.5 oz': [
    [5, '2026-02-16', 'Smooth, never bitter, and the big canister lasts a month.'],
    [5, '2026-01-11', 'Our everyday pot; it tastes the same every time.'],
    [3, '2025-12-13', 'Fine, but a little weak unless you add an extra scoop.'],
  ],
  'Harbor Mills Breakfast Blend Ground Coffee | 12 oz': [
    [5, '2026-02-12', 'Bright and mild, just right in the morning.'],
    [4, '2026-01-04', 'Good with milk.'],
    [2, '2025-11-18', 'Too light for me; I prefer a dark roast.'],
  ],
  'Harbor Mills Medium Roast Coffee Pods | 24 count': [
    [5, '2026-02-19', 'Works in our machine and every cup tastes fresh.'],
    [5, '2026-01-22', 'Great value per pod.'],
    [2, '2025-12-10', 'A couple of pods in the box were split open.'],
  ],
  'Sunny Acres 2% Milk | 1 gallon': [
    [5, '2026-02-20', 'Always fresh, with a long date.'],
    [4, '2026-01-30', 'Good milk at a fair price.'],
    [2, '2025-12-16', 'One jug leaked in the bag.'],
  ],
  'Meadowbrook Organic Whole Milk | half gallon': [
    [4, '2026-02-08', 'Rich and creamy, worth it for organic.'],
    [2, '2026-01-13', 'Tastes the same as regular whole milk for twice the price.'],
    [3, '2025-11-26', 'Good milk, but the date is often short.'],
  ],
  'Oak Hollow Oat Milk | 64 fl oz': [
    [5, '2026-02-17', 'Creamy, and it froths well for lattes.'],
    [4, '2026-01-19', 'Tastes a little sweet, but my kids love it.'],
    [2, '2025-12-22', 'It separates in the fridge, so shake it well.'],
  ],
  'Sunny Acres Salted Butter | 1 lb, 4 sticks': [
    [4, '2026-02-03', 'Good on toast.'],
    [2, '2026-01-08', 'Too salty for baking.'],
    [3, '2025-11-15', 'Ordinary butter, nothing to complain about.'],
  ],
  'Sunny Acres Unsalted Butter | 1 lb, 4 sticks': [
    [5, '2026-02-15', 'Perfect for baking, since I can control the salt.'],
    [4, '2025-12-29', 'Good butter at a fair price.'],
  ],
  'Golden Valley Instant White Rice | 28 oz': [
    [4, '2026-02-10', 'Ready in five minutes, handy on busy nights.'],
    [2, '2026-01-17', 'It goes mushy if you leave it a minute too long.'],
    [4, '2025-12-04', 'Fine as a side with stir fry.'],
  ],
  'Northstar Tall Kitchen Trash Bags | 13 gallon, 90 count': [
    [4, '2026-02-13', 'They fit our kitchen can and the drawstrings hold.'],
    [2, '2026-01-05', 'Thin; a bag split with wet kitchen waste.'],
    [4, '2025-11-09', 'One box lasts us three months.'],
  ],
  'Northstar Large Trash Bags | 30 gallon, 28 count': [
    [4, '2026-02-01', 'Good for yard leaves.'],
    [2, '2025-12-18', 'They tear easily on sharp edges.'],
    [3, '2025-10-30', 'Average bags.'],
  ],
  'Brightfield Dishwasher Pods | 32 count': [
    [5, '2026-02-22', 'Glasses come out spotless, with no residue.'],
    [5, '2026-01-27', 'They dissolve fully even on the quick cycle.'],
    [3, '2025-12-11', 'They work well, but cost more per pod than the big box.'],
  ],
  'Brightfield Dish Soap Apple | 38 fl oz': [
    [5, '2026-02-05', 'Cuts grease and smells nice.'],
    [4, '2026-01-14', 'A little goes a long way.'],
    [2, '2025-11-27', 'The apple scent is too strong for me.'],
  ],
  'Kindred Sensitive Baby Wipes | 6 packs, 576 wipes': [
    [4, '2026-02-07', "Gentle on our baby's skin, no rash."],
    [2, '2026-01-21', 'Too thin; I need three wipes for one change.'],
    [3, '2025-12-14', "Okay, but a pack dries out if you don't close it."],
  ],
  'Kindred Adult Multivitamin | 200 tablets': [
    [5, '2026-02-04', 'Easy to swallow, and one bottle lasts months.'],
    [4, '2026-01-02', 'Good value.'],
    [2, '2025-11-24', 'The tablets are large and smell strongly.'],
  ],
  'Little Sprout Overnight Diapers Size 4 | 56 count': [
    [5, '2026-02-12', 'No more leaks at night.'],
    [4, '2026-01-16', 'They fit well, if a bit bulky under pajamas.'],
    [2, '2025-12-20', 'One leaked on the very first night.'],
  ],
  'Northstar Smart Color Bulb | 1 bulb': [
    [5, '2026-02-09', 'Easy to set up, and the colors are vivid.'],
    [4, '2026-01-23', 'Bright enough for a reading lamp.'],
    [2, '2025-12-06', 'It drops off the wifi every few days.'],
  ],
  'Sunny Acres Orange Juice No Pulp | 52 fl oz': [
    [4, '2026-02-18', 'Tastes fresh and not too sweet.'],
    [3, '2026-01-10', 'Good, but pricey for the size.'],
    [2, '2025-12-01', 'It tasted a little sour this time.'],
  ],
};

/** The product's reviews, newest first, or none. */
function reviewsFor(name: string, size: string): Review[] | undefined {
  const written = REVIEWS[`${name} | ${size}`];
  return written && [...written].sort((a, b) => b[1].localeCompare(a[1])).map(([rating, date, text]) => ({ rating, date, text }));
}

function build(): Array<Product & { reviews?: Review[] }> {
  const random = seededRandom(7);
  const products: Array<Product & { reviews?: Review[] }> = [];
  let next = 10001;
  for (const spec of SPECS) {
    for (const [brand, lines] of Object.entries(spec.brands)) {
      for (const [line, size, price] of lines) {
        const name = `${brand} ${line}`;
        const attributes = tagsFor(name, spec.category);
        const reviews = reviewsFor(name, size);
        products.push({
          sku: `SKU-${next++}`,
          name,
          brand,
          category: spec.category,
          size,
          price,
          currency: 'USD',
          rating: Math.round((3.2 + random() * 1.7) * 10) / 10,
          reviewCount: Math.floor(12 + random() ** 2 * 9000),
          inStock: random() >= 0.05,
          // added after every other field, only where there is a tag: the rest stay as they were
          ...(attributes.length > 0 ? { attributes } : {}),
          // after those, only where a product has review texts
          ...(reviews ? { reviews } : {}),
        });
      }
    }
  }
  return products;
}

function check(products: Array<Product & { reviews?: Review[] }>): void {
  const skus = new Set<string>();
  const reviewed = new Set(products.filter((p) => p.reviews).map((p) => `${p.name} | ${p.size}`));
  const unknown = Object.keys(REVIEWS).filter((key) => !reviewed.has(key));
  if (unknown.length > 0) throw new Error(`reviews for products the catalog does not have: ${unknown.join(', ')}`);
  for (const p of products) {
    if (skus.has(p.sku)) throw new Error(`duplicate sku ${p.sku}`);
    skus.add(p.sku);
    // names are spoken and rendered into SSML, so keep them free of markup-breaking characters
    if (/[&<>"'\u{1F000}-\u{1FFFF}]/u.test(p.name)) throw new Error(`unspeakable name: ${p.name}`);
    if (!Number.isInteger(p.price) || p.price <= 0) throw new Error(`bad price for ${p.sku}`);
    if (p.rating < 3.2 || p.rating > 4.9) throw new Error(`bad rating for ${p.sku}`);
  }
}

const products = build();
check(products);
const out = join(__dirname, '..', 'src', 'infra', 'demo', 'demo-catalog.json');
writeFileSync(out, JSON.stringify(products, null, 2) + '\n');
const outOfStock = products.filter((p) => !p.inStock).length;
console.log(`wrote ${products.length} products (${outOfStock} out of stock) to ${out}`);
