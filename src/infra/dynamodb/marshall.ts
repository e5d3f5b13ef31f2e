/**
 * Plain JavaScript values ↔ DynamoDB AttributeValues, as the document client of the AWS SDK does
 * with `removeUndefinedValues: true` and `convertClassInstanceToMap: false`: undefined is left
 * out, numbers travel as strings and come back as numbers, anything that would not survive the
 * round trip (NaN, a Date, a function, an unsafe integer) is refused rather than silently changed.
 */

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { B: string }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };

export type AttributeMap = Record<string, AttributeValue>;

/** A value that cannot be stored (or read back) as it is; says where in the item it sits. */
export class MarshallError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'MarshallError';
    this.path = path;
  }
}

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as object).constructor?.name ?? 'object';
};

function numberText(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new MarshallError(`${value} cannot be stored: DynamoDB numbers are finite`, path);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new MarshallError(`${value} is outside the safe integer range and would lose precision`, path);
  }
  return String(value);
}

/** Sets a key as an own property, even `__proto__` (which plain assignment would turn into a prototype change). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function marshallSet(set: Set<unknown>, path: string): AttributeValue {
  const members = [...set].filter((m) => m !== undefined);
  if (members.length === 0) throw new MarshallError('an empty Set cannot be stored: DynamoDB has no empty sets', path);
  if (members.every((m) => typeof m === 'string')) return { SS: members as string[] };
  if (members.every((m) => typeof m === 'number')) return { NS: (members as number[]).map((n) => numberText(n, path)) };
  if (members.every((m) => m instanceof Uint8Array)) return { BS: (members as Uint8Array[]).map((b) => Buffer.from(b).toString('base64')) };
  throw new MarshallError('a Set must hold only strings, only numbers or only binary values', path);
}

/** One value → AttributeValue; undefined only where the caller drops it (maps, lists). */
export function marshallValue(value: unknown, path = ''): AttributeValue {
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: numberText(value, path) };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      if (value === null) return { NULL: true };
      if (Array.isArray(value)) {
        return { L: value.flatMap((v, i) => (v === undefined ? [] : [marshallValue(v, `${path}[${i}]`)])) };
      }
      if (value instanceof Set) return marshallSet(value, path);
      if (value instanceof Uint8Array) return { B: Buffer.from(value).toString('base64') };
      if (isPlainObject(value)) return { M: marshallItem(value as Record<string, unknown>, path) };
      throw new MarshallError(`a ${describe(value)} cannot be stored; convert it to a plain value first`, path);
    default:
      throw new MarshallError(`a ${typeof value} cannot be stored`, path);
  }
}

/** A plain object → attribute map, leaving out undefined attributes. */
export function marshallItem(item: Record<string, unknown>, path = ''): AttributeMap {
  const out: AttributeMap = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    setOwn(out, key, marshallValue(value, path ? `${path}.${key}` : key));
  }
  return out;
}

function readNumber(text: string, path: string): number {
  const value = Number(text);
  if (!Number.isFinite(value)) throw new MarshallError(`"${text}" is not a number`, path);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new MarshallError(`${text} is outside the safe integer range and cannot be read as a JavaScript number`, path);
  }
  return value;
}

/** AttributeValue → plain value: sets come back as Sets (as the SDK returns them), binary as Buffers. */
export function unmarshallValue(value: AttributeValue, path = ''): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return readNumber(value.N, path);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('M' in value) return unmarshallItem(value.M, path);
  if ('L' in value) return value.L.map((v, i) => unmarshallValue(v, `${path}[${i}]`));
  if ('SS' in value) return new Set(value.SS);
  if ('NS' in value) return new Set(value.NS.map((n) => readNumber(n, path)));
  if ('B' in value) return Buffer.from(value.B, 'base64');
  if ('BS' in value) return new Set(value.BS.map((b) => Buffer.from(b, 'base64')));
  throw new MarshallError(`an attribute of an unknown type (${Object.keys(value).join(', ') || 'empty'})`, path);
}

export function unmarshallItem(item: AttributeMap, path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) setOwn(out, key, unmarshallValue(value, path ? `${path}.${key}` : key));
  return out;
}
