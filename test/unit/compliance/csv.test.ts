import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { assessCompliance, type FrameworkAssessment } from '../../../src/compliance/assess.js';
import { loadFrameworks } from '../../../src/compliance/framework.js';
import { writeComplianceOutputs } from '../../../src/compliance/outputs.js';
import { prowlerCsvColumns, pythonDateTime } from '../../../src/compliance/prowler-csv.js';
import { REQUIREMENTS_CSV_COLUMNS, writeRequirementsCsv } from '../../../src/compliance/requirements-csv.js';
import type { Finding } from '../../../src/findings/finding.js';
import { check, finding } from '../output/fixtures.js';

const ROOT_MFA = check('iam_root_mfa_enabled', 'critical', { remediation: { text: 'Add MFA.', url: 'https://example.com/root-mfa' } });
const FINDINGS: Finding[] = [finding(ROOT_MFA, 'FAIL', 'us-east-1', { id: '123456789012', arn: 'arn:aws:iam::123456789012:root' })];
const ASSESSMENTS = assessCompliance(loadFrameworks(), FINDINGS, {
  checksRun: new Set([ROOT_MFA.id]),
  checksKnown: new Set(checkCatalog.map((metadata) => metadata.id)),
});
const assessmentOf = (name: string): FrameworkAssessment => ASSESSMENTS.find((assessment) => assessment.framework.name === name)!;

/** Every framework's compliance files for these findings, written in one pass; the CSV of each framework named, as rows. */
async function complianceCsvs(names: readonly string[], findings: readonly Finding[], assessedAt: Date): Promise<{ paths: string[]; rows: Map<string, string[][]> }> {
  const directory = await mkdtemp(join(tmpdir(), 'compliance-csv-'));
  try {
    const paths = await writeComplianceOutputs(names.map(assessmentOf), findings, assessedAt, directory, 'scan');
    const rows = new Map<string, string[][]>();
    for (const name of names) {
      const content = await readFile(join(directory, 'compliance', `scan_${name}.csv`), 'utf8');
      // No cell in these rows holds a separator or a line break.
      rows.set(name, content.trimEnd().split('\r\n').map((line) => line.split(';')));
    }
    return { paths: paths.map((path) => path.slice(directory.length + 1)), rows };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function written(write: (out: PassThrough) => Promise<void>): Promise<string[][]> {
  const out = new PassThrough();
  const [content] = await Promise.all([text(out), write(out)]);
  // No cell in these rows holds a separator or a line break.
  return content.trimEnd().split('\r\n').map((line) => line.split(';'));
}

describe("Prowler's compliance CSV", () => {
  it.each([
    [
      'cis_6.0_aws',
      'PROVIDER;DESCRIPTION;ACCOUNTID;REGION;ASSESSMENTDATE;REQUIREMENTS_ID;REQUIREMENTS_DESCRIPTION;REQUIREMENTS_ATTRIBUTES_SECTION;REQUIREMENTS_ATTRIBUTES_SUBSECTION;REQUIREMENTS_ATTRIBUTES_PROFILE;REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS;REQUIREMENTS_ATTRIBUTES_DESCRIPTION;REQUIREMENTS_ATTRIBUTES_RATIONALESTATEMENT;REQUIREMENTS_ATTRIBUTES_IMPACTSTATEMENT;REQUIREMENTS_ATTRIBUTES_REMEDIATIONPROCEDURE;REQUIREMENTS_ATTRIBUTES_AUDITPROCEDURE;REQUIREMENTS_ATTRIBUTES_ADDITIONALINFORMATION;REQUIREMENTS_ATTRIBUTES_DEFAULTVALUE;REQUIREMENTS_ATTRIBUTES_REFERENCES;STATUS;STATUSEXTENDED;RESOURCEID;RESOURCENAME;CHECKID;MUTED;FRAMEWORK;NAME',
    ],
    [
      'soc2_aws',
      'PROVIDER;DESCRIPTION;ACCOUNTID;REGION;ASSESSMENTDATE;REQUIREMENTS_ID;REQUIREMENTS_DESCRIPTION;REQUIREMENTS_ATTRIBUTES_SECTION;REQUIREMENTS_ATTRIBUTES_SUBSECTION;REQUIREMENTS_ATTRIBUTES_SUBGROUP;REQUIREMENTS_ATTRIBUTES_SERVICE;REQUIREMENTS_ATTRIBUTES_TYPE;STATUS;STATUSEXTENDED;RESOURCEID;CHECKID;MUTED;RESOURCENAME;FRAMEWORK;NAME;REQUIREMENTS_ATTRIBUTES_COMMENT',
    ],
    [
      'iso27001_2022_aws',
      'PROVIDER;DESCRIPTION;ACCOUNTID;REGION;ASSESSMENTDATE;REQUIREMENTS_ID;REQUIREMENTS_NAME;REQUIREMENTS_DESCRIPTION;REQUIREMENTS_ATTRIBUTES_CATEGORY;REQUIREMENTS_ATTRIBUTES_OBJETIVE_ID;REQUIREMENTS_ATTRIBUTES_OBJETIVE_NAME;REQUIREMENTS_ATTRIBUTES_CHECK_SUMMARY;STATUS;STATUSEXTENDED;RESOURCEID;CHECKID;MUTED;RESOURCENAME;FRAMEWORK;NAME',
    ],
    [
      'ccc_aws',
      'PROVIDER;DESCRIPTION;ACCOUNTID;REGION;ASSESSMENTDATE;REQUIREMENTS_ID;REQUIREMENTS_DESCRIPTION;REQUIREMENTS_ATTRIBUTES_FAMILYNAME;REQUIREMENTS_ATTRIBUTES_FAMILYDESCRIPTION;REQUIREMENTS_ATTRIBUTES_SECTION;REQUIREMENTS_ATTRIBUTES_SUBSECTION;REQUIREMENTS_ATTRIBUTES_SUBSECTIONOBJECTIVE;REQUIREMENTS_ATTRIBUTES_APPLICABILITY;REQUIREMENTS_ATTRIBUTES_RECOMMENDATION;REQUIREMENTS_ATTRIBUTES_SECTIONTHREATMAPPINGS;REQUIREMENTS_ATTRIBUTES_SECTIONGUIDELINEMAPPINGS;STATUS;STATUSEXTENDED;RESOURCEID;RESOURCENAME;CHECKID;MUTED',
    ],
  ])("%s has Prowler's columns, in Prowler's order", (name, header) => {
    expect(prowlerCsvColumns(name).join(';')).toBe(header);
  });

  it('writes a row per finding and requirement, then a MANUAL row per requirement without checks', async () => {
    const written = await complianceCsvs(['cis_6.0_aws', 'mitre_attack_aws'], FINDINGS, new Date('2026-03-04T05:06:07.890Z'));
    expect(written.paths).toEqual([
      'compliance/scan_cis_6.0_aws.csv',
      'compliance/scan_cis_6.0_aws.requirements.csv',
      'compliance/scan_mitre_attack_aws.csv',
      'compliance/scan_mitre_attack_aws.requirements.csv',
    ]);
    // Both frameworks' files come from the one pass, each in its own shape.
    expect(written.rows.get('mitre_attack_aws')![0]).toEqual(prowlerCsvColumns('mitre_attack_aws'));
    const rows = written.rows.get('cis_6.0_aws')!;
    const columns = rows[0]!;
    const records = rows.slice(1).map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index]])));
    expect(records[0]).toMatchObject({
      PROVIDER: 'aws',
      ACCOUNTID: '123456789012',
      REGION: 'us-east-1',
      ASSESSMENTDATE: '2026-03-04 05:06:07.890000',
      REQUIREMENTS_ID: '2.4',
      REQUIREMENTS_ATTRIBUTES_SECTION: '2 Identity and Access Management',
      REQUIREMENTS_ATTRIBUTES_PROFILE: 'Level 1',
      REQUIREMENTS_ATTRIBUTES_RATIONALESTATEMENT: '',
      STATUS: 'FAIL',
      RESOURCEID: 'arn:aws:iam::123456789012:root',
      CHECKID: 'iam_root_mfa_enabled',
      MUTED: 'False',
      FRAMEWORK: 'CIS',
    });
    const manual = records.filter((record) => record.STATUS === 'MANUAL');
    const withoutChecks = assessmentOf('cis_6.0_aws').framework.requirements.filter((requirement) => requirement.checks.length === 0);
    expect(manual.map((record) => record.REQUIREMENTS_ID)).toEqual(withoutChecks.map((requirement) => requirement.id));
    expect(manual.every((record) => record.RESOURCEID === 'manual_check' && record.CHECKID === 'manual')).toBe(true);
  });

  it("stamps the date as Python's str(datetime)", () => {
    expect(pythonDateTime(new Date('2026-12-02T15:21:20.660Z'))).toBe('2026-12-02 15:21:20.660000');
  });
});

describe('the requirements CSV', () => {
  it('has a row per requirement with its verdict, counts, checks and a remediation link', async () => {
    const rows = await written((out) => writeRequirementsCsv(assessmentOf('cis_6.0_aws'), new Set([ROOT_MFA.id]), out));
    expect(rows[0]).toEqual([...REQUIREMENTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(assessmentOf('cis_6.0_aws').framework.requirements.length + 1);
    const rootMfa = rows.find((row) => row[0] === '2.4')!;
    expect(rootMfa).toEqual([
      '2.4',
      '2 Identity and Access Management',
      '',
      'Level 1',
      'Root user sign-in is protected by multi-factor authentication',
      'FAIL',
      '0',
      '1',
      '0',
      '0',
      '0',
      'iam_root_mfa_enabled',
      '',
      expect.stringMatching(/^https:\/\//) as string,
    ]);
    const notRun = rows.find((row) => row[0] === '2.3')!;
    expect(notRun[5]).toBe('NOT_ASSESSED');
    expect(notRun[12]).toBe('iam_no_root_access_key was not part of this scan');
  });
});
