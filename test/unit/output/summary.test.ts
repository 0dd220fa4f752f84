import { describe, expect, it } from 'vitest';
import { Baseline } from '../../../src/findings/baseline.js';
import { evaluateGate } from '../../../src/findings/gate.js';
import { renderSummary } from '../../../src/output/summary.js';
import { CONTEXT, FINDINGS, HOSTILE_GROUP } from './fixtures.js';

describe('the summary printed after a scan', () => {
  it('counts statuses, muted findings and unmuted failures by severity, lists outputs and the verdict', () => {
    const text = renderSummary(FINDINGS, { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-prod' } }, {
      paths: ['out/scan.csv'],
      gate: evaluateGate(FINDINGS, { failOn: 'critical' }, false),
    });
    expect(text).toContain('account 123456789012 (acme-prod) as arn:aws:sts::123456789012:assumed-role/ScannerAudit/scanner-session');
    expect(text).toContain('PASS 1   FAIL 3   MANUAL 1   ERROR 1   (1 muted)');
    expect(text).toContain('unmuted FAIL by severity: critical 1, high 1, medium 0, low 0, informational 0');
    expect(text).toContain('Outputs:\n  out/scan.csv');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Result: fail, exit 3 (unmuted FAIL findings at or above critical: 1)');
  });

  it('tells -z apart, and compares with a baseline', () => {
    expect(renderSummary(FINDINGS, CONTEXT, { paths: [], gate: evaluateGate(FINDINGS, {}, true) })).toContain(
      'Result: fail, ignored by -z (unmuted FAIL findings: 2)',
    );
    const baseline = new Baseline('last.ocsf.json', [HOSTILE_GROUP]);
    const text = renderSummary(FINDINGS, CONTEXT, {
      paths: [],
      gate: evaluateGate(FINDINGS, { baseline }, false),
      baseline: { source: baseline.source, comparison: baseline.compare(FINDINGS, CONTEXT.checkIds, CONTEXT.account.regions) },
    });
    expect(text).toContain('Against the baseline last.ocsf.json: 1 new, 0 fixed, 1 unchanged failures');
    expect(text).toContain('  new:\n    [high] kms_cmk_rotation_enabled on key-without-rotation (us-east-1)\n');
    // The group's ID holds a line break, which the summary prints as a space.
    expect(text).toContain('  unchanged:\n    [critical] ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22 on semi;colon "quoted" second line (us-east-1)\n');
    expect(text).not.toContain('  fixed:');
    expect(text).toContain('Result: fail, exit 3 (unmuted FAIL findings not in the baseline: 1)');
  });

  it('gives the links to uploaded outputs', () => {
    const text = renderSummary(FINDINGS, CONTEXT, {
      paths: [],
      gate: evaluateGate(FINDINGS, {}, false),
      uploaded: { location: 's3://audits/acme/scan/', links: [{ label: 'report', url: 'https://audits.example/scan.html?X-Amz-Signature=1' }] },
    });
    expect(text).toContain('Uploaded to s3://audits/acme/scan/\n  report: https://audits.example/scan.html?X-Amz-Signature=1');
  });

  it('says how the calls were paced, when the scan reports it', () => {
    const gate = evaluateGate(FINDINGS, {}, false);
    const pacing = { sent: 1200, paced: 300, throttled: 4, retried: 5, exhausted: 0 };
    expect(renderSummary(FINDINGS, { ...CONTEXT, pacing }, { paths: [], gate })).toContain("  1200 API calls: 300 paced to AWS's rates, 4 throttled, 5 retried\n");
    expect(renderSummary(FINDINGS, CONTEXT, { paths: [], gate })).not.toContain('API calls');
  });
});
