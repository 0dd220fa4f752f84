import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/errors.js';
import { writeFileAtomically } from '../../../src/output/atomic-file.js';
import { OUTPUT_FORMATS, writeOutputs } from '../../../src/output/formats.js';
import { CONTEXT, FINDINGS } from './fixtures.js';
import { render } from './render.js';

const workspace = () => mkdtempSync(join(tmpdir(), 'scanner-outputs-'));

/** Writes `parts` one by one, then fails if told to, as a writer broken half-way would. */
function writing(parts: string[], failure?: Error) {
  return async (out: Writable) => {
    for (const part of parts) out.write(part);
    if (failure) throw failure;
    await new Promise<void>((resolve) => out.end(resolve));
  };
}

describe('writeFileAtomically', () => {
  it('writes the whole content and leaves no partial file', async () => {
    const directory = workspace();
    await writeFileAtomically(join(directory, 'out.txt'), writing(['one ', 'two']));
    expect(readFileSync(join(directory, 'out.txt'), 'utf8')).toBe('one two');
    expect(readdirSync(directory)).toEqual(['out.txt']);
  });

  it('on a failure half-way, removes the partial file and keeps what was there before', async () => {
    const directory = workspace();
    writeFileSync(join(directory, 'out.txt'), 'earlier scan');
    const failure = new Error('writer broke');
    await expect(writeFileAtomically(join(directory, 'out.txt'), writing(['half of it'], failure))).rejects.toBe(failure);
    expect(readdirSync(directory)).toEqual(['out.txt']);
    expect(readFileSync(join(directory, 'out.txt'), 'utf8')).toBe('earlier scan');
  });

  it.each([
    ['the directory does not exist', join('missing', 'out.txt'), () => undefined, /ENOENT/],
    ['a directory stands where the file goes', 'out.txt', (path: string) => mkdirSync(path), /EISDIR/],
  ])('fails with the file system error when %s, leaving no partial file', async (_, name, prepare, message) => {
    const path = join(workspace(), name);
    prepare(path);
    await expect(writeFileAtomically(path, writing(['content']))).rejects.toThrow(message);
    expect(existsSync(`${path}.partial`)).toBe(false);
  });
});

describe('writeOutputs', () => {
  it('writes each format as <directory>/<base name>.<extension>, creating the directory, in the order asked', async () => {
    const directory = join(workspace(), 'reports', 'acme');
    const paths = await writeOutputs(FINDINGS, CONTEXT, ['json-ocsf', 'csv', 'html'], directory, 'scan');
    expect(paths).toEqual(['scan.ocsf.json', 'scan.csv', 'scan.html'].map((name) => join(directory, name)));
    expect(readdirSync(directory).sort()).toEqual(['scan.csv', 'scan.html', 'scan.ocsf.json']);
    for (const format of ['csv', 'json-ocsf', 'html'] as const) {
      const path = join(directory, `scan.${OUTPUT_FORMATS[format].extension}`);
      expect(readFileSync(path, 'utf8')).toBe(await render(OUTPUT_FORMATS[format].write, FINDINGS, CONTEXT));
    }
  });

  it('stops at the first format it cannot write, with one error naming the directory, and no partial file', async () => {
    const directory = workspace();
    mkdirSync(join(directory, 'scan.ocsf.json'));
    const failure: unknown = await writeOutputs(FINDINGS, CONTEXT, ['csv', 'json-ocsf', 'html'], directory, 'scan').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScannerError);
    expect((failure as ScannerError).message).toMatch(new RegExp(`^cannot write the outputs to ${directory}: .*EISDIR`));
    expect(readdirSync(directory).sort()).toEqual(['scan.csv', 'scan.ocsf.json']);
  });

  it('fails with one error when the directory cannot be made', async () => {
    const file = join(workspace(), 'not-a-directory');
    writeFileSync(file, '');
    await expect(writeOutputs(FINDINGS, CONTEXT, ['csv'], join(file, 'out'), 'scan')).rejects.toThrow(
      new RegExp(`^cannot write the outputs to ${file}/out: .*(ENOTDIR|EEXIST)`),
    );
  });
});
