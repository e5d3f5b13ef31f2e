import type { CatalogWords } from './catalog-words';

/**
 * Brand names that English speakers use for the thing itself ("a box of kleenex", "some
 * tinfoil"), with the catalog's word for it. Only names this common in speech belong here: a
 * shopper who says them means the product, not the brand. Both English locales use the list.
 */
export const EVERYDAY_ENGLISH_WORDS: CatalogWords = {
  tinfoil: 'aluminum foil',
  'tin foil': 'aluminum foil',
  kleenex: 'tissues',
  kleenexes: 'tissues',
  ziploc: 'sandwich',
  ziplock: 'sandwich',
  'ziploc bags': 'sandwich bags',
  'ziplock bags': 'sandwich bags',
  'saran wrap': 'plastic wrap',
  'cling wrap': 'plastic wrap',
  'band aid': 'adhesive bandages',
  'band aids': 'adhesive bandages',
  bandaids: 'adhesive bandages',
  tylenol: 'acetaminophen',
  advil: 'ibuprofen',
  motrin: 'ibuprofen',
  windex: 'glass cleaner',
  'clorox wipes': 'disinfecting wipes',
  'lysol wipes': 'disinfecting wipes',
  clorox: 'bleach',
  coke: 'cola',
  'diet coke': 'diet cola',
  'soda pop': 'soda',
  pop: 'soda',
  // the longer phrase is matched first, so these keep their word
  'pop tart': 'pop tart',
  'pop tarts': 'pop tarts',
  'pop corn': 'popcorn',
  'fizzy water': 'sparkling water',
  // a drink said by how it feels: the soda aisle
  fizzy: 'soda',
  'fizzy drink': 'soda',
  'fizzy drinks': 'soda',
  'soft drink': 'soda',
  'soft drinks': 'soda',
  'soda water': 'sparkling water',
  'club soda': 'sparkling water',
  seltzer: 'sparkling water',
  'seltzer water': 'sparkling water',
  'washing powder': 'laundry detergent',
  'hamburger meat': 'ground beef',
  'burger meat': 'ground beef',
  'minced beef': 'ground beef',
  oatmeal: 'oats',
  // "shampoo for the children": the catalog says kids
  'for the children': 'for kids',
  'for children': 'for kids',
  "children's": 'kids',
  childrens: 'kids',
  // the dish by its everyday name, and as a recogniser spells it
  'mac and cheese': 'macaroni and cheese',
  'mac n cheese': 'macaroni and cheese',
  'mack and cheese': 'macaroni and cheese',
  'mack n cheese': 'macaroni and cheese',
  'laundry soap': 'laundry detergent',
  'dish liquid': 'dish soap',
  'dish detergent': 'dish soap',
};
