/**
 * Checks the model source before anything is generated. Every problem names the locale, the
 * intent and the phrase, so the build output says exactly what to fix.
 */
import type { IntentDef, LocaleSource, ModelSource } from '../../interaction-models/source/types';
import { comparable, parsePhrase, samplesOf, slotsIn } from './phrases';

export interface ModelProblem {
  locale: string;
  intent: string;
  phrase?: string;
  message: string;
}

export class ModelValidationError extends Error {
  readonly problems: readonly ModelProblem[];

  constructor(problems: readonly ModelProblem[], options?: { cause?: unknown }) {
    super(`Interaction model source has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`, options);
    this.name = 'ModelValidationError';
    this.problems = problems;
  }
}

export function formatProblem(p: ModelProblem): string {
  return `  ${p.locale} › ${p.intent}${p.phrase !== undefined ? ` › "${p.phrase}"` : ''}: ${p.message}`;
}

// Letters of any script, apostrophes, hyphens, periods (initialisms) and spaces: what both
// platforms accept in a sample. Numbers must be spelled out for Alexa.
const ALLOWED = /^[\p{L}\p{M}' .-]*$/u;

/** All problems in the source; an empty list means the source can be generated. */
export function findProblems(source: ModelSource): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const known = new Set(source.intents.map((d) => d.name));
  for (const locale of source.locales) {
    for (const name of Object.keys(locale.samples)) {
      if (!known.has(name as IntentDef['name'])) {
        problems.push({ locale: locale.locale, intent: name, message: 'samples for an intent that is not declared' });
      }
    }
    const owner = new Map<string, { intent: string; phrase: string }>();
    for (const def of source.intents) {
      const samples = samplesOf(locale, def);
      const problem = (message: string, phrase?: string) => problems.push({ locale: locale.locale, intent: def.name, phrase, message });
      if (samples.length === 0 && !def.dialogflow.fallback && !def.dialogflow.event) problem('empty intent: no sample utterances');
      for (const phrase of samples) {
        checkPhrase(phrase, def, problem);
        const key = comparable(phrase, def);
        const first = owner.get(key);
        if (first && first.intent === def.name) problem(`listed twice (as "${first.phrase}")`, phrase);
        else if (first) problem(`phrase in two intents: also in ${first.intent} as "${first.phrase}"`, phrase);
        else owner.set(key, { intent: def.name, phrase });
        checkNative(phrase, def, source, locale, problem);
      }
      for (const slot of def.slots.filter((s) => s.required)) {
        if (!locale.prompts[def.name]?.[slot.name]?.length) problem(`required slot {${slot.name}} has no prompt`);
      }
    }
  }
  return problems;
}

function checkPhrase(phrase: string, def: IntentDef, problem: (message: string, phrase?: string) => void): void {
  if (phrase === '') return problem('empty phrase', phrase);
  const parts = parsePhrase(phrase);
  const text = parts.map((p) => ('text' in p ? p.text : ' ')).join('');
  if (/[{}]/.test(text)) problem('unbalanced braces', phrase);
  if (!ALLOWED.test(text)) problem('only letters, spaces, apostrophes, hyphens and periods are allowed (spell numbers out)', phrase);
  for (const slot of slotsIn(phrase)) {
    if (!def.slots.some((s) => s.name === slot)) problem(`slot {${slot}} is used but not declared on the intent`, phrase);
  }
  const slots = slotsIn(phrase);
  if (new Set(slots).size !== slots.length) problem('the same slot twice in one phrase', phrase);
  // Two slots may follow each other with a space between ("add {quantity} {product}": Alexa's
  // own examples do this, and the runner's matcher reads it where virtual-alexa cannot), but not
  // glued together, and not two free-form slots, whose border no recogniser can place.
  const free = (name: string) => ['SearchQuery', 'Words'].includes(def.slots.find((d) => d.name === name)?.kind ?? '');
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if ('slot' in part && next && 'slot' in next) problem('two slots glued together; put a space or a word between them', phrase);
    const after = next && 'text' in next && next.text.trim() === '' ? parts[i + 2] : undefined;
    if ('slot' in part && after && 'slot' in after && free(part.slot) && free(after.slot)) {
      problem('two free-form slots side by side; put a word between them', phrase);
    }
  });
  const searchSlots = slots.filter((s) => def.slots.find((d) => d.name === s)?.kind === 'SearchQuery');
  if (searchSlots.length > 0) {
    // AMAZON.SearchQuery needs a carrier phrase and must be the only slot in the sample.
    if (slots.length > 1) problem('a search-query slot must be the only slot in its phrase', phrase);
    if (text.trim() === '') problem('a search-query slot needs a carrier phrase around it', phrase);
  }
}

/** A phrase Alexa already routes to a built-in intent belongs to that built-in, or nowhere. */
function checkNative(phrase: string, def: IntentDef, source: ModelSource, locale: LocaleSource, problem: (message: string, phrase?: string) => void): void {
  if (!def.alexa) return;
  const mine = new Set([def.alexa.intent, ...(def.alexa.also ?? [])]);
  const said = phrase.toLowerCase();
  for (const [builtin, phrases] of Object.entries(locale.alexaNative)) {
    if (mine.has(builtin) || !phrases?.some((p) => p.toLowerCase() === said)) continue;
    const other = source.intents.find((d) => d.alexa && (d.alexa.intent === builtin || d.alexa.also?.includes(builtin as never)));
    problem(`Alexa's ${builtin}${other ? ` (${other.name})` : ''} already understands this phrase`, phrase);
  }
}

/** Throws a ModelValidationError naming every problem, or returns quietly. */
export function validateSource(source: ModelSource): void {
  const problems = findProblems(source);
  if (problems.length > 0) throw new ModelValidationError(problems);
}
