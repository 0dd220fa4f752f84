import { failureOf, isField, isSecret, known, need, unread, type ReadFailure } from '../services/resource-map.js';

/** What an encoded value is: plain JSON. */
export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

/**
 * The one key of a tagged value, `{"$": [tag, payload]}`: how a value JSON has no word for (a Date,
 * a Map, a field that could not be read) is written so that it reads back as the same value.
 */
const TAG = '$';

type Tagged =
  | ['undefined']
  | ['number', string]
  | ['bigint', string]
  | ['date', string | null]
  | ['bytes', string]
  | ['map', Encoded[]]
  | ['set', Encoded[]]
  | ['object', Encoded[]]
  | ['known', Encoded]
  | ['unread', Encoded]
  | ['secret'];

const tagged = (value: Tagged): Encoded => ({ [TAG]: value as Encoded[] });

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A resource (or any part of one) as JSON that `decodeValue` turns back into an equal value:
 * Dates, Maps, Sets, bytes, undefined, fields known or unread. A field marked `secret` is written
 * as a bare marker, without its value. Anything else (a class instance) is refused, naming where
 * it sits, so that a collection that starts holding one fails loudly instead of replaying wrong.
 */
export function encodeValue(value: unknown, path: string): Encoded {
  if (value === undefined) return tagged(['undefined']);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : tagged(['number', Object.is(value, -0) ? '-0' : String(value)]);
  if (typeof value === 'bigint') return tagged(['bigint', value.toString()]);
  if (typeof value !== 'object') throw new Error(`cannot save ${path}: a ${typeof value}`);
  if (Array.isArray(value)) return value.map((item: unknown, index) => encodeValue(item, `${path}[${index}]`));
  if (value instanceof Date) return tagged(['date', Number.isNaN(value.getTime()) ? null : value.toISOString()]);
  if (value instanceof Uint8Array) return tagged(['bytes', Buffer.from(value).toString('base64')]);
  if (value instanceof Map) return tagged(['map', [...value].map(([key, item]: [unknown, unknown], index) => [encodeValue(key, `${path}.key${index}`), encodeValue(item, `${path}.get(${String(key)})`)])]);
  if (value instanceof Set) return tagged(['set', [...value].map((item: unknown, index) => encodeValue(item, `${path}.item${index}`))]);
  if (isField(value)) {
    if (isSecret(value)) return tagged(['secret']);
    const failure = failureOf(value);
    return tagged(failure ? ['unread', encodeValue(failure, `${path}.failure`)] : ['known', encodeValue(need(value), path)]);
  }
  if (!isPlainObject(value)) throw new Error(`cannot save ${path}: a ${value.constructor.name} instance`);
  const entries = Object.entries(value).map(([key, item]) => [key, encodeValue(item, `${path}.${key}`)] as const);
  // A plain object that happens to have the tag's key is written as entries, so it is never taken for a tag.
  if (Object.hasOwn(value, TAG)) return tagged(['object', entries.map(([key, item]) => [key, item])]);
  return Object.fromEntries(entries);
}

/**
 * The value `encodeValue` wrote. A withheld secret comes back as an unread field whose failure
 * (`withheld`) says that inventories never hold it. Throws on JSON no encoder wrote.
 */
export function decodeValue(encoded: unknown, withheld: () => ReadFailure): unknown {
  const decode = (item: unknown): unknown => decodeValue(item, withheld);
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return encoded.map(decode);
  const record = encoded as Record<string, unknown>;
  if (!Object.hasOwn(record, TAG)) return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]));
  const [tag, payload] = taggedParts(record);
  switch (tag) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(text(payload));
    case 'bigint':
      return BigInt(text(payload));
    case 'date':
      return new Date(payload === null ? Number.NaN : text(payload));
    case 'bytes':
      return new Uint8Array(Buffer.from(text(payload), 'base64'));
    case 'map':
      return new Map(pairs(payload).map(([key, item]) => [decode(key), decode(item)]));
    case 'set':
      return new Set(list(payload).map(decode));
    case 'object':
      return Object.fromEntries(pairs(payload).map(([key, item]) => [String(key), decode(item)]));
    case 'known':
      return known(decode(payload));
    case 'unread':
      return unread(decode(payload) as ReadFailure);
    case 'secret':
      return unread(withheld());
    default:
      throw new Error(`unknown value tag ${JSON.stringify(tag)}`);
  }
}

function taggedParts(record: Record<string, unknown>): [unknown, unknown] {
  const parts = record[TAG];
  if (Object.keys(record).length !== 1 || !Array.isArray(parts) || parts.length === 0) throw new Error('malformed tagged value');
  return [parts[0], parts[1]];
}

function text(payload: unknown): string {
  if (typeof payload !== 'string') throw new Error('malformed tagged value: expected text');
  return payload;
}

function list(payload: unknown): unknown[] {
  if (!Array.isArray(payload)) throw new Error('malformed tagged value: expected a list');
  return payload;
}

function pairs(payload: unknown): [unknown, unknown][] {
  return list(payload).map((pair) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error('malformed tagged value: expected key-value pairs');
    return [pair[0], pair[1]];
  });
}
