import { WEEK, type OpeningHours, type PolicyText, type ShopPolicy, type StoreLocation, type Weekday } from './core/pricing';

/**
 * What a shop policy file may set: the richer policy (delivery area, returns, opening hours,
 * stores, payment methods) and the delivery and support settings that also have environment
 * variables. Amounts are integer minor units, as in the environment (`deliveryFeeCents: 499`).
 */
export interface PolicyFileFields extends Partial<
  Pick<
    ShopPolicy,
    'deliveryDays' | 'supportPhone' | 'supportHours' | 'deliveryArea' | 'returnsWindowDays' | 'returnsHow' | 'openingHours' | 'timeZone' | 'stores' | 'paymentMethods'
  >
> {
  deliveryFeeCents?: number;
  freeDeliveryFromCents?: number;
}

export interface ParsedPolicyFile {
  fields: PolicyFileFields;
  /** "shop-policy.json line 7: stores[0].address must be text" — every one, not the first */
  problems: string[];
}

type Check = (value: unknown, path: string) => unknown;

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Reads a shop policy file (JSON). Every problem names the file, the line and the field, so a
 * deploy with a typo fails once with all of them; a field that is wrong is left out of `fields`.
 */
export function parsePolicyFile(text: string, source: string): ParsedPolicyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.replace(/\s+/g, ' ');
    return { fields: {}, problems: [`${source} line ${lineOf(text, breakOffset(text, message))}: not valid JSON (${message})`] };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { fields: {}, problems: [`${source} line 1: the file must hold one JSON object of policy fields`] };
  }
  const lines = valueLines(text);
  const problems: string[] = [];
  // a missing field is reported on the line of the object it is missing from
  const lineFor = (path: string): number => {
    for (let at = path; at !== ''; at = at.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const line = lines.get(at);
      if (line !== undefined) return line;
      if (!/[.[]/.test(at)) break;
    }
    return 1;
  };
  const fail = (path: string, message: string) => problems.push(`${source} line ${lineFor(path)}: ${path} ${message}`);

  const plain: Check = (value, path) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    fail(path, 'must be non-empty text');
    return undefined;
  };
  const localText: Check = (value, path) => {
    if (typeof value === 'string') return plain(value, path);
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      const entries = Object.entries(value as Record<string, unknown>);
      const bad = entries.filter(([locale, v]) => !/^[a-z]{2}(-[A-Z]{2})?$/.test(locale) || typeof v !== 'string' || v.trim() === '');
      if (bad.length === 0) return Object.fromEntries(entries.map(([k, v]) => [k, (v as string).trim()]));
    }
    fail(path, 'must be text, or an object of texts by locale or language ({ "en": "…", "de": "…" })');
    return undefined;
  };
  const whole =
    (min: number, max: number): Check =>
    (value, path) => {
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
      fail(path, `must be a whole number from ${min} to ${max}`);
      return undefined;
    };
  const hours: Check = (value, path) => {
    if (!Array.isArray(value) || value.length === 0) {
      fail(path, 'must be a list of { "days": ["mon", …], "opens": "08:00", "closes": "20:00" }');
      return undefined;
    }
    const out: OpeningHours[] = [];
    value.forEach((entry, i) => {
      const at = `${path}[${i}]`;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return fail(at, 'must be { "days": […], "opens": "HH:MM", "closes": "HH:MM" }');
      const { days, opens, closes } = entry as Record<string, unknown>;
      const dayList = Array.isArray(days) ? days.map((d) => (typeof d === 'string' ? d.trim().toLowerCase().slice(0, 3) : '')) : [];
      if (dayList.length === 0 || dayList.some((d) => !WEEK.includes(d as Weekday))) return fail(`${at}.days`, `must list days from ${WEEK.join(', ')}`);
      if (typeof opens !== 'string' || !HHMM.test(opens)) return fail(`${at}.opens`, 'must be a time like "08:00"');
      if (typeof closes !== 'string' || !HHMM.test(closes)) return fail(`${at}.closes`, 'must be a time like "20:00"');
      if (closes <= opens) return fail(`${at}.closes`, `must be after opens (${opens})`);
      out.push({ days: WEEK.filter((d) => dayList.includes(d)), opens, closes });
    });
    return out.length === value.length ? out : undefined;
  };
  const zone: Check = (value, path) => {
    if (typeof value === 'string') {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: value });
        return value;
      } catch {
        // reported below
      }
    }
    fail(path, 'must be an IANA time zone such as "America/Los_Angeles"');
    return undefined;
  };
  const stores: Check = (value, path) => {
    if (!Array.isArray(value)) {
      fail(path, 'must be a list of { "name", "address", "pickup", "hours" }');
      return undefined;
    }
    const out: StoreLocation[] = [];
    value.forEach((entry, i) => {
      const at = `${path}[${i}]`;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return fail(at, 'must be { "name", "address", "pickup", "hours" }');
      const e = entry as Record<string, unknown>;
      const name = plain(e.name, `${at}.name`) as string | undefined;
      const address = localText(e.address, `${at}.address`) as PolicyText | undefined;
      const storeHours = e.hours === undefined ? undefined : (hours(e.hours, `${at}.hours`) as OpeningHours[] | undefined);
      if (e.pickup !== undefined && typeof e.pickup !== 'boolean') fail(`${at}.pickup`, 'must be true or false');
      if (name && address && (e.hours === undefined || storeHours)) out.push({ name, address, pickup: e.pickup === true, ...(storeHours ? { hours: storeHours } : {}) });
    });
    return out.length === value.length ? out : undefined;
  };
  const names: Check = (value, path) => {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')) return value.map((v: string) => v.trim());
    fail(path, 'must be a list of names, such as ["Visa", "Mastercard"]');
    return undefined;
  };

  const checks: Record<keyof PolicyFileFields, Check> = {
    deliveryFeeCents: whole(0, 100_000),
    freeDeliveryFromCents: whole(0, 10_000_000),
    deliveryDays: whole(0, 30),
    supportPhone: plain,
    supportHours: plain,
    deliveryArea: localText,
    returnsWindowDays: whole(1, 365),
    returnsHow: localText,
    openingHours: hours,
    timeZone: zone,
    stores,
    paymentMethods: names,
  };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const check = checks[key as keyof PolicyFileFields];
    if (!check) {
      fail(key, `is not a policy field (known: ${Object.keys(checks).join(', ')})`);
      continue;
    }
    const checked = check(value, key);
    if (checked !== undefined) fields[key] = checked;
  }
  return { fields: fields as PolicyFileFields, problems };
}

/** The policy fields a file sets, in ShopPolicy's own names (the environment's settings are applied by the caller). */
export function policyFromFile(fields: PolicyFileFields): Partial<ShopPolicy> {
  const { deliveryFeeCents, freeDeliveryFromCents, ...rest } = fields;
  return {
    ...rest,
    ...(deliveryFeeCents !== undefined ? { deliveryFee: deliveryFeeCents } : {}),
    ...(freeDeliveryFromCents !== undefined ? { freeDeliveryFrom: freeDeliveryFromCents } : {}),
  };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Where JSON.parse gave up: the position it names, or else the end of the longest prefix that is
 * only unfinished, not wrong (Node 20 does not always say a position).
 */
function breakOffset(text: string, message: string): number {
  const stated = /position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  const unfinished = (prefix: string): boolean => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (e) {
      const m = (e as Error).message;
      const at = /position (\d+)/.exec(m);
      return /end of (JSON|data)/i.test(m) || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (unfinished(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * The line each value starts on, by path ("stores[0].address"), found by scanning the text the
 * way JSON.parse reads it; the text is known to be valid JSON when this runs.
 */
function valueLines(text: string): Map<string, number> {
  type Frame = { kind: 'object'; path: string; key?: string } | { kind: 'array'; path: string; index: number };
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path ? `${top.path}.${top.key}` : (top.key ?? '');
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (/\s/.test(ch) || ch === ':') continue;
    const top = stack[stack.length - 1];
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && expectKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        expectKey = false;
      } else lines.set(here(), line);
      i = end;
    } else if (ch === ',') {
      if (top?.kind === 'array') top.index += 1;
      else expectKey = true;
    } else if (ch === '{' || ch === '[') {
      const path = here();
      lines.set(path, line);
      stack.push(ch === '{' ? { kind: 'object', path } : { kind: 'array', path, index: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else {
      // a number, true, false or null
      lines.set(here(), line);
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1])) i += 1;
    }
  }
  return lines;
}
