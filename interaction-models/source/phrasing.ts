/**
 * Writing samples as classes of phrasing rather than one line at a time: "(can you|could you|)
 * find {query}" stands for every way a shopper wraps the same request. Both platforms match
 * training phrases closely (our Dialogflow stand-in word for word), so the fillers, politeness
 * and carrier phrases people really use have to be in the model; writing them as alternatives
 * keeps each class in one line that reads like the rule it is.
 */

/** "(a|b|) c" -> ["a c", "b c", "c"]: every combination of the parenthesised alternatives, spaces tidied. */
export function expand(template: string): string[] {
  const m = /\(([^()]*)\)/.exec(template);
  if (!m) return [template.replace(/\s+/g, ' ').trim()];
  const before = template.slice(0, m.index);
  const after = template.slice(m.index + m[0].length);
  return m[1].split('|').flatMap((choice) => expand(`${before}${choice}${after}`));
}

/** Every template expanded, each phrase once, in the order written. */
export function phrases(...templates: string[]): string[] {
  return [...new Set(templates.flatMap(expand))];
}

/** Each phrase with each of the openers and closers said around it ("um", "please", "thanks"). */
export function around(openers: readonly string[], list: readonly string[], closers: readonly string[] = ['']): string[] {
  const out: string[] = [];
  // "um" and "uh" are the same hesitation to a listener; a recogniser writes either
  const said = openers.flatMap((o) => (o === 'um' ? ['um', 'uh'] : o.startsWith('um ') ? [o, `uh ${o.slice(3)}`] : [o]));
  for (const phrase of list) for (const o of said) for (const c of closers) out.push(`${o} ${phrase} ${c}`.replace(/\s+/g, ' ').trim());
  return [...new Set(out)];
}

/** A locale's own samples with the shared classes added after them, each phrase once per intent. */
export function merged<K extends string>(...lists: Array<Partial<Record<K, readonly string[]>>>): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const list of lists) {
    for (const [intent, samples] of Object.entries(list) as Array<[K, readonly string[]]>) {
      const have = out[intent] ?? [];
      const seen = new Set(have.map((s) => s.toLowerCase()));
      for (const s of samples) {
        if (seen.has(s.toLowerCase())) continue;
        seen.add(s.toLowerCase());
        have.push(s);
      }
      out[intent] = have;
    }
  }
  return out;
}

/** Samples with a quantity right before a product ("add {quantity} {product}"). */
export const hasAdjacentSlots = (phrase: string) => /\{quantity\}\s+\{product\}/.test(phrase);

/**
 * Samples split by platform: a quantity right before a product only for Dialogflow, whose entities are
 * closed lists, so "add two bananas" splits exactly. On Alexa the QUANTITY and PRODUCT types are
 * open (their values are training data), so a split would be a guess ("sunny acres | two percent
 * milk"); there the product slot takes "two bananas" whole and the core reads the number in it.
 */
export function byPlatform<K extends string>(samples: Partial<Record<K, string[]>>): { both: Partial<Record<K, string[]>>; dialogflowOnly: Partial<Record<K, string[]>> } {
  const both: Partial<Record<K, string[]>> = {};
  const dialogflowOnly: Partial<Record<K, string[]>> = {};
  for (const [intent, list] of Object.entries(samples) as Array<[K, string[]]>) {
    both[intent] = list.filter((p) => !hasAdjacentSlots(p));
    const adjacent = list.filter(hasAdjacentSlots);
    if (adjacent.length > 0) dialogflowOnly[intent] = adjacent;
  }
  return { both, dialogflowOnly };
}
