import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCatalog, loadChecks } from '../../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS } from '../../../src/checks/check.js';
import { evaluateCheck } from '../../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { UsageError } from '../../../src/errors.js';
import { decodeValue, encodeValue } from '../../../src/inventory/encoding.js';
import { MANIFEST_FILE } from '../../../src/inventory/manifest.js';
import { openInventory, WITHHELD_SECRET } from '../../../src/inventory/open.js';
import { checkInventoryTarget, saveInventory } from '../../../src/inventory/save.js';
import { ResourceMap, failureOf, known, need, secret, unread, type AwsResource, type Field, type ReadFailure } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { SAMPLES } from '../../helpers/fixtures/samples.js';

const failure: ReadFailure = { service: 's3', collection: 'buckets', region: 'eu-west-1', operation: 'GetBucketPolicy', message: 'AccessDenied: denied', resourceArn: 'arn:aws:s3:::b' };
const noWithheld = (): ReadFailure => {
  throw new Error('nothing was withheld');
};
const roundTrip = (value: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(value, 'value'))), noWithheld);

describe('a value reads back exactly as it was saved', () => {
  it.each<[string, unknown]>([
    ['plain JSON', { a: 1, b: 'x', c: [true, null, { d: -2.5 }] }],
    ['undefined properties stay, absent ones stay absent', { present: undefined, list: [undefined, 1] }],
    ['numbers JSON cannot write', [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0]],
    ['big integers', 12345678901234567890n],
    ['dates, valid or not', [new Date('2026-01-02T03:04:05.678Z'), new Date(Number.NaN)]],
    ['maps with any keys, in order', new Map<unknown, unknown>([['z', 1], [2, new Set(['a'])], [{ k: 1 }, new Date(0)]])],
    ['sets', new Set([3, 1, 2])],
    ['bytes', new Uint8Array([0, 255, 7])],
    ['an object whose key is the tag', { $: ['date', 'not a tag'], other: 1 }],
  ])('%s', (_name, value) => {
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it('keeps a known field known and an unread field unread with its failure', () => {
    const decoded = roundTrip({ policy: known({ Version: '2012-10-17' }), acl: unread(failure), nested: known(known(new Date(5))) }) as Record<string, Field<unknown>>;
    expect(need(decoded.policy!)).toEqual({ Version: '2012-10-17' });
    expect(failureOf(decoded.acl!)).toEqual(failure);
    expect(need(need(decoded.nested!) as Field<unknown>)).toEqual(new Date(5));
  });

  it('withholds a secret: only a marker is written, and it reads back as unread naming why', () => {
    const encoded = JSON.stringify(encodeValue({ environment: secret({ TOKEN: 'hunter2-planted' }) }, 'fn'));
    expect(encoded).not.toContain('hunter2-planted');
    const withheld: ReadFailure = { service: 'lambda', region: 'eu-west-1', operation: 'inventory', message: WITHHELD_SECRET };
    const decoded = decodeValue(JSON.parse(encoded), () => withheld) as { environment: Parameters<typeof need>[0] };
    expect(() => need(decoded.environment)).toThrow(/inventories never hold values that may contain secrets/);
  });

  it('refuses a class instance it could not read back, naming where it is', () => {
    class Policy {
      statements = [];
    }
    expect(() => encodeValue({ arn: 'a', document: { inner: new Policy() } }, 'iam.policies a')).toThrow('cannot save iam.policies a.document.inner: a Policy instance');
  });
});

/** A withheld secret, saved again: an unread field whose failure is the inventory's own. */
const WITHHELD_AGAIN = /\{"\$":\["unread",\{[^{}]*"operation":"inventory"[^{}]*\}\]\}/g;

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'scanner-inventory-'));
}

/** Every sample collection in maps, with a failed listing in one region of every third, as a scan would leave them. */
function sampleMaps(): ResourceMap<AwsResource>[] {
  return Object.entries(SAMPLES).map(([key, make], index) => {
    const [service, name] = key.split('.') as [string, string];
    const map = new ResourceMap<AwsResource>(service, name);
    for (const resource of make()) map.add(resource);
    if (index % 3 === 0) map.fail({ region: 'us-east-1', operation: `List${name}`, message: 'AccessDenied: denied' });
    return map;
  });
}

async function saved(maps: ResourceMap<AwsResource>[]): Promise<string> {
  const directory = join(workspace(), 'inventory');
  await saveInventory(directory, { startedAt: new Date(0), finishedAt: new Date(1000), checks: ['a_check'], accounts: [{ account: FIXTURE_ACCOUNT, collections: maps }] });
  return directory;
}

describe('every collection of the catalog, saved and replayed', async () => {
  const maps = sampleMaps();
  const directory = await saved(maps);
  const [replayed] = (await openInventory(directory)).accounts;

  it('holds every collection, its resources in order and its failures', () => {
    expect([...replayed!.collections.keys()].sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const map of maps) {
      const back = replayed!.collections.get(`${map.service}.${map.name}`)!;
      expect(back.found().map((resource) => resource.arn), `${map.service}.${map.name}`).toEqual(map.found().map((resource) => resource.arn));
      expect(back.failures).toEqual(map.failures);
      // Saved again, it is what was saved, a withheld secret aside: nothing was lost or changed on the way.
      const again = JSON.stringify(back.found().map((resource) => encodeValue(resource, 'again'))).replace(WITHHELD_AGAIN, '{"$":["secret"]}');
      expect(again).toBe(JSON.stringify(map.found().map((resource) => encodeValue(resource, 'first'))));
    }
  });

  it('gives every check exactly the findings the live data gave', async () => {
    const checks = await loadChecks(checkCatalog);
    const context = {
      account: FIXTURE_ACCOUNT,
      options: DEFAULT_SCAN_OPTIONS,
      config: DEFAULT_AWS_CONFIG,
      checksInScan: new Set(checkCatalog.map((entry) => entry.id)),
      timestamp: '2026-01-01T00:00:00.000Z',
    };
    const live = new Map(maps.map((map) => [`${map.service}.${map.name}`, map]));
    const differing = checks.filter((check) => {
      const before = JSON.stringify(evaluateCheck(check, live, context).findings);
      const after = JSON.stringify(evaluateCheck(check, replayed!.collections, context).findings);
      return before !== after;
    });
    expect(differing.map((check) => check.metadata.id)).toEqual([]);
  }, 60_000);

  it('the manifest names the account, its regions, the checks and a SHA-256 per file', () => {
    const manifest = JSON.parse(readFileSync(join(directory, MANIFEST_FILE), 'utf8')) as Record<string, unknown> & { files: Record<string, { sha256: string }> };
    expect(manifest).toMatchObject({ format: 'scanner-inventory', formatVersion: 1, caller: FIXTURE_ACCOUNT.callerArn, regions: FIXTURE_ACCOUNT.regions, checks: ['a_check'] });
    const [file, { sha256 }] = Object.entries(manifest.files)[0]!;
    expect(file).toMatch(new RegExp(`^${FIXTURE_ACCOUNT.id}/[a-z0-9]+/\\w+\\.jsonl\\.gz$`));
    expect(createHash('sha256').update(readFileSync(join(directory, file))).digest('hex')).toBe(sha256);
  });
});

describe('a damaged inventory is refused with one line naming the file', () => {
  const map = new ResourceMap<AwsResource>('s3', 'buckets');
  map.add({ arn: 'arn:aws:s3:::logs', id: 'logs', region: 'eu-west-1', tags: {} });
  const fileOf = (directory: string) => join(directory, FIXTURE_ACCOUNT.id, 's3', 'buckets.jsonl.gz');
  /** Rewrites a file and, unless `tamper`, its hash too: damage the manifest cannot see. */
  const rewrite = (directory: string, change: (text: string) => string | Buffer, tamper = false) => {
    const path = fileOf(directory);
    const next = change(gunzipSync(readFileSync(path)).toString('utf8'));
    const bytes = typeof next === 'string' ? gzipSync(next) : next;
    writeFileSync(path, bytes);
    if (tamper) return;
    const manifestPath = join(directory, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, { sha256: string }> };
    manifest.files[`${FIXTURE_ACCOUNT.id}/s3/buckets.jsonl.gz`]!.sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest));
  };
  const editManifest = (directory: string, change: (manifest: Record<string, unknown>) => void) => {
    const path = join(directory, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    change(manifest);
    writeFileSync(path, JSON.stringify(manifest));
  };

  it.each<[string, (directory: string) => void, RegExp]>([
    ['a changed resource', (d) => rewrite(d, (text) => text.replace('logs', 'l0gs'), true), /buckets\.jsonl\.gz: its SHA-256 does not match the manifest/],
    ['a truncated file', (d) => writeFileSync(fileOf(d), readFileSync(fileOf(d)).subarray(0, 20)), /buckets\.jsonl\.gz: its SHA-256 does not match/],
    ['a truncated gzip stream with a matching hash', (d) => rewrite(d, (text) => gzipSync(text).subarray(0, 25)), /buckets\.jsonl\.gz: is not a valid gzip file/],
    ['a line that is not JSON', (d) => rewrite(d, (text) => `${text}{"resource":\n`), /buckets\.jsonl\.gz: line 3: /],
    ['a line of the wrong shape', (d) => rewrite(d, (text) => `${text}{"resources":[]}\n`), /buckets\.jsonl\.gz: line 3: /],
    ['a resource the manifest does not count', (d) => rewrite(d, (text) => `${text}{"resource":{"arn":"arn:aws:s3:::x","region":"eu-west-1"}}\n`), /holds 2 resources and 0 failures, the manifest says 1/],
    ['a missing file', (d) => writeFileSync(join(d, MANIFEST_FILE), readFileSync(join(d, MANIFEST_FILE), 'utf8').replaceAll('s3/buckets', 's3/gone')), /gone\.jsonl\.gz: is missing/],
    ['a newer format', (d) => editManifest(d, (m) => (m.formatVersion = 2)), /manifest\.json: format version 2 is newer than this scanner reads \(1\); upgrade the scanner/],
    ['a manifest of the wrong schema', (d) => editManifest(d, (m) => delete m.checks), /manifest\.json: unexpected manifest at checks/],
    ['a manifest cut short', (d) => writeFileSync(join(d, MANIFEST_FILE), '{"format": "scanner-inv'), /manifest\.json: not valid JSON/],
    ['no manifest', (d) => writeFileSync(join(d, MANIFEST_FILE), ''), /manifest\.json: not valid JSON/],
  ])('%s', async (_name, damage, message) => {
    const directory = await saved([map]);
    damage(directory);
    const refused = openInventory(directory);
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toThrow(message);
  });

  it('a folder without a manifest is not an inventory', async () => {
    await expect(openInventory(workspace())).rejects.toThrow(/is not an inventory: it has no manifest\.json/);
  });
});

describe('saving', () => {
  it('refuses a folder that is not empty before the scan, and leaves no partial folder behind', async () => {
    const directory = workspace();
    writeFileSync(join(directory, 'notes.txt'), 'mine');
    await expect(checkInventoryTarget(directory)).rejects.toThrow(/--save-inventory .*: the folder is not empty/);
    await expect(checkInventoryTarget(join(directory, 'new'))).resolves.toBeUndefined();
    const target = join(directory, 'new');
    const bad = new ResourceMap<AwsResource>('x', 'y');
    bad.add({ arn: 'a', id: 'a', region: 'r', tags: {}, handle: new (class Handle {})() } as AwsResource);
    await expect(saveInventory(target, { startedAt: new Date(), finishedAt: new Date(), checks: [], accounts: [{ account: FIXTURE_ACCOUNT, collections: [bad] }] })).rejects.toThrow(/a Handle instance/);
    expect(readdirSync(directory)).toEqual(['notes.txt']);
  });
});
