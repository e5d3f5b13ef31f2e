/**
 * What a German shopper says for everyday things the American catalog sells, grouped by
 * department. The catalog's categories live in de-DE-categories.ts (they carry a gender); both
 * lists merge into GERMAN_WORDS there.
 *
 * A department lists, for each of the catalog's phrases, the German words and compounds said for
 * it, written as German writes them. Matching ignores case, how a compound is joined ("H-Milch",
 * "Vollkorn Brot") and whether umlauts are spelled out ("Kaese"), so only real forms are listed:
 * singular and plural, and an adjective's forms after "ein", "eine", "meinen".
 */
import type { CatalogWords, Department } from './catalog-words';
import { homeDepartments } from './de-DE-words-home';
import { freshDepartments } from './de-DE-words-fresh';
import { pantryDepartments } from './de-DE-words-pantry';

const ENDINGS = ['e', 'er', 'en', 'es', 'em'] as const;

/** "frisch" -> frisch, frische, frischer, frischen, frisches, frischem; `stem` for "dunkel" -> "dunkl". */
function adjective(base: string, stem = base): string[] {
  return [base, ...ENDINGS.map((ending) => stem + ending)];
}

/** Only the inflected forms, where the bare word is also the English one ("vegan"). */
function inflected(stem: string): string[] {
  return ENDINGS.map((ending) => stem + ending);
}

/** Words that describe rather than name: "Bio-Milch", "frische Erdbeeren", "griechischer Joghurt". */
const descriptors = (): Department => ({
  organic: ['Bio', 'Öko', ...adjective('biologisch')],
  fresh: adjective('frisch'),
  frozen: [...adjective('tiefgekühlt'), ...adjective('gefroren')],
  'lactose free': adjective('laktosefrei'),
  'gluten free': adjective('glutenfrei'),
  'sugar free': adjective('zuckerfrei'),
  'fat free': adjective('fettfrei'),
  'low fat': adjective('fettarm'),
  'non alcoholic': adjective('alkoholfrei'),
  vegan: inflected('vegan'),
  vegetarian: adjective('vegetarisch'),
  'whole wheat': ['Vollkorn'],
  plain: ['Natur'],
  regular: adjective('normal'),
  green: adjective('grün'),
  red: adjective('rot'),
  white: adjective('weiß'),
  yellow: adjective('gelb'),
  brown: adjective('braun'),
  black: adjective('schwarz'),
  blue: adjective('blau'),
  sweet: adjective('süß'),
  sour: adjective('sauer', 'saur'),
  salted: adjective('gesalzen'),
  unsalted: adjective('ungesalzen'),
  hot: [...adjective('scharf'), ...adjective('heiß')],
  medium: adjective('mittelscharf'),
  small: adjective('klein'),
  large: adjective('groß'),
  greek: adjective('griechisch'),
  italian: adjective('italienisch'),
  english: adjective('englisch'),
  french: adjective('französisch'),
  mexican: adjective('mexikanisch'),
  irish: adjective('irisch'),
  american: adjective('amerikanisch'),
  colombian: adjective('kolumbianisch'),
  swiss: ['Schweizer'],
  smoked: adjective('geräuchert'),
  ground: adjective('gemahlen'),
  // "Gehacktes" on its own is ground meat (see meat and fish)
  chopped: adjective('gehackt').filter((form) => form !== 'gehacktes'),
  shredded: adjective('gerieben'),
  sliced: [...adjective('geschnitten'), 'in Scheiben'],
  diced: adjective('gewürfelt'),
  dried: adjective('getrocknet'),
  cooked: adjective('gekocht'),
  mixed: adjective('gemischt'),
  decaf: [...adjective('entkoffeiniert'), ...adjective('koffeinfrei')],
  instant: adjective('löslich'),
  unsweetened: adjective('ungesüßt'),
  sweetened: adjective('gesüßt'),
  creamy: adjective('cremig'),
  crunchy: adjective('knusprig'),
  chunky: adjective('stückig'),
  liquid: adjective('flüssig'),
  light: adjective('leicht'),
  dark: adjective('dunkel', 'dunkl'),
  strong: adjective('stark'),
  soft: adjective('weich'),
  sensitive: [...adjective('sensitiv').filter((form) => form !== 'sensitive'), ...adjective('empfindlich')],
  antibacterial: adjective('antibakteriell'),
  rechargeable: adjective('wiederaufladbar'),
  recycled: adjective('recycelt'),
  seedless: adjective('kernlos'),
  electric: adjective('elektrisch'),
  alkaline: adjective('basisch'),
  spreadable: adjective('streichzart'),
  'free and clear': [...adjective('parfümfrei'), ...adjective('parfumfrei')],
  still: inflected('still'),
  flavor: ['Geschmack', 'Geschmacksrichtung'],
  strawberry: ['Erdbeer'],
  raspberry: ['Himbeer'],
  blueberry: ['Heidelbeer', 'Blaubeer'],
  cherry: ['Kirsch'],
  chocolate: ['Schoko'],
  caramel: ['Karamell'],
  coconut: ['Kokos'],
  mint: ['Minz'],
  peppermint: ['Pfefferminz', 'Pfefferminze'],
  lavender: ['Lavendel'],
});

/**
 * Numbers, amounts and the small words around a product. "zwei Liter Milch" and "eine Packung
 * Eier" must reach search as "two liter milk" and "a pack of eggs": search drops English carrier
 * words ("a", "please", "a pack of") and weighs amounts lightly, but a German word it does not
 * know counts as a product word that nothing matches.
 */
const amountsAndSmallWords = (): Department => ({
  one: ['eins'],
  two: ['zwei', 'zwo'],
  three: ['drei'],
  four: ['vier'],
  five: ['fünf'],
  six: ['sechs'],
  seven: ['sieben'],
  eight: ['acht'],
  nine: ['neun'],
  ten: ['zehn'],
  eleven: ['elf'],
  twelve: ['zwölf'],
  thirteen: ['dreizehn'],
  fourteen: ['vierzehn'],
  fifteen: ['fünfzehn'],
  sixteen: ['sechzehn'],
  eighteen: ['achtzehn'],
  twenty: ['zwanzig'],
  'twenty four': ['vierundzwanzig'],
  thirty: ['dreißig'],
  forty: ['vierzig'],
  fifty: ['fünfzig'],
  hundred: ['hundert'],
  dozen: ['Dutzend'],
  'half dozen': ['halbes Dutzend'],
  kilogram: ['Kilo', 'Kilogramm'],
  grams: ['Gramm'],
  pound: ['Pfund'],
  count: ['Stück'],
  slices: ['Scheibe', 'Scheiben'],
  roll: ['Rolle'],
  rolls: ['Rollen'],
  'double rolls': ['Doppelrollen'],
  'family size': ['Familienpackung'],
  'pack of': ['Packung', 'Päckchen'],
  'packs of': ['Packungen'],
  'bottle of': ['Flasche'],
  'bottles of': ['Flaschen'],
  'can of': ['Dose', 'Büchse'],
  'cans of': ['Dosen'],
  'jar of': ['Glas'],
  'jars of': ['Gläser'],
  'bag of': ['Tüte', 'Beutel', 'Netz'],
  'bags of': ['Tüten'],
  'case of': ['Kiste', 'Kasten'],
  'tub of': ['Becher'],
  'bar of': ['Tafel'],
  'bunch of': ['Bund'],
  'loaf of': ['Laib'],
  a: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  the: ['der', 'die', 'das', 'den', 'dem', 'des'],
  my: ['mein', 'meine', 'meinen', 'meinem', 'meiner'],
  and: ['und'],
  or: ['oder'],
  with: ['mit'],
  no: ['ohne'],
  of: ['von', 'vom'],
  for: ['für', 'gegen'],
  in: ['im'],
  please: ['bitte'],
  some: ['etwas'],
  more: ['mehr'],
  also: ['auch'],
  i: ['ich'],
  need: ['brauche'],
  'would like': ['möchte', 'hätte gern', 'hätte gerne'],
});

/** The German words, built once on first use (a German query), never at cold start. */
let departments: Record<string, Department> | undefined;
let everyday: CatalogWords | undefined;

/** Every department, named for the report and the tests. */
export function germanDepartments(): Readonly<Record<string, Department>> {
  if (departments) return departments;
  const fresh = freshDepartments();
  const pantry = pantryDepartments();
  const home = homeDepartments();
  departments = {
    fruit: fresh.FRUIT,
    vegetables: fresh.VEGETABLES,
    dairy: fresh.DAIRY,
    meatAndFish: fresh.MEAT_AND_FISH,
    bakery: fresh.BAKERY,
    breakfast: pantry.BREAKFAST,
    baking: pantry.BAKING,
    drinks: pantry.DRINKS,
    snacks: pantry.SNACKS,
    frozen: fresh.FROZEN,
    cannedAndDry: pantry.CANNED_AND_DRY,
    spicesAndSauces: pantry.SPICES_AND_SAUCES,
    baby: home.BABY,
    pets: home.PETS,
    household: home.HOUSEHOLD,
    cleaning: home.CLEANING,
    personalCare: home.PERSONAL_CARE,
    pharmacy: home.PHARMACY,
    descriptors: descriptors(),
    amountsAndSmallWords: amountsAndSmallWords(),
  };
  return departments;
}

/** The departments as one German -> catalog word list (keys lower-cased, as the matcher compares them). */
export function germanEverydayWords(): CatalogWords {
  everyday ??= Object.fromEntries(
    Object.values(germanDepartments()).flatMap((department) =>
      Object.entries(department).flatMap(([target, spoken]) => spoken.map((word) => [word.toLowerCase(), target] as const)),
    ),
  );
  return everyday;
}
