/** Locale-aware formatting of what a shopper hears: prices, dates, lists. */

export function formatPrice(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100);
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(isoDate));
}

/** A star rating with one decimal, in the locale's own notation ("4.5", "4,5"). */
export function formatRating(rating: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating);
}

/** "a", "a and b", "a, b and c" in the locale's own words. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Reads a number digit by digit, the way an order number is said. */
export function spellDigits(value: string): string {
  return value.split('').join(' ');
}
