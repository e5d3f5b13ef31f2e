import { deDE } from './de-DE';
import { enGB } from './en-GB';
import { enUS } from './en-US';
import type { Messages } from './messages';

const catalogues: Record<string, Messages> = {
  'en-US': enUS,
  'en-GB': enGB,
  'de-DE': deDE,
};

/**
 * The reply catalogue for a locale: an exact match, else the same language, else en-US.
 * Adding a locale means adding a catalogue file and one line here.
 */
export function messagesFor(locale: string): Messages {
  if (catalogues[locale]) return catalogues[locale];
  const language = locale.split('-')[0];
  const sameLanguage = Object.keys(catalogues).find((key) => key.split('-')[0] === language);
  return sameLanguage ? catalogues[sameLanguage] : enUS;
}

export type { Messages } from './messages';
export { formatDate, formatList, formatPrice, formatRating, spellDigits } from './format';
