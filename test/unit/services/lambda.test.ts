import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetFunctionCommand, GetLayerVersionByArnCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { strToU8, zipSync } from 'fflate';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG, type AwsConfig } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { need } from '../../../src/services/resource-map.js';
import { MAX_PACKAGE_BYTES, UnreadablePackageError, scanArchive, scanPackageAt } from '../../../src/services/lambda/code-package.js';
import { globPattern } from '../../../src/secrets/ignore-files.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const accessKeyId = ['AKIA', 'Z5XQ7J3KP2M4N6RT'].join('');
const databaseUrl = ['postgres://app:', 'S3cretPassw0rd', '@db.internal:5432/orders'].join('');

const LEAKY_PACKAGE = zipSync({
  'app.py': strToU8(['import os', '', `KEY = "${accessKeyId}"`].join('\n')),
  'lib/': new Uint8Array(),
  'lib/db.json': strToU8(`{\n  "url": "${databaseUrl}"\n}`),
  'lib/clean.txt': strToU8('nothing to see'),
});
const CLEAN_PACKAGE = zipSync({ 'index.js': strToU8('exports.handler = async () => 42;') });

/** Serves each path's bytes; /slow never answers, /missing answers 404, /huge declares more than the cap. */
let server: Server;
let baseUrl: string;
const served = new Map<string, Uint8Array>([
  ['/leaky.zip', LEAKY_PACKAGE],
  ['/clean.zip', CLEAN_PACKAGE],
  ['/text', strToU8('this is not a zip archive')],
]);

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = served.get(request.url ?? '');
    if (request.url === '/slow') return;
    if (request.url === '/huge') {
      response.writeHead(200, { 'content-length': String(MAX_PACKAGE_BYTES + 1) });
      response.write('PK');
      return;
    }
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const noIgnores = { ignorePatterns: [], ignoreFiles: [] };

describe('code package scanning', () => {
  it('downloads a zip and names each file holding secrets, with line and kind, skipping directories', async () => {
    expect(await scanPackageAt(`${baseUrl}/leaky.zip`, noIgnores)).toEqual([
      { path: 'app.py', secrets: [{ line: 3, kind: 'AWS access key' }] },
      { path: 'lib/db.json', secrets: [{ line: 2, kind: 'PostgreSQL connection string with password' }] },
    ]);
    expect(await scanPackageAt(`${baseUrl}/clean.zip`, noIgnores)).toEqual([]);
  });

  it('skips files matching secrets_ignore_files and lines matching secrets_ignore_patterns', async () => {
    expect(await scanArchive(LEAKY_PACKAGE, { ignorePatterns: [], ignoreFiles: ['*.json'] })).toEqual([{ path: 'app.py', secrets: [{ line: 3, kind: 'AWS access key' }] }]);
    expect(await scanArchive(LEAKY_PACKAGE, { ignorePatterns: ['KEY = '], ignoreFiles: ['lib/*'] })).toEqual([]);
  });

  it('scans entries of a package larger than one unzip slice', async () => {
    const padding = 'x'.repeat(700 * 1024);
    const archive = zipSync({ 'a.txt': strToU8(padding), 'b.py': strToU8(`K = "${accessKeyId}"`), 'c.txt': strToU8(padding) }, { level: 0 });
    expect(await scanArchive(archive, noIgnores)).toEqual([{ path: 'b.py', secrets: [{ line: 1, kind: 'AWS access key' }] }]);
  });

  it.each([
    { what: 'an HTTP error', path: '/missing', message: /HTTP 404/ },
    { what: 'bytes that are not a zip', path: '/text', message: /not a zip archive/ },
    { what: 'a declared size over the cap', path: '/huge', message: /over the 50\.0 MB scan limit/ },
  ])('fails on $what', async ({ path, message }) => {
    const scan = scanPackageAt(`${baseUrl}${path}`, noIgnores);
    await expect(scan).rejects.toThrow(UnreadablePackageError);
    await expect(scan).rejects.toThrow(message);
  });

  it('gives up on a download that does not answer in time', async () => {
    await expect(scanPackageAt(`${baseUrl}/slow`, { ...noIgnores, timeoutMs: 200 })).rejects.toThrow(/timed out after 0.2 s/);
  });

  it('refuses a truncated archive rather than scanning what is left', async () => {
    await expect(scanArchive(LEAKY_PACKAGE.subarray(0, LEAKY_PACKAGE.length - 10), noIgnores)).rejects.toThrow(/not a zip archive/);
  });
});

describe('secrets_ignore_files globs, read as fnmatch reads them', () => {
  it.each([
    { glob: '*.deps.json', path: 'bin/app.deps.json', matches: true },
    { glob: '*.deps.json', path: 'app.deps.json.bak', matches: false },
    { glob: 'vendor/*', path: 'vendor/a/b.py', matches: true },
    { glob: 'file?.txt', path: 'file1.txt', matches: true },
    { glob: 'file?.txt', path: 'file10.txt', matches: false },
    { glob: '[!a]*.py', path: 'b.py', matches: true },
    { glob: '[!a]*.py', path: 'a.py', matches: false },
    { glob: 'a+b(1).py', path: 'a+b(1).py', matches: true },
  ])('$glob against $path: $matches', ({ glob, path, matches }) => {
    expect(globPattern(glob).test(path)).toBe(matches);
  });
});

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (config: Partial<AwsConfig> = {}) => ({
  account: FIXTURE_ACCOUNT,
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, ...config },
});
const regionOf = (getClient: () => LambdaClient) => getClient().config.region();
const functionArn = (name: string) => `arn:aws:lambda:eu-west-1:${FIXTURE_ACCOUNT.id}:function:${name}`;
const denied = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException' });

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());
afterAll(() => lambda.restore());

/** eu-west-1 lists `functions`; us-east-1 lists none. */
function listing(functions: Record<string, unknown>[]): void {
  lambda.on(ListFunctionsCommand).callsFake(async (_input, getClient: () => LambdaClient) =>
    (await regionOf(getClient)) === 'eu-west-1' ? { Functions: functions.map((fn) => ({ FunctionArn: functionArn(fn.FunctionName as string), ...fn })) } : { Functions: [] },
  );
}

// moto 5.2.1 keeps neither KMSKeyArn nor DeadLetterConfig of a function.
describe('Lambda functions', () => {
  it('reads the environment key and dead-letter target ListFunctions reports, and takes empty values for none', async () => {
    const key = `arn:aws:kms:eu-west-1:${FIXTURE_ACCOUNT.id}:key/1`;
    const queue = `arn:aws:sqs:eu-west-1:${FIXTURE_ACCOUNT.id}:dlq`;
    listing([
      { FunctionName: 'keyed', Environment: { Variables: { STAGE: 'prod' } }, KMSKeyArn: key, DeadLetterConfig: { TargetArn: queue }, CodeSize: 10 },
      { FunctionName: 'bare', Environment: { Variables: {} }, KMSKeyArn: '', DeadLetterConfig: {}, PackageType: 'Image' },
    ]);

    const loaded = await loadService(scope(), 'lambda', ['functions']);

    expect(lambda.commandCalls(ListFunctionsCommand).every((call) => call.args[0].input.MaxItems === 50)).toBe(true);
    const byName = Object.fromEntries(loaded.functions.all().map((fn) => [fn.name, fn]));
    expect(need(byName.keyed!.environment!)).toEqual({ STAGE: 'prod' });
    expect(byName.keyed).toMatchObject({ kmsKeyArn: key, deadLetterTargetArn: queue, packageType: 'Zip', codeSize: 10 });
    expect(byName.bare).toMatchObject({ environment: null, kmsKeyArn: null, deadLetterTargetArn: null, packageType: 'Image', codeSize: 0 });
  });
});

// moto 5.2.1's code locations point at AWS's own S3 endpoints, and it answers GetLayerVersionByArn without content.
describe('Lambda code secrets', () => {
  it('downloads each zip function located by GetFunction; images, oversized packages and denied calls make no download', async () => {
    listing([
      { FunctionName: 'leaky', CodeSize: 900 },
      { FunctionName: 'clean', CodeSize: 300 },
      { FunctionName: 'image', PackageType: 'Image' },
      { FunctionName: 'huge', CodeSize: 2 * MAX_PACKAGE_BYTES },
      { FunctionName: 'denied', CodeSize: 300 },
      { FunctionName: 'gone', CodeSize: 300 },
      { FunctionName: 'unlocated', CodeSize: 300 },
    ]);
    const locations: Record<string, string> = { leaky: '/leaky.zip', clean: '/clean.zip', gone: '/missing' };
    lambda.on(GetFunctionCommand).callsFake((input: { FunctionName: string }) => {
      if (input.FunctionName === 'denied') throw denied();
      const location = locations[input.FunctionName];
      return { Code: location ? { Location: `${baseUrl}${location}`, RepositoryType: 'S3' } : {} };
    });

    const loaded = await loadService(scope({ secrets_ignore_files: ['lib/*.json'] }), 'lambda', ['functionCodeSecrets']);

    const fetched = lambda.commandCalls(GetFunctionCommand).map((call) => call.args[0].input.FunctionName).sort();
    expect(fetched).toEqual(['clean', 'denied', 'gone', 'leaky', 'unlocated']);
    const codeOf = (name: string) => need(loaded.functionCodeSecrets.found().find((fn) => fn.name === name)!.codeSecrets);
    expect(codeOf('leaky')).toEqual([{ path: 'app.py', secrets: [{ line: 3, kind: 'AWS access key' }] }]);
    expect(codeOf('clean')).toEqual([]);
    expect(codeOf('image')).toBeNull();
    expect(codeOf('unlocated')).toBeNull();
    expect(failuresIn(loaded).map(({ operation, message, resourceArn }) => ({ operation, resourceArn, message }))).toEqual(
      expect.arrayContaining([
        { operation: 'code package read', resourceArn: functionArn('huge'), message: expect.stringMatching(/over the 50\.0 MB scan limit/) as unknown },
        { operation: 'GetFunction', resourceArn: functionArn('denied'), message: expect.stringMatching(/denied/) as unknown },
        { operation: 'code package read', resourceArn: functionArn('gone'), message: expect.stringMatching(/HTTP 404/) as unknown },
      ]),
    );
    expect(failuresIn(loaded)).toHaveLength(3);
  });

  it('a region whose functions could not be listed fails there with ListFunctions', async () => {
    lambda.on(ListFunctionsCommand).rejects(denied());

    const loaded = await loadService(scope(), 'lambda', ['functionCodeSecrets']);

    expect(() => loaded.functionCodeSecrets.all('eu-west-1')).toThrow(/ListFunctions/);
    expect(lambda.commandCalls(GetFunctionCommand)).toHaveLength(0);
  });
});

describe('Lambda layers', () => {
  const layerArn = (account: string, name: string, version: number) => `arn:aws:lambda:eu-west-1:${account}:layer:${name}:${version}`;
  const own = layerArn(FIXTURE_ACCOUNT.id, 'shared', 2);
  const vendor = layerArn('999988887777', 'vendor', 7);
  const locked = layerArn('444455556666', 'locked', 1);

  it('reads each layer version the functions use once, by ARN, and scans its content', async () => {
    listing([
      { FunctionName: 'a', Layers: [{ Arn: own }, { Arn: vendor }] },
      { FunctionName: 'b', Layers: [{ Arn: own }, { Arn: locked }] },
      { FunctionName: 'c' },
    ]);
    lambda.on(GetLayerVersionByArnCommand).callsFake((input: { Arn: string }) => {
      if (input.Arn === locked) throw denied();
      return { Content: input.Arn === own ? { Location: `${baseUrl}/leaky.zip`, CodeSize: 900 } : {} };
    });

    const loaded = await loadService(scope(), 'lambda', ['layers']);

    expect(lambda.commandCalls(GetLayerVersionByArnCommand).map((call) => call.args[0].input.Arn).sort()).toEqual([own, locked, vendor].sort());
    const layers = loaded.layers.found().sort((x, y) => x.arn.localeCompare(y.arn));
    expect(layers.map(({ arn, id, name, version, region }) => ({ arn, id, name, version, region }))).toEqual([
      { arn: own, id: 'shared', name: 'shared', version: '2', region: 'eu-west-1' },
      { arn: locked, id: 'locked', name: 'locked', version: '1', region: 'eu-west-1' },
      { arn: vendor, id: 'vendor', name: 'vendor', version: '7', region: 'eu-west-1' },
    ]);
    const contentOf = (arn: string) => need(layers.find((layer) => layer.arn === arn)!.contentSecrets);
    expect(contentOf(own)).toHaveLength(2);
    expect(contentOf(vendor)).toBeNull();
    expect(failuresIn(loaded)).toEqual([expect.objectContaining({ operation: 'GetLayerVersionByArn', resourceArn: locked })]);
  });

  it('refuses content whose listed size is over the cap without downloading it', async () => {
    listing([{ FunctionName: 'a', Layers: [{ Arn: own }] }]);
    lambda.on(GetLayerVersionByArnCommand).resolves({ Content: { Location: `${baseUrl}/slow`, CodeSize: 2 * MAX_PACKAGE_BYTES } });

    const loaded = await loadService(scope(), 'lambda', ['layers']);

    expect(failuresIn(loaded)).toEqual([expect.objectContaining({ operation: 'layer content read', resourceArn: own, message: expect.stringMatching(/scan limit/) as unknown })]);
  });
});
