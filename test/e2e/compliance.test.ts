import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prowlerCsvColumns } from '../../src/compliance/prowler-csv.js';
import { REQUIREMENTS_CSV_COLUMNS } from '../../src/compliance/requirements-csv.js';
import { runScanner as scanner, type CliRun } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

/** The requirements CSV as records; its cells hold no separator, quote or line break here. */
function requirementRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\r\n');
  const columns = header!.split(';');
  return lines.map((line) => Object.fromEntries(line.split(';').map((cell, index) => [columns[index]!, cell])) as Record<string, string>);
}

describe('a CIS 6.0 assessment of the misconfigured account in moto', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scanner-e2e-compliance-'));
  const scan = (...extra: string[]) =>
    scanner(['aws', '--endpoint-url', motoEndpoint(), '-f', ...REGIONS, '--compliance', 'cis_6.0_aws', '-o', directory, '-F', 'cis', '-M', 'csv', ...extra]);
  let run: CliRun;
  let requirements: Record<string, string>[];

  beforeAll(async () => {
    await resetMoto();
    await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: REGIONS });
    run = await scan('--fail-on-compliance', 'cis_6.0_aws:2');
    requirements = requirementRows(join(directory, 'compliance', 'cis_cis_6.0_aws.requirements.csv'));
  }, 180_000);

  it("writes Prowler's CIS compliance CSV and our requirements CSV", () => {
    const [header] = readFileSync(join(directory, 'compliance', 'cis_cis_6.0_aws.csv'), 'utf8').split('\r\n');
    expect(header!.split(';')).toEqual(prowlerCsvColumns('cis_6.0_aws'));
    expect(Object.keys(requirements[0]!)).toEqual([...REQUIREMENTS_CSV_COLUMNS]);
    expect(requirements).toHaveLength(63);
  });

  it('judges each requirement: the weak password policy fails 2.7, and nothing passes without evidence', () => {
    expect(requirements.find((row) => row.REQUIREMENT_ID === '2.7')).toMatchObject({ VERDICT: 'FAIL', CHECKS: 'iam_password_policy_minimum_length_14' });
    for (const row of requirements.filter((candidate) => candidate.VERDICT === 'PASS')) expect(Number(row.PASS) + Number(row.MUTED)).toBeGreaterThan(0);
  });

  it('exits 3 when a requirement of the gated section fails, and says which', () => {
    // moto lacks some calls, which are logged as warnings; nothing worse.
    expect(run.stderr).not.toMatch(/"level":(50|60)/);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/Compliance gate cis_6\.0_aws:2: fail \(\d+ requirements? FAIL: .*2\.7/);
    expect(run.stdout).toContain('CIS AWS Foundations Benchmark 6.0 by section:');
  });

  it('exits 4 when the gated part (here one requirement) does not fail but moto could not answer every read; 0 with --allow-partial', async () => {
    const notFailing = requirements.find((row) => row.VERDICT !== 'FAIL')!;
    const gated = await scan('--fail-on-compliance', `cis_6.0_aws:${notFailing.REQUIREMENT_ID}`);
    expect(gated.code).toBe(4);
    expect(gated.stdout).toMatch(/Incomplete: \d+ scopes? in \d+ regions? could not be read/);
    expect(gated.stdout).toContain('Result: pass (requirements FAIL in the gated standards: none)');
    const allowed = await scan('--fail-on-compliance', `cis_6.0_aws:${notFailing.REQUIREMENT_ID}`, '--allow-partial');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Result: pass (requirements FAIL in the gated standards: none)');
  }, 300_000);

  it('names an unknown framework and suggests one, exit 2', async () => {
    const wrong = await scanner(['aws', '--compliance', 'cis_6.1_aws', '--list-checks']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('scanner: unknown compliance framework cis_6.1_aws (did you mean cis_6.0_aws?); see --list-compliance\n');
  });
});
