/**
 * Linking on every surface: "link my account" (on Dialogflow surfaces, a device code read out;
 * on Alexa, the link in the Alexa app), "I'm linked" (the code's approval picked up), "repeat the
 * code", and "unlink my account" (the link revoked at the identity provider).
 * UnlinkAccountIntent and its samples are the shop's core model's (intents.ts, locales/).
 */
import { IntentName } from '../../../src/core/intents';
import type { IntentDef } from '../types';
import type { FeatureModel } from './index';

const own = (name: IntentName): IntentDef => ({ name, slots: [], alexa: { intent: name }, dialogflow: { displayName: name } });

export const linkingFeature: FeatureModel = {
  intents: [own(IntentName.LinkAccount), own(IntentName.LinkedNow)],
  locales: {
    'en-US': {
      samples: {
        [IntentName.LinkAccount]: [
          'link my account',
          'link my corner shop account',
          'connect my account',
          'I want to link my account',
          'sign me in',
          'log me in',
          'give me a code',
          'give me a code to link my account',
          'I need a new code',
          'get me a new code',
          'give me a new code',
          'repeat the code',
          'say the code again',
          'what was the code',
          'tell me the code again',
        ],
        [IntentName.LinkedNow]: [
          "I'm linked",
          "I'm linked now",
          "I've linked my account",
          'I linked my account',
          'I entered the code',
          "I've entered the code",
          'I typed in the code',
          "I've signed in",
          "I'm signed in now",
          'am I linked now',
          'check if I am linked',
          "it's linked now",
        ],
      },
    },
    'en-GB': {
      samples: {
        [IntentName.LinkAccount]: [
          'link my account',
          'link my corner shop account',
          'connect my account',
          "I'd like to link my account",
          'sign me in',
          'log me in',
          'give me a code',
          'give me a code to link my account',
          'I need a new code',
          'can I have a new code',
          'give me a new code',
          'repeat the code',
          'say the code again',
          'what was the code',
          'tell me the code again',
        ],
        [IntentName.LinkedNow]: [
          "I'm linked",
          "I'm linked now",
          "I've linked my account",
          "I've entered the code",
          "I've put the code in",
          "I've typed the code in",
          "I've signed in",
          "I've logged in",
          "I'm logged in now",
          'am I linked now',
          'check if I am linked',
          "it's linked now",
        ],
      },
    },
    'de-DE': {
      samples: {
        [IntentName.LinkAccount]: [
          'verknüpfe mein konto',
          'mein konto verknüpfen',
          'konto verknüpfen',
          'verbinde mein konto',
          'ich möchte mein konto verknüpfen',
          'melde mich an',
          'gib mir einen code',
          'ich brauche einen neuen code',
          'neuer code',
          'wiederhole den code',
          'sag den code noch mal',
          'wie war der code',
          'wie lautet der code',
        ],
        [IntentName.LinkedNow]: [
          'ich bin verknüpft',
          'ich bin jetzt verknüpft',
          'ich habe mein konto verknüpft',
          'ich habe den code eingegeben',
          'der code ist eingegeben',
          'ich habe mich angemeldet',
          'ich bin jetzt angemeldet',
          'bin ich jetzt verknüpft',
          'prüf ob ich verknüpft bin',
          'jetzt ist es verknüpft',
        ],
      },
    },
  },
};
