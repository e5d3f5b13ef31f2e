/** Saying the shop's policy: opening hours through Intl in the turn's locale, and a price of nothing. */
import { WEEK, type OpeningHours, type Weekday } from '../pricing';
import type { Messages } from './messages';

/** A Monday, so WEEK[i] falls on day i after it. */
const MONDAY = Date.UTC(2024, 0, 1);

function dayName(day: Weekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY + WEEK.indexOf(day) * 86_400_000));
}

/** "08:00" said in the locale: "8 AM", "8 am", "8 Uhr"; "20:30" as "8:30 PM", "20:30 Uhr". */
function clock(time: string, locale: string, msgs: Messages): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (locale.toLowerCase().startsWith('de')) return msgs.clockTime(minutes === 0 ? String(hours % 24) : `${hours % 24}:${String(minutes).padStart(2, '0')}`);
  const at = new Date(Date.UTC(2024, 0, 1, hours % 24, minutes));
  const formatted = new Intl.DateTimeFormat(locale, { hour: 'numeric', ...(minutes === 0 ? {} : { minute: '2-digit' }), hour12: true, timeZone: 'UTC' }).format(at);
  return msgs.clockTime(formatted);
}

/** Days as said: every day, a run ("Monday to Friday"), or a list ("Saturday and Sunday"). */
function days(list: readonly Weekday[], locale: string, msgs: Messages): string {
  if (list.length === WEEK.length) return msgs.everyDay;
  const positions = list.map((d) => WEEK.indexOf(d)).sort((a, b) => a - b);
  const run = positions.every((p, i) => i === 0 || p === positions[i - 1] + 1);
  if (run && positions.length >= 3) return msgs.dayRange(dayName(WEEK[positions[0]], locale), dayName(WEEK[positions[positions.length - 1]], locale));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(positions.map((p) => dayName(WEEK[p], locale)));
}

/** Opening hours as one phrase: "every day from 8 AM to 8 PM", "Montag bis Freitag von 9 bis 18 Uhr". */
export function spokenHours(hours: readonly OpeningHours[], locale: string, msgs: Messages): string {
  const spans = hours.map((h) => msgs.hoursSpan(days(h.days, locale, msgs), clock(h.opens, locale, msgs), clock(h.closes, locale, msgs)));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(spans);
}

/** True for a formatted price of nothing, in any locale ("$0.00", "0,00 $", "US$0.00"): it has no other digit. */
export function isNothing(formattedPrice: string): boolean {
  return /\d/.test(formattedPrice) && !/[1-9]/.test(formattedPrice);
}
