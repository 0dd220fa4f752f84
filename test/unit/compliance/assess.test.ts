import { describe, expect, it } from 'vitest';
import type { Status } from '../../../src/checks/check.js';
import { assessFramework, assessRequirement, countByCheck, type RequirementVerdict } from '../../../src/compliance/assess.js';
import type { ComplianceFramework, Requirement } from '../../../src/compliance/framework.js';
import { check, finding } from '../output/fixtures.js';

const ROTATION = check('kms_cmk_rotation_enabled', 'high');
const ENCRYPTION = check('s3_bucket_default_encryption', 'medium');

function requirement(checks: string[], extra: Partial<Requirement> = {}): Requirement {
  return { id: '1.1', checks, attributes: [{ Section: '1 Keys', Profile: 'Level 1' }], ...extra };
}

const of = (metadata: typeof ROTATION, status: Status, muted = false) =>
  finding(metadata, status, 'eu-west-1', { id: `${metadata.id}-${status}-${String(muted)}` }, { muted });

const BOTH = new Set([ROTATION.id, ENCRYPTION.id]);
const scope = { checksRun: BOTH, checksKnown: BOTH };

describe('a requirement verdict', () => {
  const cases: { name: string; checks: string[]; findings: ReturnType<typeof of>[]; verdict: RequirementVerdict; scope?: typeof scope }[] = [
    { name: 'no check mapped: a person must judge it', checks: [], findings: [], verdict: 'MANUAL' },
    { name: 'every finding passes', checks: [ROTATION.id, ENCRYPTION.id], findings: [of(ROTATION, 'PASS'), of(ENCRYPTION, 'PASS')], verdict: 'PASS' },
    { name: 'one unmuted FAIL among passes', checks: [ROTATION.id, ENCRYPTION.id], findings: [of(ROTATION, 'PASS'), of(ENCRYPTION, 'FAIL')], verdict: 'FAIL' },
    { name: 'a muted FAIL is an accepted exception', checks: [ROTATION.id], findings: [of(ROTATION, 'PASS'), of(ROTATION, 'FAIL', true)], verdict: 'PASS' },
    { name: 'only muted failures', checks: [ROTATION.id], findings: [of(ROTATION, 'FAIL', true)], verdict: 'PASS' },
    { name: 'the checks ran and found nothing to judge', checks: [ROTATION.id], findings: [], verdict: 'NOT_APPLICABLE' },
    { name: 'unread evidence and nothing failed', checks: [ROTATION.id, ENCRYPTION.id], findings: [of(ROTATION, 'PASS'), of(ENCRYPTION, 'ERROR')], verdict: 'ERROR' },
    { name: 'a FAIL outweighs unread evidence', checks: [ROTATION.id, ENCRYPTION.id], findings: [of(ROTATION, 'FAIL'), of(ENCRYPTION, 'ERROR')], verdict: 'FAIL' },
    { name: 'a check that asks a person', checks: [ROTATION.id], findings: [of(ROTATION, 'MANUAL'), of(ROTATION, 'PASS')], verdict: 'MANUAL' },
    { name: 'a check scanner does not have', checks: [ROTATION.id, 'made_up_check'], findings: [of(ROTATION, 'PASS')], verdict: 'NOT_AUTOMATED_YET' },
    {
      name: 'a check left out of the scan',
      checks: [ROTATION.id, ENCRYPTION.id],
      findings: [of(ROTATION, 'PASS')],
      verdict: 'NOT_ASSESSED',
      scope: { checksRun: new Set([ROTATION.id]), checksKnown: BOTH },
    },
    {
      name: 'a FAIL is reported even when another check was left out',
      checks: [ROTATION.id, ENCRYPTION.id],
      findings: [of(ROTATION, 'FAIL')],
      verdict: 'FAIL',
      scope: { checksRun: new Set([ROTATION.id]), checksKnown: BOTH },
    },
  ];

  it.each(cases)('$name: $verdict', ({ checks, findings, verdict, scope: given }) => {
    expect(assessRequirement(requirement(checks), countByCheck(findings), given ?? scope).verdict).toBe(verdict);
  });

  it('counts muted findings apart from the statuses', () => {
    const assessed = assessRequirement(requirement([ROTATION.id]), countByCheck([of(ROTATION, 'PASS'), of(ROTATION, 'FAIL', true), of(ROTATION, 'ERROR')]), scope);
    expect(assessed.counts).toEqual({ pass: 1, fail: 0, error: 1, manual: 0, muted: 1 });
  });

  it('fails a requirement whose check ran with a too lenient configuration, and says why', () => {
    const strict = requirement([ROTATION.id], { configRequirements: [{ check: ROTATION.id, key: 'max_days', operator: 'lte', value: 45 }] });
    const byCheck = countByCheck([of(ROTATION, 'PASS')]);
    const lenient = assessRequirement(strict, byCheck, { ...scope, config: { max_days: 120 } });
    expect(lenient.verdict).toBe('FAIL');
    expect(lenient.configViolations).toEqual([{ check: ROTATION.id, message: `${ROTATION.id} ran with max_days = 120; this requirement needs at most 45` }]);
    expect(assessRequirement(strict, byCheck, { ...scope, config: { max_days: 30 } }).verdict).toBe('PASS');
  });
});

describe('a framework assessment', () => {
  const framework: ComplianceFramework = {
    name: 'test_aws',
    framework: 'Test',
    version: '1',
    title: 'Test framework',
    description: 'For the tests.',
    requirements: [requirement([ROTATION.id]), requirement([ENCRYPTION.id], { id: '1.2' }), requirement([], { id: '1.3' }), requirement([ROTATION.id, ENCRYPTION.id], { id: '1.4' })],
  };

  it('scores the share of judged requirements that pass, and the coverage of checks', () => {
    const assessment = assessFramework(framework, countByCheck([of(ROTATION, 'PASS'), of(ENCRYPTION, 'FAIL')]), scope);
    expect(assessment.requirements.map((assessed) => assessed.verdict)).toEqual(['PASS', 'FAIL', 'MANUAL', 'FAIL']);
    expect(assessment.verdicts).toMatchObject({ PASS: 1, FAIL: 2, MANUAL: 1, ERROR: 0, NOT_APPLICABLE: 0 });
    expect(assessment.score).toBeCloseTo(1 / 3);
    expect(assessment.coverage).toBe(3 / 4);
  });

  it('has no score when nothing could be judged', () => {
    expect(assessFramework(framework, countByCheck([]), scope).score).toBeNull();
  });
});
