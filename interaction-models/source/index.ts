import { intents } from './intents';
import { deDE } from './locales/de-DE';
import { enGB } from './locales/en-GB';
import { enUS } from './locales/en-US';
import { withFeatures } from './features';
import type { ModelSource } from './types';

/** The one source both platforms' models are generated from. Adding a locale: add a file, list it here. */
export const modelSource: ModelSource = {
  intents,
  locales: [enUS, enGB, deDE].map(withFeatures),
};

export { alexaIntentMap, dialogflowIntentMap, intents } from './intents';
export type { IntentDef, LocaleSource, ModelSource, SlotDef } from './types';
export { AlexaBuiltin, SlotKind } from './types';
