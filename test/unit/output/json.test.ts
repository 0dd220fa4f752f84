import { describe, expect, it } from 'vitest';
import { inChunks, jsonPieces } from '../../../src/output/json-text.js';
import { JsonArrayError, jsonArrayElements } from '../../../src/output/json-array.js';
import { CONTEXT, FINDINGS } from './fixtures.js';

async function elements(chunks: Iterable<string>): Promise<string[]> {
  const found: string[] = [];
  for await (const element of jsonArrayElements(chunks)) found.push(element);
  return found;
}

/** The text cut into pieces of `size` characters, as a file stream might deliver it. */
function cut(text: string, size: number): string[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
}

describe('jsonPieces', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['an empty array', []],
    ['scalars', { text: 'a "quoted" \\ line\nbreak \u2028 é', number: -1.5e-7, yes: true, nothing: null }],
    ['undefined fields and elements', { gone: undefined, kept: [1, undefined, { gone: undefined }] }],
    ['nested arrays of objects', { rows: [[{ a: [] }, {}], [[[]]]], columns: { check: [0, 1, 2], status: [3, 2, 1] } }],
    ['the fixtures', { findings: FINDINGS, account: CONTEXT.account, failures: CONTEXT.failures }],
  ])('joins into what JSON.stringify gives for %s', (_, value) => {
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('yields pieces, not the whole text at once', () => {
    const value = { numbers: Array.from({ length: 1000 }, (_, i) => i) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(20);
  });
});

describe('inChunks', () => {
  it('joins pieces into chunks of at least the given length, the last one shorter, losing nothing', () => {
    const chunks = [...inChunks(['abc', 'de', 'f', 'ghij', 'k'], 4)];
    expect(chunks).toEqual(['abcde', 'fghij', 'k']);
    expect([...inChunks([], 4)]).toEqual([]);
  });
});

describe('jsonArrayElements', () => {
  const text = JSON.stringify([{ a: '[{,"}]' }, [1, [2]], 'x\\"]', 3, null, { b: { c: [] } }], null, 2);

  it.each([1, 2, 7, text.length])('gives each element of the array, whatever the chunks (%i characters)', async (size) => {
    const found = await elements(cut(text, size));
    expect(found.map((element) => JSON.parse(element) as unknown)).toEqual(JSON.parse(text));
  });

  it.each(['[]', ' [ ] \n', '[\n]'])('gives nothing for the empty array %j', async (empty) => {
    expect(await elements([empty])).toEqual([]);
  });

  it.each([
    ['', 'expected a JSON array'],
    ['{"a": 1}', 'expected a JSON array'],
    ['[1, 2', 'the array is not closed'],
    ['[1, 2] 3', 'unexpected text after the array'],
    ['[1,, 2]', 'element 1 is missing'],
    ['[1, ]', 'element 1 is missing'],
    ['[, 1]', 'element 0 is missing'],
  ])('rejects %j: %s', async (bad, message) => {
    await expect(elements([bad])).rejects.toThrow(JsonArrayError);
    await expect(elements([bad])).rejects.toThrow(message);
  });
});
