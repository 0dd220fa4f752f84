import { createReadStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/findings/finding.js';
import { CSV_COLUMNS } from '../../../src/output/csv.js';
import { OUTPUT_FORMATS, writeOutputs, type OutputFormat } from '../../../src/output/formats.js';
import { PAYLOAD_ELEMENT_ID, type ReportPayload } from '../../../src/output/html/payload.js';
import { jsonArrayElements } from '../../../src/output/json-array.js';
import type { OcsfDetectionFinding } from '../../../src/output/ocsf-model.js';
import { readOcsfFile, readOcsfScan } from '../../../src/output/ocsf-read.js';
import { CONTEXT, syntheticFindings } from './fixtures.js';
import { ChunkCounter } from './render.js';

const COUNT = 50_000;
/** No piece a writer hands its stream may come near the size of the file: 1 MiB against tens of megabytes. */
const LARGEST_CHUNK = 1 << 20;

describe(`writing ${COUNT.toLocaleString('en')} findings`, { timeout: 120_000 }, () => {
  const findings: Finding[] = syntheticFindings(COUNT);
  const directory = mkdtempSync(join(tmpdir(), 'scanner-streaming-'));
  const path = (format: OutputFormat) => join(directory, `scan.${OUTPUT_FORMATS[format].extension}`);

  // A size test, not a timing one: on a busy CI machine writing 50,000 findings three ways takes a while.
  beforeAll(async () => {
    await writeOutputs(findings, CONTEXT, ['csv', 'json-ocsf', 'html'], directory, 'scan');
  }, 120_000);

  it.each(['csv', 'json-ocsf', 'html'] as const)('hands %s to its stream in pieces, none of them the whole file', async (format) => {
    const counter = new ChunkCounter();
    await OUTPUT_FORMATS[format].write(findings, CONTEXT, counter);
    const total = counter.lengths.reduce((a, b) => a + b, 0);
    expect(total).toBe(readFileSync(path(format)).length);
    expect(Math.max(...counter.lengths)).toBeLessThanOrEqual(LARGEST_CHUNK);
    expect(counter.lengths.length).toBeGreaterThan(total / LARGEST_CHUNK);
  });

  it('writes a CSV row per finding, each with every column', () => {
    // The synthetic cells hold no separator, quote or line break, so lines and cells split plainly.
    const lines = readFileSync(path('csv'), 'utf8').split('\r\n');
    expect(lines).toHaveLength(COUNT + 2);
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines.at(-1)).toBe('');
    const uid = CSV_COLUMNS.indexOf('FINDING_UID');
    expect(lines.slice(1, -1).every((line, i) => line.split(';').length === CSV_COLUMNS.length && line.split(';')[uid] === findings[i]!.uid)).toBe(true);
  });

  it('writes JSON-OCSF that reads back whole, with the scan facts on the first record only', async () => {
    const { findings: read, context } = await readOcsfFile(path('json-ocsf'), 'the findings file', readOcsfScan);
    expect(read).toHaveLength(COUNT);
    expect(read.map((f) => [f.uid, f.status, f.muted, f.resource.tags])).toEqual(findings.map((f) => [f.uid, f.status, f.muted, f.resource.tags]));
    expect(context).toMatchObject({ scanName: CONTEXT.scanName, startedAt: CONTEXT.startedAt, checkIds: [...CONTEXT.checkIds].sort() });

    const withFacts: number[] = [];
    let index = 0;
    for await (const element of jsonArrayElements(createReadStream(path('json-ocsf'), { encoding: 'utf8' }) as AsyncIterable<string>)) {
      if ((JSON.parse(element) as OcsfDetectionFinding).unmapped.scan) withFacts.push(index);
      index += 1;
    }
    expect(withFacts).toEqual([0]);
  });

  it('writes an HTML report whose payload holds every finding', () => {
    const html = readFileSync(path('html'), 'utf8');
    const data = new RegExp(`<script type="application/octet-stream" id="${PAYLOAD_ELEMENT_ID}">([^<]*)</script>`).exec(html)![1]!;
    const payload = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as ReportPayload;
    expect(payload.findings.resourceId).toHaveLength(COUNT);
    expect(payload.strings[payload.findings.resourceId[COUNT - 1]!]).toBe(findings[COUNT - 1]!.resource.id);
    expect(payload.findings.muted.filter((muted) => muted === 1)).toHaveLength(findings.filter((f) => f.muted).length);
  });
});
