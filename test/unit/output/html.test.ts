import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/errors.js';
import { PAYLOAD_ELEMENT_ID, PAYLOAD_PLACEHOLDER, TITLE_PLACEHOLDER, type ReportPayload } from '../../../src/output/html/payload.js';
import { buildPayload, readTemplate, unreadScopes, writeHtml } from '../../../src/output/html/writer.js';
import { renderSummary } from '../../../src/output/summary.js';
import { evaluateGate } from '../../../src/findings/gate.js';
import { CONTEXT, FINDINGS, HOSTILE_SCRIPT, HOSTILE_TAG, KMS_ROTATION, UNREAD_TRAILS, syntheticFindings } from './fixtures.js';
import { render } from './render.js';

const page = await render(writeHtml, FINDINGS, CONTEXT);

/** The payload as the browser reads it: base64, then gzip, then JSON. */
function payloadOf(html: string): ReportPayload {
  const match = new RegExp(`<script type="application/octet-stream" id="${PAYLOAD_ELEMENT_ID}">([^<]*)</script>`).exec(html);
  return JSON.parse(gunzipSync(Buffer.from(match![1]!, 'base64')).toString('utf8')) as ReportPayload;
}

describe('writeHtml', () => {
  it('is one complete document with one script that runs and one block of data', () => {
    expect(page.slice(0, 15)).toBe('<!doctype html>');
    expect(page.trimEnd().slice(-7)).toBe('</html>');
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" crossorigin>', `<script type="application/octet-stream" id="${PAYLOAD_ELEMENT_ID}">`]);
  });

  it('allows only its own script, by hash, and no fetch of any kind', () => {
    const script = /<script type="module" crossorigin>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    const directives: Record<string, string[]> = Object.fromEntries(
      policy.split(';').map((directive): [string, string[]] => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual([`'sha256-${createHash('sha256').update(script).digest('base64')}'`]);
    expect(directives['style-src']).toEqual(["'unsafe-inline'"]);
    expect(Object.keys(directives).sort()).toEqual(['base-uri', 'default-src', 'form-action', 'script-src', 'style-src']);
  });

  it('references nothing outside the file', () => {
    for (const reference of [
      /<(link|img|iframe|object|embed|video|audio|source|base)\b/i,
      /\b(src|href|action)\s*=/i,
      /@import|\burl\(|@font-face/,
      /XMLHttpRequest|WebSocket|sendBeacon|EventSource|\bfetch\(/,
      /https?:\/\//,
    ]) {
      // The match alone, not the 200 kB page, if this fails.
      expect(reference.exec(page)?.[0]).toBeUndefined();
    }
  });

  it('carries account data only inside the base64 payload, never as markup', () => {
    for (const text of ['<img', 'alert(1)', '<b>']) expect(page.includes(text), text).toBe(false);
    const strings = payloadOf(page).strings;
    expect(strings).toContain(HOSTILE_SCRIPT);
    expect(strings).toContain(`Security group ${HOSTILE_SCRIPT} opens port 22 to 0.0.0.0/0 (${HOSTILE_TAG}).`);
  });

  it('names the scan and account in the page title, escaped', async () => {
    expect(/<title>(.*)<\/title>/.exec(page)![1]).toBe('Quarterly &lt;b&gt;audit&lt;/b&gt; &amp; review · AWS account 123456789012 · security posture report');
    const unnamed = await render(writeHtml, [], { ...CONTEXT, scanName: undefined });
    expect(/<title>(.*)<\/title>/.exec(unnamed)![1]).toBe('AWS account 123456789012 · security posture report');
  });

  it.each([
    ['the fixtures', FINDINGS, 0],
    // A payload of several chunks, so that gzip and base64 see it piece by piece.
    ['5,000 findings', syntheticFindings(5000), 4 * 65_536],
  ])('streams %s as a one-shot gzip of the whole payload would, byte for byte', async (_, findings, payloadLength) => {
    const json = JSON.stringify(buildPayload(findings, CONTEXT));
    const data = gzipSync(json).toString('base64');
    const title = /<title>(.*)<\/title>/.exec(page)![1]!;
    const expected = readTemplate().replace(TITLE_PLACEHOLDER, title).replace(PAYLOAD_PLACEHOLDER, data);
    expect(json.length).toBeGreaterThan(payloadLength);
    expect((await render(writeHtml, findings, CONTEXT)) === expected).toBe(true);
  });

  it('keeps a scan name that spells the data placeholder in the title, and the data in its block', async () => {
    const named = await render(writeHtml, FINDINGS, { ...CONTEXT, scanName: PAYLOAD_PLACEHOLDER });
    expect(/<title>(.*)<\/title>/.exec(named)![1]).toBe(`${PAYLOAD_PLACEHOLDER} · AWS account 123456789012 · security posture report`);
    expect(payloadOf(named).scan.name).toBe(PAYLOAD_PLACEHOLDER);
  });
});

describe('buildPayload', () => {
  const payload = buildPayload(FINDINGS, CONTEXT);

  it('states what was scanned, by whom and when', () => {
    expect(payload.scan).toEqual({
      name: 'Quarterly <b>audit</b> & review',
      accountId: '123456789012',
      accountAlias: null,
      partition: 'aws',
      callerArn: CONTEXT.account.callerArn,
      regions: ['eu-west-1', 'us-east-1'],
      scannerVersion: '0.1.0',
      startedAt: '2026-03-04T05:04:00.000Z',
      finishedAt: '2026-03-04T05:06:07.500Z',
      checksRun: 5,
    });
    expect(buildPayload([], { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-prod' } }).scan.accountAlias).toBe('acme-prod');
  });

  it('stores each check once, with its remediation snippets', () => {
    expect(payload.checks.map((c) => c.id)).toEqual([...new Set(FINDINGS.map((f) => f.check.id))]);
    const kms = payload.checks.find((c) => c.id === KMS_ROTATION.id)!;
    expect(kms.remediation).toEqual({
      text: 'Turn on automatic rotation.',
      url: KMS_ROTATION.remediation.url,
      cli: KMS_ROTATION.remediation.cli,
      terraform: KMS_ROTATION.remediation.terraform,
      cloudFormation: 'EnableKeyRotation: true',
      other: 'Console: Key rotation tab',
    });
    expect(payload.severities).toEqual(['critical', 'high', 'medium', 'low', 'informational']);
    expect(payload.statuses).toEqual(['FAIL', 'ERROR', 'MANUAL', 'PASS']);
  });

  it('keeps every finding as columns of indices that give back its fields', () => {
    const { findings: columns, strings } = payload;
    FINDINGS.forEach((finding, i) => {
      const tagSet = payload.tagSets[columns.tags[i]!] ?? [];
      const tags: Record<string, string> = Object.fromEntries(
        Array.from({ length: tagSet.length / 2 }, (_, t): [string, string] => [strings[tagSet[2 * t]!]!, strings[tagSet[2 * t + 1]!]!]),
      );
      expect({
        check: payload.checks[columns.check[i]!]!.id,
        status: payload.statuses[columns.status[i]!],
        muted: columns.muted[i] === 1,
        region: strings[columns.region[i]!],
        id: strings[columns.resourceId[i]!],
        name: strings[columns.resourceName[i]!],
        arn: strings[columns.resourceArn[i]!],
        detail: strings[columns.detail[i]!],
        tags,
      }).toEqual({
        check: finding.check.id,
        status: finding.status,
        muted: finding.muted,
        region: finding.region,
        id: finding.resource.id,
        name: finding.resource.name,
        arn: finding.resource.arn,
        detail: finding.statusExtended,
        tags: finding.resource.tags,
      });
    });
  });

  it('stores a repeated string once', () => {
    expect(payload.strings.filter((s) => s === 'us-east-1')).toHaveLength(1);
    expect(new Set(payload.strings).size).toBe(payload.strings.length);
  });
});

describe('the count of scopes that could not be read', () => {
  it('is the printed summary\'s, not one per listed cause', () => {
    // Two calls of one listing and two checks' own wordings of it: several causes, one scope.
    const trails = CONTEXT.failures[0]!;
    const context = { ...CONTEXT, failures: [trails, { ...trails, operation: 'GetTrailStatus' }] };
    const reworded = {
      ...UNREAD_TRAILS,
      check: { ...UNREAD_TRAILS.check, id: 'cloudtrail_multi_region_enabled' },
      statusExtended: 'Could not judge the trails: DescribeTrails failed (AccessDenied).',
    };
    const findings = [UNREAD_TRAILS, reworded];
    const live = buildPayload(findings, context);
    expect(live.unread.length).toBeGreaterThan(1);
    expect(live.unreadScopeCount).toBe(1);
    expect(renderSummary(findings, context, { paths: [], gate: evaluateGate(findings, {}, false) })).toContain('Incomplete: 1 scope in 1 region could not be read');
  });

  it('is the number of causes in a report rebuilt from saved findings, which have no read failures', () => {
    expect(buildPayload(FINDINGS, { ...CONTEXT, failures: [] }).unreadScopeCount).toBe(unreadScopes(FINDINGS, []).length);
  });
});

describe('unreadScopes', () => {
  const trailsDenied = CONTEXT.failures[0]!;
  const policyUnread = CONTEXT.failures[1]!;

  it('names each ERROR cause once, with the checks it left without a verdict', () => {
    const other = { ...UNREAD_TRAILS, check: { ...UNREAD_TRAILS.check, id: 'cloudtrail_multi_region_enabled' } };
    expect(unreadScopes([UNREAD_TRAILS, other, UNREAD_TRAILS], [])).toEqual([
      { region: 'eu-west-1', message: UNREAD_TRAILS.statusExtended, checkIds: ['cloudtrail_insights_exist', 'cloudtrail_multi_region_enabled'] },
    ]);
  });

  it('looks the same rebuilt from saved findings as after a live scan, adding reads no verdict depended on', () => {
    expect(unreadScopes(FINDINGS, [trailsDenied])).toEqual(unreadScopes(FINDINGS, []));
    expect(unreadScopes(FINDINGS, [trailsDenied, policyUnread])).toEqual([
      { region: 'eu-west-1', message: UNREAD_TRAILS.statusExtended, checkIds: ['cloudtrail_insights_exist'] },
      { region: 'us-east-1', message: `s3 GetBucketPolicy failed for arn:aws:s3:::legacy-logs (${policyUnread.message}).`, checkIds: [] },
    ]);
  });
});

describe('readTemplate', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scanner-template-'));

  it('fails with one line telling to build when the template is missing', () => {
    const missing = pathToFileURL(join(directory, 'absent.html'));
    expect(() => readTemplate([missing])).toThrow(ScannerError);
    expect(() => readTemplate([missing])).toThrow(/^the HTML report template has not been built: run `npm run build`$/);
  });

  it('refuses a template without exactly one place for the title and the data', () => {
    const damaged = join(directory, 'damaged.html');
    writeFileSync(damaged, '<!doctype html><p>no data here</p>');
    expect(() => readTemplate([pathToFileURL(damaged)])).toThrow(/is damaged: run `npm run build`$/);
  });

  it('uses the first template that exists', () => {
    const present = join(directory, 'template.html');
    writeFileSync(present, '<title>__REPORT_TITLE__</title><script type="application/octet-stream">__REPORT_DATA__</script>');
    expect(readTemplate([pathToFileURL(join(directory, 'absent.html')), pathToFileURL(present)])).toContain('__REPORT_DATA__');
  });
});
