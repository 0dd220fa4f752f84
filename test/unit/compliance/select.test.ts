import { describe, expect, it } from 'vitest';
import { assessCompliance } from '../../../src/compliance/assess.js';
import { loadFrameworks } from '../../../src/compliance/framework.js';
import { evaluateComplianceGates, findFramework, parseComplianceGates } from '../../../src/compliance/select.js';
import { UsageError } from '../../../src/errors.js';
import { check, finding } from '../output/fixtures.js';

const frameworks = loadFrameworks();

describe('naming a framework', () => {
  it("takes Prowler's name, or the name without _aws", () => {
    expect(findFramework(frameworks, 'cis_6.0_aws').name).toBe('cis_6.0_aws');
    expect(findFramework(frameworks, 'pci_4.0').name).toBe('pci_4.0_aws');
  });

  it.each([
    ['cis_6.1_aws', 'unknown compliance framework cis_6.1_aws (did you mean cis_6.0_aws?); see --list-compliance'],
    ['hipa', 'unknown compliance framework hipa (did you mean hipaa_aws?); see --list-compliance'],
    ['sox', 'unknown compliance framework sox (did you mean soc2_aws?); see --list-compliance'],
    ['fedramp_high', 'unknown compliance framework fedramp_high; see --list-compliance'],
  ])('%s is a usage error that suggests a name', (name, message) => {
    expect(() => findFramework(frameworks, name)).toThrow(new UsageError(message));
  });
});

describe('--fail-on-compliance', () => {
  const rootMfa = check('iam_root_mfa_enabled', 'critical');
  const hardwareMfa = check('iam_root_hardware_mfa_enabled', 'critical');
  const known = new Set([rootMfa.id, hardwareMfa.id]);
  // CIS 6.0: 2.4 (Level 1) maps the MFA check, 2.5 (Level 2) the hardware MFA check.
  const assessments = assessCompliance(
    frameworks,
    [finding(rootMfa, 'PASS', 'us-east-1', { id: 'root' }), finding(hardwareMfa, 'FAIL', 'us-east-1', { id: 'root' })],
    { checksRun: known, checksKnown: known },
  );
  const failing = (spec: string) => evaluateComplianceGates(assessments, parseComplianceGates(frameworks, [spec])).flatMap((outcome) => outcome.failing);

  it('fails on a failing requirement of the framework, a section of it or a profile that holds it', () => {
    expect(failing('cis_6.0_aws')).toEqual(['2.5']);
    expect(failing('cis_6.0_aws:2')).toEqual(['2.5']);
    expect(failing('cis_6.0_aws:Level 2')).toEqual(['2.5']);
  });

  it('passes a part without failing requirements', () => {
    expect(failing('cis_6.0_aws:Level 1')).toEqual([]);
    expect(failing('cis_6.0_aws:4')).toEqual([]);
  });

  it('rejects, before any scan, a part the framework does not have', () => {
    expect(() => parseComplianceGates(frameworks, ['cis_6.0_aws:9'])).toThrow(/cis_6.0_aws has no section or profile 9 \(sections: 2 Identity and Access Management; 3 Storage/);
    expect(() => parseComplianceGates(frameworks, ['cis_6.0_aws:'])).toThrow(UsageError);
    expect(() => parseComplianceGates(frameworks, ['cis_9_aws:2'])).toThrow(/unknown compliance framework cis_9_aws/);
  });
});
