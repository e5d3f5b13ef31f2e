/**
 * Intents that belong to one feature, kept beside the shop's core model so a feature's intents,
 * samples and prompts live in one file of their own (a feature file exports a `FeatureModel`;
 * list it below). The generator sees them as if they were written in intents.ts and the locale
 * files: the same validation, the same limits.
 */
import type { IntentDef, LocaleSource } from '../types';
import { afterOrderFeature } from './after-order';
import { linkingFeature } from './linking';
import { decideFeature } from './decide';

export interface FeatureModel {
  intents: readonly IntentDef[];
  /** per locale (`en-US`, `en-GB`, `de-DE`): samples and slot prompts for this feature's intents */
  locales: Readonly<Record<string, Pick<LocaleSource, 'samples'> & Partial<Pick<LocaleSource, 'prompts'>>>>;
}

export const features: readonly FeatureModel[] = [
  // — after the order: reminders and feedback —
  afterOrderFeature,
  // — linking where the platform has none (device code) —
  linkingFeature,
  // reviews, comparing, suggestions, deals and coupons, saved for later (decide)
  decideFeature,
];

export const featureIntents: readonly IntentDef[] = features.flatMap((f) => f.intents);

/** A locale's own source with every feature's samples and prompts for that locale added. */
export function withFeatures(locale: LocaleSource): LocaleSource {
  const samples = { ...locale.samples };
  const prompts = { ...locale.prompts };
  for (const feature of features) {
    const own = feature.locales[locale.locale];
    if (!own) continue;
    for (const [intent, list] of Object.entries(own.samples)) samples[intent as keyof typeof samples] = [...(samples[intent as keyof typeof samples] ?? []), ...(list ?? [])];
    Object.assign(prompts, own.prompts ?? {});
  }
  return { ...locale, samples, prompts };
}
