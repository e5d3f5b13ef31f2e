/**
 * A lookup table keyed by spoken words, without Object's prototype: a shopper may say any word,
 * and "constructor" or "toString" must find nothing rather than one of Object's own functions.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
