import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../../src/delivery/s3.js';
import { buildNotification, notifyWebhook, parseWebhookUrl } from '../../../src/delivery/webhook.js';
import { evaluateGate } from '../../../src/findings/gate.js';
import { UsageError } from '../../../src/errors.js';
import { CONTEXT, FINDINGS } from '../output/fixtures.js';
import { captureLog } from './capture-log.js';

const DELIVERY: Delivery = {
  bucket: 'consultant-reports',
  folder: 's3://consultant-reports/acme/scan/',
  region: 'eu-west-1',
  objects: [],
  bundle: { key: 'acme/scan/scan.tar.gz', url: 'https://consultant-reports.s3.eu-west-1.amazonaws.com/acme/scan/scan.tar.gz?X-Amz-Signature=b' },
  html: { key: 'acme/scan/scan.html', url: 'https://consultant-reports.s3.eu-west-1.amazonaws.com/acme/scan/scan.html?X-Amz-Signature=h' },
  expiresAt: new Date('2026-03-11T05:06:07.000Z'),
};

describe('parseWebhookUrl', () => {
  it.each(['https://hooks.slack.com/services/T0/B0/secret', 'http://127.0.0.1:8080/hook?token=x'])('accepts %s', (url) => {
    expect(parseWebhookUrl(url)).toBe(url);
  });

  it.each([
    ['not a url', /must be an http:\/\/ or https:\/\/ URL$/],
    ['ftp://example.com/hook', /not ftp:$/],
    ['file:///etc/passwd', /not file:$/],
    ['https://user:pass@example.com/hook', /must not contain user:password@/],
  ])('rejects %s', (url, message) => {
    expect(() => parseWebhookUrl(url)).toThrow(UsageError);
    expect(() => parseWebhookUrl(url)).toThrow(message);
  });
});

describe('buildNotification', () => {
  it('counts by status, unmuted FAILs by severity and muted findings, with links and a Slack summary', () => {
    const context = { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-<prod>' } };

    const body = buildNotification(FINDINGS, context, evaluateGate(FINDINGS, { failOn: 'high' }, false), DELIVERY);

    expect(body).toEqual({
      scanName: 'Quarterly <b>audit</b> & review',
      account: { id: '123456789012', alias: 'acme-<prod>' },
      startedAt: '2026-03-04T05:04:00.000Z',
      finishedAt: '2026-03-04T05:06:07.500Z',
      durationSeconds: 127.5,
      counts: {
        byStatus: { PASS: 1, FAIL: 3, MANUAL: 1, ERROR: 1 },
        failBySeverity: { critical: 1, high: 1, medium: 0, low: 0, informational: 0 },
        failing: 2,
        muted: 1,
      },
      gate: { passed: false, rule: 'unmuted FAIL findings at or above high', failing: 2, ignored: false },
      outputs: { bundleUrl: DELIVERY.bundle.url, htmlUrl: DELIVERY.html!.url, expiresAt: '2026-03-11T05:06:07.000Z' },
      text: [
        '*Quarterly &lt;b&gt;audit&lt;/b&gt; &amp; review*: account 123456789012 (acme-&lt;prod&gt;), scanned in 127.5 s',
        '2 failing (critical 1, high 1); 1 passed, 1 manual, 1 errors, 1 muted',
        'Result: fail, exit 3 (unmuted FAIL findings at or above high: 2)',
        `<${DELIVERY.html!.url}|HTML report> · <${DELIVERY.bundle.url}|all outputs (.tar.gz)>, links valid until 2026-03-11T05:06:07.000Z`,
      ].join('\n'),
    });
  });

  it('names the account when the scan has no name, and has no links when nothing was uploaded', () => {
    const passing = FINDINGS.filter((finding) => finding.status === 'PASS');

    const body = buildNotification(passing, { ...CONTEXT, scanName: undefined }, evaluateGate(passing, {}, false));

    expect(body.scanName).toBeNull();
    expect(body.account.alias).toBeNull();
    expect(body).not.toHaveProperty('outputs');
    expect(body.text).toBe(
      '*Scan of account 123456789012*, scanned in 127.5 s\nno failing findings; 1 passed, 0 manual, 0 errors, 0 muted\nResult: pass (unmuted FAIL findings: none)',
    );
  });
});

describe('notifyWebhook', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  /** A local server on a free loopback port; returns the URL of its /hook/<secret> path. */
  async function listen(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
    const server = createServer(handle);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook/T0-secret`;
  }

  const body = buildNotification(FINDINGS, CONTEXT, evaluateGate(FINDINGS, {}, true));

  it('POSTs the notification as JSON', async () => {
    const received: { method?: string; url?: string; contentType?: string; body?: unknown }[] = [];
    const url = await listen((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        received.push({ method: request.method, url: request.url, contentType: request.headers['content-type'], body: JSON.parse(text) });
        response.end('ok');
      });
    });
    const { log, entries } = captureLog();

    expect(await notifyWebhook(url, body, log)).toBe(true);

    expect(received).toEqual([{ method: 'POST', url: '/hook/T0-secret', contentType: 'application/json', body }]);
    expect(entries.filter((entry) => entry.level === 'warn')).toEqual([]);
  });

  it.each([
    [500, 'internal error'],
    [307, ''],
  ])('returns false and warns, without the secret path, when the webhook answers %i', async (status, answer) => {
    const url = await listen((_request, response) => {
      response.writeHead(status, { location: 'http://127.0.0.1:1/elsewhere' }).end(answer);
    });
    const { log, entries } = captureLog();

    expect(await notifyWebhook(url, body, log)).toBe(false);

    expect(entries).toEqual([expect.objectContaining({ level: 'warn', status, answer, webhook: new URL(url).origin })]);
    expect(JSON.stringify(entries)).not.toContain('secret');
  });

  it('returns false and warns when nothing listens on the port', async () => {
    const url = await listen(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const { log, entries } = captureLog();

    expect(await notifyWebhook(url, body, log)).toBe(false);

    expect(entries.map((entry) => entry.level)).toEqual(['warn']);
    expect(entries[0]!.error).toMatch(/ECONNREFUSED/);
  });

  it('returns false and warns when the webhook does not answer in time', async () => {
    const url = await listen(() => undefined);
    const { log, entries } = captureLog();

    expect(await notifyWebhook(url, body, log, 200)).toBe(false);

    expect(entries.map((entry) => entry.level)).toEqual(['warn']);
    expect(entries[0]!.error).toMatch(/timeout/);
  });
});
