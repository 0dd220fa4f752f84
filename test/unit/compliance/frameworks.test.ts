import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { FRAMEWORKS_DIRECTORY, complianceOfCheck, isTitled, loadFrameworks, profileOf, sectionPath } from '../../../src/compliance/framework.js';

/** Prowler's 645 AWS check IDs, the only IDs a mapping may name. */
const REFERENCE_CHECKS = new Set(
  readFileSync(join(import.meta.dirname, '../../../scripts/reference/prowler-aws-checks.tsv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t')[1]!),
);

const frameworks = loadFrameworks();

describe('the compliance frameworks', () => {
  it("are Prowler's 45 AWS frameworks, one file each", () => {
    expect(frameworks).toHaveLength(45);
    expect(readdirSync(FRAMEWORKS_DIRECTORY).filter((file) => file.endsWith('.json'))).toHaveLength(45);
  });

  it.each(frameworks.map((framework) => [framework.name, framework] as const))('%s maps only known check IDs', (_, framework) => {
    const unknown = framework.requirements.flatMap((requirement) => requirement.checks).filter((check) => !REFERENCE_CHECKS.has(check));
    expect(unknown).toEqual([]);
  });

  it('every mapped check is one scanner has', () => {
    const ours = new Set(checkCatalog.map((check) => check.id));
    const missing = [...new Set(frameworks.flatMap((framework) => framework.requirements.flatMap((requirement) => requirement.checks)))].filter(
      (check) => !ours.has(check),
    );
    expect(missing).toEqual([]);
  });

  it('titles every requirement of the frameworks customers ask about first', () => {
    const first = ['cis_6.0_aws', 'cis_7.0_aws', 'aws_foundational_security_best_practices_aws', 'pci_4.0_aws', 'iso27001_2022_aws', 'nist_800_53_revision_5_aws', 'soc2_aws', 'hipaa_aws', 'prowler_threatscore_aws'];
    expect(frameworks.filter((framework) => first.includes(framework.name) && !isTitled(framework))).toEqual([]);
  });

  it('places each CIS requirement in a section and a profile', () => {
    const cis = frameworks.filter((framework) => framework.name.startsWith('cis_'));
    const unplaced = cis.flatMap((framework) => framework.requirements.filter((requirement) => sectionPath(requirement).length === 0 || !profileOf(requirement)));
    expect(cis).toHaveLength(8);
    expect(unplaced).toEqual([]);
  });

  it("gives a finding Prowler's map of the requirements that use its check", () => {
    expect(complianceOfCheck('iam_root_mfa_enabled')).toMatchObject({ 'CIS-6.0': ['2.4'], 'CIS-7.0': expect.any(Array) as string[] });
    expect(complianceOfCheck('no_such_check')).toEqual({});
  });
});
