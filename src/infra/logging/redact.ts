/**
 * What a log line may not carry: personal data and secrets. Masked two ways — by the field's name
 * at any depth, and by patterns in free text. The patterns are built so they cannot fire inside
 * the shop's own ids (order ids `ord_…`, 8-digit order numbers, charge ids `pi_…`/`ch_sandbox_…`/
 * `re_…`, request and session ids): a mangled order id makes an order impossible to trace.
 */

/** Field names whose values are personal data or secrets, at any depth. */
const SECRET_KEYS = /token|authorization|password|secret|^pin$|pinhash|voicepin|email|phone|address|^line[12]$|postalcode|^name$|customername|cookie|signature/i;

/**
 * Ids the shop mints itself (or Lambda does): never personal data, always logged as they are, so
 * an order can be followed from the question to the charge to reconciliation.
 */
const OWN_ID_KEYS = new Set(['orderId', 'orderNumber', 'chargeId', 'refundId', 'lambdaRequestId']);

/**
 * A match may not start or end inside a word-ish token: ids are runs of letters, digits, `_`
 * and `-`, joined by `.` or `/` (`amzn1.echo-api.session.<uuid>`, `projects/p/agent/sessions/…`).
 */
const NOT_AFTER_ID = String.raw`(?<![\w./+-])`;
const NOT_BEFORE_ID = String.raw`(?![\w-]|\.\d)`;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const JWT = new RegExp(`${NOT_AFTER_ID}eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*`, 'g');

/**
 * Phone-shaped: a leading + (E.164 written any usual way), an area code in brackets, a trunk 0
 * with its subscriber number, or three or more digit groups joined by the same separator
 * (312-555-0179, 020 7946 0958). A bare run of digits is not a phone: that is what ids look like.
 */
const PHONE = new RegExp(
  NOT_AFTER_ID +
    '(?:' +
    [
      String.raw`\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,5}`,
      String.raw`\(\d{2,5}\)[ .-]?\d{2,5}(?:[ .-]\d{2,5}){1,3}`,
      String.raw`0\d{2,4}[ /-]\d{5,8}`,
      String.raw`\d{2,5}([ .-])\d{2,5}(?:\1\d{2,5}){1,3}`,
    ].join('|') +
    ')' +
    NOT_BEFORE_ID,
  'g',
);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** A street address written out: house number, street name and kind, and an apartment if any. */
const STREET = new RegExp(
  NOT_AFTER_ID +
    String.raw`\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Place|Pl|Way|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Close|Crescent|Gardens|Row|Mews)\b\.?` +
    String.raw`(?:\s*,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.?\s*#?[\w-]+)?` +
    String.raw`|[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer)\s+\d{1,4}\s?[a-z]?\b`,
  'g',
);

function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  // E.164 numbers have at most 15 digits; fewer than 10 is a date, an amount or a count.
  if (digits < 10 || digits > 15 || IPV4.test(match)) return match;
  return '[phone]';
}

/** Masks personal data in free text. */
export function redactText(text: string): string {
  return text.replace(JWT, '[token]').replace(EMAIL, '[email]').replace(STREET, '[address]').replace(PHONE, maskPhone);
}

/** Masks personal data in a value about to be logged: by field name at any depth, and in every string. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5) return '[deep]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return redactText(`${value.name}: ${value.message}`);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, redactField(key, v, depth)]));
  }
  return value;
}

function redactField(key: string, value: unknown, depth: number): unknown {
  if (OWN_ID_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number')) return value;
  return SECRET_KEYS.test(key) ? '[redacted]' : redact(value, depth + 1);
}
