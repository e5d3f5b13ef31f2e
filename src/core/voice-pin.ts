import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { parseSpokenNumberWords } from './voice-pin-words';

/** A voice PIN as the customer record keeps it: never the digits, only a salted scrypt hash. */
export interface VoicePinHash {
  scheme: 'scrypt';
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
  /** scrypt cost parameters, kept so they can be raised later without breaking stored PINs */
  N: number;
  r: number;
  p: number;
}

export const PIN_LENGTH = 4;
const KEY_LENGTH = 32;
// 2^14 keeps one check near 30 ms: slow for a guesser with the table, quick inside a voice turn.
const COST = { N: 16384, r: 8, p: 1 } as const;

function derive(pin: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, KEY_LENGTH, { ...params, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));
}

export function isValidPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin);
}

/** Hashes a PIN to store it (set outside voice, in the app or by support). */
export async function hashVoicePin(pin: string): Promise<VoicePinHash> {
  if (!isValidPin(pin)) throw new RangeError(`a voice PIN is ${PIN_LENGTH} digits`);
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, COST);
  return { scheme: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...COST };
}

/** Compares a spoken PIN with the stored hash in constant time. */
export async function verifyVoicePin(pin: string, stored: VoicePinHash): Promise<boolean> {
  if (!isValidPin(pin) || stored.scheme !== 'scrypt') return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The four digits a shopper said, however the platform heard them: "1234", "12 34", "one two
 * three four", "oh seven one nine", or a number that lost its leading zeros ("0042" → 42).
 */
export function parseSpokenPin(spoken: string | undefined): string | undefined {
  if (!spoken) return undefined;
  const text = spoken.trim().toLowerCase();
  if (text.length > 80) return undefined;
  const digits = /^[\d\s.,-]+$/.test(text) ? text.replace(/\D/g, '') : parseSpokenNumberWords(text);
  if (!digits) return undefined;
  // A number type drops leading zeros; a PIN is always four digits, so padding restores them.
  const padded = digits.length < PIN_LENGTH && /^[\d\s]+$/.test(text) && !/\s/.test(text) ? digits.padStart(PIN_LENGTH, '0') : digits;
  return isValidPin(padded) ? padded : undefined;
}
