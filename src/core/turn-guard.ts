import type { SlotValue, Turn } from './turn';

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

/** A locale the formatters accept; anything else is heard as en-US rather than failing the turn. */
export function safeLocale(raw: unknown): string {
  if (typeof raw !== 'string' || !LOCALE.test(raw)) return 'en-US';
  try {
    return Intl.getCanonicalLocales(raw)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * The core's last line of defence against a turn an adapter built from a malformed request:
 * strings where strings belong, slot values cut to a sane length, a usable locale. Adapters
 * normalise properly; this only makes sure nothing odd reaches a formatter or a store key.
 */
export function sanitiseTurn(turn: Turn): Turn {
  const slots: Record<string, SlotValue> = {};
  for (const [name, slot] of Object.entries(turn.slots ?? {})) {
    // a slot called "__proto__" would replace the record's prototype instead of adding a slot
    if (!slot || typeof slot !== 'object' || name === '__proto__') continue;
    const value = text(slot.value, 200) ?? '';
    const id = text(slot.id, 100);
    if (value === '' && id === undefined) continue;
    slots[name] = id === undefined ? { value } : { value, id };
  }
  return {
    ...turn,
    slots,
    userId: text(turn.userId, 300) ?? 'unknown-user',
    sessionId: text(turn.sessionId, 300) ?? 'unknown-session',
    locale: safeLocale(turn.locale),
    accessToken: typeof turn.accessToken === 'string' && turn.accessToken !== '' ? turn.accessToken : undefined,
    personId: typeof turn.personId === 'string' && turn.personId !== '' ? turn.personId : undefined,
    isNewSession: turn.isNewSession === true,
  };
}
