import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import pLimit from 'p-limit';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsProxy, type AwsFault, type AwsProxy } from '../../../scripts/aws-proxy.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { sharedRefreshingCredentials } from '../../../src/provider/credentials.js';

/** Answers every KMS ListKeys with no keys: the calls that reach it succeeded. */
let upstream: Server;
let proxy: AwsProxy;
/** Keys the fake "AWS" behind the proxy rejects, and with which fault. */
let rejectedKeys = new Set<string>();
let rejection: AwsFault = 'expired';

beforeAll(async () => {
  upstream = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    response.end('{"Keys":[]}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startAwsProxy({
    upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    decide: (call) => (call.accessKeyId && rejectedKeys.has(call.accessKeyId) ? { fault: rejection } : 'forward'),
  });
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

function logCapture() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { log, warnings: () => lines.filter((line) => line.level === 40) };
}

/** A scan's clients whose credentials come from `fetch`, numbered K1, K2... per fetch. */
function scanClients(fetch: (n: number) => Promise<void> = () => Promise.resolve(), sessionToken: string | undefined = 'session') {
  let fetches = 0;
  const credentials = sharedRefreshingCredentials(async () => {
    const n = ++fetches;
    await fetch(n);
    return { accessKeyId: `K${n}`, secretAccessKey: 's', sessionToken };
  });
  const { log, warnings } = logCapture();
  const clients = new ClientFactory({ credentials, limit: pLimit(8), endpoint: proxy.endpoint, maxAttempts: 1, log });
  const listKeys = () => clients.get(KMSClient, 'eu-west-1').send(new ListKeysCommand({}));
  return { listKeys, fetches: () => fetches, warnings, clients };
}

describe('credentials AWS rejects before their expiry', () => {
  it('are renewed once for all waiting calls, and every call goes on', async () => {
    rejection = 'expired';
    rejectedKeys = new Set(['K1']);
    const scan = scanClients();
    const results = await Promise.all(Array.from({ length: 6 }, () => scan.listKeys()));
    expect(results.every((result) => Array.isArray(result.Keys))).toBe(true);
    expect(scan.fetches()).toBe(2);
    scan.clients.destroy();
  });

  it('are not renewed for a denied call, which renewing cannot fix', async () => {
    rejection = 'deny';
    rejectedKeys = new Set(['K1']);
    const scan = scanClients();
    await expect(scan.listKeys()).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(scan.fetches()).toBe(1);
    scan.clients.destroy();
  });

  it('renews again when the renewed key is rejected in turn', async () => {
    rejection = 'expired';
    rejectedKeys = new Set(['K1']);
    const scan = scanClients();
    await scan.listKeys();
    rejectedKeys.add('K2');
    await scan.listKeys();
    expect(scan.fetches()).toBe(3);
    scan.clients.destroy();
  });

  it('renews again within one call when the key it was renewed to is rejected before its retry', async () => {
    rejection = 'expired';
    rejectedKeys = new Set(['K1', 'K2', 'K3']);
    const scan = scanClients();
    await expect(scan.listKeys()).resolves.toMatchObject({ Keys: [] });
    expect(scan.fetches()).toBe(4);
    scan.clients.destroy();
  });

  it('gives up after a few renewals when every key the source hands out is rejected', async () => {
    rejection = 'expired';
    rejectedKeys = new Set(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    const scan = scanClients();
    await expect(scan.listKeys()).rejects.toMatchObject({ name: 'ExpiredTokenException' });
    expect(scan.fetches()).toBe(4);
    scan.clients.destroy();
  });

  it('when renewing fails: one warning, and each call fails with AWS own error', async () => {
    rejection = 'expired';
    rejectedKeys = new Set(['K1']);
    const scan = scanClients((n) => (n > 1 ? Promise.reject(new Error('the SSO session has ended')) : Promise.resolve()));
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => scan.listKeys()));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('rejected'));
    expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason as Error).map((error) => error.name)).toEqual(Array(5).fill('ExpiredTokenException'));
    await expect(scan.listKeys()).rejects.toMatchObject({ name: 'ExpiredTokenException' });
    expect(scan.fetches()).toBe(2);
    expect(scan.warnings()).toHaveLength(1);
    expect(scan.warnings()[0]!.msg).toMatch(/renewing them failed/);
    scan.clients.destroy();
  });
});

describe('sharedRefreshingCredentials.renew', () => {
  it('asks the source for newer credentials than its cached copy', async () => {
    const asked: boolean[] = [];
    const credentials = sharedRefreshingCredentials(({ forceRefresh }) => {
      asked.push(forceRefresh);
      return Promise.resolve({ accessKeyId: `K${asked.length}`, secretAccessKey: 's' });
    });
    const first = await credentials();
    await expect(credentials.renew(first)).resolves.toMatchObject({ accessKeyId: 'K2' });
    await expect(credentials.renew(first)).resolves.toMatchObject({ accessKeyId: 'K2' });
    expect(asked).toEqual([false, true]);
  });
});
