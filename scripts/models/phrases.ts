/** Reading sample utterances: their slot references and a comparable form. */
import type { IntentDef, LocaleSource } from '../../interaction-models/source/types';
import { attributeValues } from './attributes';
import { criterionValues } from './criteria';

export type PhrasePart = { text: string } | { slot: string };

/** "add {quantity} of {product}" -> text and slot parts, in order. */
export function parsePhrase(phrase: string): PhrasePart[] {
  const parts: PhrasePart[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    if (m.index > last) parts.push({ text: phrase.slice(last, m.index) });
    parts.push({ slot: m[1].trim() });
    last = m.index + m[0].length;
  }
  if (last < phrase.length) parts.push({ text: phrase.slice(last) });
  return parts;
}

export function slotsIn(phrase: string): string[] {
  return parsePhrase(phrase).flatMap((p) => ('slot' in p ? [p.slot] : []));
}

/**
 * The form two phrases are compared in: lower case, single spaces, each slot replaced by its
 * kind, so "add {product}" and "add {item}" of the same type count as the same phrase.
 */
export function comparable(phrase: string, def: IntentDef): string {
  return parsePhrase(phrase)
    .map((p) => ('slot' in p ? `{${def.slots.find((s) => s.name === p.slot)?.kind ?? p.slot}}` : p.text))
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The locale's samples for an intent on one platform (or both), trimmed, in source order. */
export function samplesOf(locale: LocaleSource, def: IntentDef, platform: 'alexa' | 'dialogflow' | 'both' = 'both'): string[] {
  const own = locale.samples[def.name] ?? [];
  const dialogflowOnly = platform === 'alexa' ? [] : (locale.dialogflowOnly?.[def.name] ?? []);
  return [...own, ...dialogflowOnly].map((s) => s.replace(/\s+/g, ' ').trim());
}

/**
 * A sample with each slot filled by an example (rotating through the locale's examples), for
 * Dialogflow annotations and routing tests. Inflected ordinals follow the word before them.
 */
export function fillSample(
  phrase: string,
  def: IntentDef,
  locale: LocaleSource,
  productNames: readonly string[],
  turn: number,
): { text: string; parts: Array<{ text: string; slot?: string }> } {
  const parts: Array<{ text: string; slot?: string }> = [];
  let previous = '';
  for (const part of parsePhrase(phrase)) {
    if ('text' in part) {
      parts.push({ text: part.text });
      previous = part.text.trim().split(' ').pop()?.toLowerCase() ?? '';
      continue;
    }
    const kind = def.slots.find((s) => s.name === part.slot)?.kind;
    const pick = (list: readonly string[]) => list[turn % list.length];
    let example: string;
    // a second slot's example never holds the word between the two ("or" is in "Northstar"):
    // virtual-alexa splits them at that word's last occurrence, inside a name too, where Alexa does not
    if (kind === 'Product' || kind === 'Words') {
      const filled = parts.some((p) => p.slot && ['Product', 'Words'].includes(def.slots.find((d) => d.name === p.slot)?.kind ?? ''));
      const clear = productNames.filter((n) => !filled || !previous || !n.toLowerCase().includes(previous));
      example = pick(clear.length > 0 ? clear : productNames);
    } else if (kind === 'Quantity') example = pick(locale.examples.quantity);
    else if (kind === 'Ordinal') example = locale.examples.ordinalAfter?.[previous] ?? pick(locale.examples.ordinal);
    // digits read the same in every locale; no leading zero, which a number slot would drop
    else if (kind === 'Pin') example = pick(['4821', '7305', '1990']);
    else if (kind === 'OrderNumber') example = pick(['48215730', '20000001']);
    // digits read the same to every recogniser (and to virtual-alexa, which knows English number words only)
    else if (kind === 'Number') example = pick(['2', '3', '5']);
    else if (kind === 'Attribute') example = pick(attributeValues(locale).map((a) => a.words[0]));
    else if (kind === 'Criterion') example = pick(criterionValues(locale).map((c) => c.words[0]));
    else example = pick(locale.examples.query);
    parts.push({ text: example, slot: part.slot });
  }
  return { text: parts.map((p) => p.text).join(''), parts };
}
