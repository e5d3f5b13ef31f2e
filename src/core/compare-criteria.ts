/**
 * What a comparison is about ("which is cheaper", "which is better value", "welches ist
 * günstiger"). The voice models take the criterion slot's values from here, so what a shopper
 * can say and what the compare flow answers stay one list.
 */
export const Criterion = {
  Cheaper: 'cheaper',
  /** cheaper per ounce, per roll, per count */
  BetterValue: 'better-value',
  /** "better", "best rated", "nicer": by the stars */
  BetterRated: 'better-rated',
  Bigger: 'bigger',
} as const;
export type Criterion = (typeof Criterion)[keyof typeof Criterion];

/** How each criterion is said, per language; the first form is the slot value's name. */
export const CRITERION_WORDS: Readonly<Record<'en' | 'de', Readonly<Record<Criterion, readonly string[]>>>> = {
  en: {
    cheaper: [
      'cheaper',
      'cheapest',
      'less expensive',
      'least expensive',
      'more affordable',
      'lower priced',
      'the cheaper one',
      'the cheapest one',
      'cheaper one',
      'costs less',
      'cost less',
      'less money',
      // "is it pricier": the answer names the cheaper one with both prices
      'more expensive',
      'pricier',
      'dearer',
      'costlier',
      'costs more',
      'cost more',
      'the more expensive one',
    ],
    'better-value': [
      'better value',
      'best value',
      'better value for money',
      'the better deal',
      'a better deal',
      'better deal',
      'the best deal',
      'the better buy',
      'cheaper per roll',
      'cheaper per ounce',
      'cheaper per unit',
      'cheaper per item',
      'cheaper by the roll',
      'more for the money',
      'more for your money',
      'value for money',
      'better bang for the buck',
    ],
    'better-rated': [
      'better',
      'best',
      'better rated',
      'best rated',
      'higher rated',
      'rated higher',
      'nicer',
      'more popular',
      'the better one',
      'the best one',
      'better one',
      'better reviews',
      'better ratings',
      'the better reviews',
      'the best reviews',
      'higher ratings',
      'more stars',
      'a better rating',
    ],
    bigger: ['bigger', 'biggest', 'larger', 'largest', 'the bigger one', 'the bigger pack', 'the larger pack', 'more in it', 'bigger pack'],
  },
  de: {
    cheaper: ['günstiger', 'billiger', 'preiswerter', 'teurer', 'am günstigsten', 'am billigsten', 'das günstigere', 'das billigere', 'günstigste', 'billigste'],
    'better-value': [
      'das bessere angebot',
      'besseres angebot',
      'preiswerter pro stück',
      'günstiger pro rolle',
      'günstiger pro stück',
      'günstiger pro unze',
      'das bessere preis leistungs verhältnis',
      'besser im preis',
      'mehr fürs geld',
      'der bessere deal',
    ],
    'better-rated': ['besser', 'am besten', 'besser bewertet', 'am besten bewertet', 'beliebter', 'das bessere', 'das beste', 'bessere', 'bessere bewertungen', 'mehr sterne'],
    bigger: ['größer', 'am größten', 'das größere', 'die größere packung', 'mehr drin', 'größere'],
  },
};

const known = new Set<string>(Object.values(Criterion));

/** The criterion an id or spoken words name, in either language; undefined when they name none. */
export function criterionOf(idOrWords: string | undefined, locale: string): Criterion | undefined {
  if (!idOrWords) return undefined;
  const text = idOrWords
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (known.has(text)) return text as Criterion;
  const languages: Array<'en' | 'de'> = locale.toLowerCase().startsWith('de') ? ['de', 'en'] : ['en'];
  for (const language of languages) {
    const forms = Object.entries(CRITERION_WORDS[language]).flatMap(([id, words]) => words.map((w) => ({ id: id as Criterion, w })));
    const exact = forms.find((f) => f.w === text);
    if (exact) return exact.id;
    // "cheaper per roll" said in other words: the longest form inside what was said
    const inside = forms.filter((f) => ` ${text} `.includes(` ${f.w} `)).sort((a, b) => b.w.length - a.w.length)[0];
    if (inside) return inside.id;
  }
  return undefined;
}

/** Words for how much, said between a name and its criterion ("the organic butter much dearer"). */
export const DEGREE_AFTER = /\s+(?:much|a lot|lots|way|far|even|a bit|a little|any|so|really|viel|etwas|deutlich)$/i;

/** Words that only say how much ("much", "a lot"), said before a criterion and no part of a name. */
const DEGREE = new Set('much a lot way any even far bit little so really that mehr viel etwas deutlich noch'.split(' '));

/**
 * "butter pricier" of "is the maple grove {product} {criterion} than …": a criterion slot that took
 * the end of the first product's name. The name's words and the criterion, or undefined when the
 * words start with the criterion (or hold none).
 */
export function nameBeforeCriterion(words: string, locale: string): { name: string; criterion: Criterion } | undefined {
  const said = words.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const criterion = criterionOf(said.join(' '), locale);
  if (!criterion) return undefined;
  // the longest ending that still names the same criterion; what comes before it is the name
  let cut = 0;
  for (let k = 1; k < said.length; k++) if (criterionOf(said.slice(k).join(' '), locale) === criterion) cut = k;
  const name = said.slice(0, cut).filter((w) => !DEGREE.has(w));
  if (name.length === 0 || name.some((w) => criterionOf(w, locale) !== undefined || /^(?:more|less|most|least|higher|lower)$/.test(w))) return undefined;
  return { name: name.join(' '), criterion };
}
