import { createHmac } from 'node:crypto';

const NUMBER_WORDS = 'zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun';
/** Four or more number words in a row: a PIN, a phone or card number said aloud. */
const SPOKEN_DIGITS = new RegExp(`\\b(?:(?:${NUMBER_WORDS})\\b[\\s,-]*){4,}`, 'gi');
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Digits with spaces, dots or dashes between them, three or more in all: numbers of any kind. */
const DIGITS = /\+?\d[\d\s().-]{1,}\d|\d{3,}/g;
/** What a record keeps of free text. */
const MAX_TEXT = 100;

/**
 * What a shopper said, kept for the merchant's report ("what to add to the models next") without
 * what identifies a person: emails, phone, card and order numbers, PINs said as words. Lower case
 * and single spaces, so the same words count as one.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(SPOKEN_DIGITS, '[number] ')
    .replace(DIGITS, '[number]')
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, MAX_TEXT);
}

/** A shopper's platform id as the report counts it: a salted hash, the same for the same shopper, never the id. */
export function anonymousShopper(userKey: string, salt: string): string {
  return createHmac('sha256', salt).update(userKey).digest('hex').slice(0, 16);
}
