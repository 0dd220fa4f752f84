/**
 * The text `JSON.stringify(value)` gives, in small pieces, so a value too large for one string
 * (V8 caps one at 2^29 - 24 characters) can still be written. For plain data: objects, arrays,
 * strings, numbers, booleans and null; like JSON.stringify, it leaves out object keys whose value
 * is undefined and writes an undefined array element as null.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const element: unknown = value[i];
      if (element !== null && typeof element === 'object') yield* jsonPieces(element);
      else yield JSON.stringify(element) ?? 'null';
    }
    yield ']';
  } else if (value !== null && typeof value === 'object') {
    yield '{';
    let separator = '';
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) continue;
      yield `${separator}${JSON.stringify(key)}:`;
      separator = ',';
      yield* jsonPieces(field);
    }
    yield '}';
  } else {
    yield JSON.stringify(value);
  }
}

/** 64 KiB: the size of a file stream's buffer, and small next to any limit. */
const CHUNK_LENGTH = 1 << 16;

/** Joins small pieces into chunks of about `length` characters, so a stream is written in a few large writes. */
export function* inChunks(pieces: Iterable<string>, length: number = CHUNK_LENGTH): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= length) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
