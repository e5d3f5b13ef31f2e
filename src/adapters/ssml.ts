/** Speech from the core is plain text; platforms that take SSML need it escaped. */
export function escapeSsml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A card line must not carry markup either; cards take plain text with newlines. */
export function plainText(text: string): string {
  return text.replace(/[<>]/g, '');
}
