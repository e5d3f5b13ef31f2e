/**
 * Characters XML 1.0 does not allow anywhere, escaped or not: C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF. Alexa refuses a whole response whose SSML holds
 * one, and a shopper's own words (a slot value echoed back) can carry them.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Half of a surrogate pair without its other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character XML 1.0 forbids taken out; what is left is what a person can hear or read. */
export function xmlSafe(text: string): string {
  return String(text ?? '')
    .replace(XML_ILLEGAL, '')
    .replace(LONE_SURROGATE, '');
}

/** Speech from the core is plain text; platforms that take SSML need it escaped, and legal XML. */
export function escapeSsml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A card line must not carry markup either; cards take plain text with newlines. */
export function plainText(text: string): string {
  return xmlSafe(text).replace(/[<>]/g, '');
}
