import { describe, expect, it } from 'vitest';
import { Baseline } from '../../../src/findings/baseline.js';
import { gatingFailures } from '../../../src/findings/gate.js';
import { writeFileAtomically } from '../../../src/output/atomic-file.js';
import { writeOcsf } from '../../../src/output/ocsf.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../../src/errors.js';
import { CONTEXT, FAILING_KEY, FINDINGS, HOSTILE_GROUP, MUTED_BUCKET, PASSING_KEY, finding, KMS_ROTATION } from '../output/fixtures.js';

/** FINDINGS holds two unmuted FAILs: a critical security group and a high KMS key; the muted FAIL never counts. */
describe('the CI gate', () => {
  it('counts every unmuted FAIL by default', () => {
    expect(gatingFailures(FINDINGS, {})).toEqual([HOSTILE_GROUP, FAILING_KEY]);
  });

  it.each([
    ['critical', [HOSTILE_GROUP]],
    ['high', [HOSTILE_GROUP, FAILING_KEY]],
    ['informational', [HOSTILE_GROUP, FAILING_KEY]],
  ] as const)('--fail-on %s counts FAILs at or above it', (failOn, expected) => {
    expect(gatingFailures(FINDINGS, { failOn })).toEqual(expected);
  });

  it('with a baseline, counts only the failures the baseline did not have', () => {
    const baseline = new Baseline('old.ocsf.json', [HOSTILE_GROUP]);
    expect(gatingFailures(FINDINGS, { baseline })).toEqual([FAILING_KEY]);
    expect(gatingFailures(FINDINGS, { baseline, failOn: 'critical' })).toEqual([]);
    expect(gatingFailures([MUTED_BUCKET], {})).toEqual([]);
  });
});

describe('a baseline', () => {
  const fixedKey = finding(KMS_ROTATION, 'FAIL', 'eu-west-1', { id: PASSING_KEY.resource.id, arn: PASSING_KEY.resource.arn });
  const otherRegion = finding(KMS_ROTATION, 'FAIL', 'ap-south-1', { id: 'far-away-key' });

  it('tells new, fixed and unchanged failures apart, by check, resource ARN and region', () => {
    const baseline = new Baseline('old', [HOSTILE_GROUP, fixedKey, otherRegion, PASSING_KEY]);
    const comparison = baseline.compare(FINDINGS, CONTEXT.checkIds, CONTEXT.account.regions);
    // The muted bucket fails too, but it is accepted risk, not news.
    expect(comparison.new).toEqual([FAILING_KEY]);
    expect(comparison.unchanged).toEqual([HOSTILE_GROUP]);
    // The ap-south-1 key was not scanned this time, so it is not "fixed".
    expect(comparison.fixed).toEqual([fixedKey]);
  });

  it("is read from an earlier scan's JSON-OCSF output", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'old.ocsf.json');
    await writeFileAtomically(path, (out) => writeOcsf([HOSTILE_GROUP, PASSING_KEY], CONTEXT, out));
    const baseline = await Baseline.load(path);
    expect(baseline.knows(HOSTILE_GROUP)).toBe(true);
    expect(baseline.knows(FAILING_KEY)).toBe(false);
    expect(baseline.knows(PASSING_KEY)).toBe(false);
  });

  it('is read from the output of scanner 0.1.0, which repeated the scan facts on every record', async () => {
    const baseline = await Baseline.load(fileURLToPath(new URL('../output/scanner-0.1.0.ocsf.json', import.meta.url)));
    expect([HOSTILE_GROUP, FAILING_KEY, MUTED_BUCKET, PASSING_KEY].map((f) => baseline.knows(f))).toEqual([true, true, true, false]);
  });

  it('of a scan without findings knows no failure', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'empty.ocsf.json');
    await writeFileAtomically(path, (out) => writeOcsf([], CONTEXT, out));
    expect(gatingFailures(FINDINGS, { baseline: await Baseline.load(path) })).toEqual([HOSTILE_GROUP, FAILING_KEY]);
  });

  it('that cannot be read or is not OCSF is a one-line usage error', async () => {
    await expect(Baseline.load('/nonexistent/old.ocsf.json')).rejects.toThrow(UsageError);
    await expect(Baseline.load('/nonexistent/old.ocsf.json')).rejects.toThrow(/^cannot read the baseline \/nonexistent\/old\.ocsf\.json: ENOENT/);
    const directory = mkdtempSync(join(tmpdir(), 'baseline-'));
    await expect(Baseline.load(directory)).rejects.toThrow(/^cannot read the baseline .*: EISDIR/);
    const path = join(directory, 'bad.json');
    writeFileSync(path, '{"not": "findings"}');
    await expect(Baseline.load(path)).rejects.toThrow(/^the baseline .*bad\.json: not a JSON-OCSF findings file: expected a JSON array$/);
  });
});
