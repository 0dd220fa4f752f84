import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/checks/finding.js';
import { writeHtml } from '../../../src/output/html.js';
import { AWKWARD_CELL, CONTEXT, FINDINGS, HOSTILE_SCRIPT, HOSTILE_TAG, PASSING_KEY } from './fixtures.js';

const page = writeHtml(FINDINGS, CONTEXT);

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The text of the cell or card that follows `marker`, e.g. a count. */
function countAfter(html: string, marker: string): number {
  const match = new RegExp(`${marker}[^>]*>\\s*<span class="count">(\\d+)</span>`).exec(html);
  if (!match) throw new Error(`no count after ${marker}`);
  return Number(match[1]);
}

describe('writeHtml', () => {
  it('is one complete document with a single inline script', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
  });

  describe('loads nothing from the network', () => {
    it('has no external stylesheet, image, frame, font or script reference', () => {
      expect(page).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source)\b/i);
      expect(page).not.toMatch(/<script[^>]*\bsrc=/i);
      expect(page).not.toMatch(/@import|url\(|@font-face/i);
      expect(page).not.toMatch(/fetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    });

    it('mentions web addresses only as plain links to documentation', () => {
      const withoutLinks = page.replace(/<a href="https:\/\/[^"]+" rel="noopener noreferrer">/g, '');
      expect(withoutLinks).not.toMatch(/https?:\/\//i);
      expect(withoutLinks).not.toMatch(/(src|href|action)\s*=\s*["']?\s*\/\//i);
      // Remediation links only for findings that need action; the passing key gets none.
      expect(page.match(/<a href=/g)).toHaveLength(2);
    });

    it('forbids fetches and foreign scripts by policy, allowing its own script by hash', () => {
      const script = /<script>([\s\S]*)<\/script>/.exec(page)![1]!;
      const hash = createHash('sha256').update(script).digest('base64');
      // The attribute is HTML-escaped like every other; the browser reads it unescaped.
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;/g, "'");
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain(`script-src 'sha256-${hash}'`);
      expect(policy).not.toContain("script-src 'unsafe-inline'");
    });

    it('never turns a non-web URL into a link', () => {
      const hostileUrl: Finding = {
        ...PASSING_KEY,
        status: 'FAIL',
        check: { ...PASSING_KEY.check, relatedUrl: 'javascript:alert(1)', remediation: { text: 'x', url: 'data:text/html,<b>' } },
      };
      const html = writeHtml([hostileUrl], CONTEXT);
      expect(html).not.toContain('href="javascript:');
      expect(html).not.toContain('href="data:');
    });
  });

  describe('shows account data only as text', () => {
    it.each([
      ['a tag value', HOSTILE_TAG],
      ['a status detail and a resource name', HOSTILE_SCRIPT],
      ['the scan name', '<b>audit</b>'],
    ])('escapes %s', (_, hostile) => {
      expect(page).not.toContain(hostile);
      expect(page).toContain(escaped(hostile));
    });

    it('escapes a read failure message', () => {
      expect(page).toContain(`User is not authorized ${escaped(HOSTILE_SCRIPT)}`);
    });

    it('keeps quotes and separators of a resource ID as text', () => {
      expect(page).toContain(escaped(AWKWARD_CELL));
    });
  });

  it('states what was scanned, by whom, when and for how long', () => {
    for (const fact of [
      '123456789012',
      CONTEXT.account.callerArn,
      'eu-west-1, us-east-1',
      'scanner 0.1.0',
      '2026-03-04 05:04:00 UTC',
      '2 min 8 s',
      `<dt>Checks run</dt><dd>5</dd>`,
      '<dt>Partition</dt><dd>aws</dd>',
    ]) {
      expect(page).toContain(fact);
    }
  });

  it('lists the scopes that could not be read', () => {
    expect(page).toContain('2 reads failed');
    expect(page).toContain('<td>eu-west-1</td><td>cloudtrail</td><td><code>DescribeTrails</code></td>');
    expect(page).toContain('<td>us-east-1</td><td>s3</td><td><code>GetBucketPolicy</code></td>');
    expect(page).toContain('arn:aws:s3:::legacy-logs');
  });

  it('omits the unread-scopes section when every read succeeded', () => {
    expect(writeHtml(FINDINGS, { ...CONTEXT, failures: [] })).not.toContain('id="unread"');
  });

  it('counts unmuted findings by status, muted ones apart', () => {
    expect(countAfter(page, 'c-fail')).toBe(2);
    expect(countAfter(page, 'c-error')).toBe(1);
    expect(countAfter(page, 'c-manual')).toBe(1);
    expect(countAfter(page, 'c-pass')).toBe(1);
    expect(countAfter(page, 'c-muted')).toBe(1);
    expect(countAfter(page, 'c-total')).toBe(FINDINGS.length);
  });

  it('counts findings by severity and status', () => {
    const row = (severity: string) => {
      const match = new RegExp(`<tr><td><span class="sev v-${severity}">${severity}</span></td>(.*?)</tr>`).exec(page);
      return [...match![1]!.matchAll(/>(\d+)</g)].map((m) => Number(m[1]));
    };
    // Columns: FAIL, ERROR, MANUAL, PASS, muted, total.
    expect(row('critical')).toEqual([1, 0, 0, 0, 0, 1]);
    expect(row('high')).toEqual([1, 0, 0, 1, 0, 2]);
    expect(row('medium')).toEqual([0, 0, 0, 0, 1, 1]);
    expect(row('low')).toEqual([0, 0, 1, 0, 0, 1]);
    expect(row('informational')).toEqual([0, 1, 0, 0, 0, 1]);
  });

  it('lists unmuted failures first, most severe first, muted findings last', () => {
    const rows = [...page.matchAll(/<tr data-status="(\w+)" data-muted="(\d)">[\s\S]*?<code class="id">(\w+)<\/code>/g)].map(
      (m) => `${m[1]}${m[2] === '1' ? ' muted' : ''} ${m[3]}`,
    );
    expect(rows).toEqual([
      'FAIL ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
      'FAIL kms_cmk_rotation_enabled',
      'ERROR cloudtrail_insights_exist',
      'MANUAL iam_support_role_created',
      'PASS kms_cmk_rotation_enabled',
      'FAIL muted s3_bucket_default_encryption',
    ]);
  });

  it('says so when there are no findings', () => {
    const empty = writeHtml([], { ...CONTEXT, failures: [] });
    expect(empty).toContain('No findings.');
    expect(countAfter(empty, 'c-total')).toBe(0);
  });
});
