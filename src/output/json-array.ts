const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const isJsonWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** The text is not a JSON array; which element JSON.parse rejects is the caller's to say. */
export class JsonArrayError extends Error {
  override name = 'JsonArrayError';
}

/**
 * The source text of each element of the JSON array that `text` arrives in, one at a time, so a
 * file larger than any one string can hold is read element by element. Only the array's own
 * structure is checked here (brackets, commas, strings); each element is for JSON.parse.
 */
export async function* jsonArrayElements(text: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elements = 0;
  let pieces: string[] = [];
  for await (const chunk of text) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (!opened || closed) {
        if (isJsonWhitespace(code)) continue;
        if (closed) throw new JsonArrayError('unexpected text after the array');
        if (code !== OPEN_BRACKET) throw new JsonArrayError('expected a JSON array');
        opened = true;
        start = i + 1;
      } else if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) inString = false;
      } else if (code === QUOTE) {
        inString = true;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth += 1;
      } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
        depth -= 1;
      } else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
        pieces.push(chunk.slice(start, i));
        const element = pieces.join('').trim();
        pieces = [];
        start = i + 1;
        // `[]` is the one place an element may be missing.
        if (element === '' && (code === COMMA || elements > 0)) throw new JsonArrayError(`element ${elements} is missing`);
        if (element !== '') {
          elements += 1;
          yield element;
        }
        closed = code === CLOSE_BRACKET;
      }
    }
    if (opened && !closed) pieces.push(chunk.slice(start));
  }
  if (!closed) throw new JsonArrayError(opened ? 'the array is not closed' : 'expected a JSON array');
}
