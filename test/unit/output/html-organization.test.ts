import { describe, expect, it } from 'vitest';
import { REQUIREMENT_VERDICTS } from '../../../src/compliance/assess.js';
import { buildPayload } from '../../../src/output/html/writer.js';
import { ORGANIZATION_ACCOUNTS, ORGANIZATION_CONTEXT, ORGANIZATION_FINDINGS, ROOT_MFA, organizationContextWithCompliance } from '../../helpers/fixtures/organization-report.js';
import { CONTEXT, FINDINGS } from './fixtures.js';

describe('buildPayload of an organization scan', () => {
  const payload = buildPayload(ORGANIZATION_FINDINGS, organizationContextWithCompliance());
  const organization = payload.organization!;
  const accountIndex = (id: string) => organization.accounts.findIndex((account) => account.id === id);

  it('adds nothing to the report of one account', () => {
    const single = buildPayload(FINDINGS, CONTEXT);
    expect(single.organization).toBeNull();
    expect(single.findings.account).toEqual([]);
    expect(single.compliance.byAccount).toBeNull();
  });

  it('lists every account the organization listed, scanned or not, with its status and why', () => {
    expect(organization.id).toBe('o-example1234');
    expect(organization.accounts.map((account) => [account.id, account.status, account.error])).toEqual(
      Object.values(ORGANIZATION_ACCOUNTS).map((account) => [account.id, account.status, account.error ?? null]),
    );
  });

  it('stores each unit once, as a tree, and each account in its own unit', () => {
    const unitPath = (id: string) => {
      const names: string[] = [];
      for (let unit = organization.accounts[accountIndex(id)]!.unit; unit >= 0; unit = organization.units[unit]!.parent) names.unshift(organization.units[unit]!.name);
      return names;
    };
    expect(organization.units.map((unit) => unit.name).sort()).toEqual(['Prod', 'Sandbox', 'Workloads']);
    expect(unitPath(ORGANIZATION_ACCOUNTS.prodData.id)).toEqual(['Workloads', 'Prod']);
    expect(unitPath(ORGANIZATION_ACCOUNTS.sandboxTwo.id)).toEqual(['Sandbox']);
    expect(unitPath(ORGANIZATION_ACCOUNTS.management.id)).toEqual([]);
  });

  it('names each finding’s account by index, never by repeating its name or OU in the strings', () => {
    expect(payload.findings.account.map((index) => organization.accounts[index]!.id)).toEqual(ORGANIZATION_FINDINGS.map((finding) => finding.accountId));
    for (const text of ['prod-app', 'prod-app@example.com', 'Workloads', 'ou-workloads-prod']) expect(payload.strings).not.toContain(text);
  });

  it('gives an account that has findings but was not in the listing a row of its own', () => {
    const stray = { ...ORGANIZATION_FINDINGS[0]!, accountId: '888888888888', account: undefined };
    const { organization: withStray, findings } = buildPayload([...ORGANIZATION_FINDINGS, stray], ORGANIZATION_CONTEXT);
    const row = withStray!.accounts[findings.account.at(-1)!]!;
    expect([row.id, row.status, row.unit]).toEqual(['888888888888', 'scanned', -1]);
  });

  it('judges each scanned account’s compliance on its own findings, and no account that was not scanned', () => {
    const byAccount = payload.compliance.byAccount!;
    const cisIndex = payload.compliance.frameworks.findIndex((framework) => framework.name === 'cis_6.0_aws');
    const cis = payload.compliance.frameworks[cisIndex]!;
    const rootMfa = cis.requirements.findIndex((requirement) => requirement.checks.length === 1 && requirement.checks[0] === ROOT_MFA.id);
    const verdictOf = (id: string) => {
      const list = byAccount.verdictLists[byAccount.accounts[accountIndex(id)]![cisIndex]!]!;
      expect(list).toHaveLength(cis.requirements.length);
      return REQUIREMENT_VERDICTS[Number(list[rootMfa])];
    };
    expect(REQUIREMENT_VERDICTS[cis.requirements[rootMfa]!.verdict]).toBe('FAIL');
    expect(verdictOf(ORGANIZATION_ACCOUNTS.management.id)).toBe('FAIL');
    expect(verdictOf(ORGANIZATION_ACCOUNTS.prodData.id)).toBe('FAIL');
    expect(verdictOf(ORGANIZATION_ACCOUNTS.prodApp.id)).toBe('PASS');
    expect(verdictOf(ORGANIZATION_ACCOUNTS.sandboxOne.id)).toBe('PASS');
    for (const skipped of [ORGANIZATION_ACCOUNTS.sandboxTwo, ORGANIZATION_ACCOUNTS.retired, ORGANIZATION_ACCOUNTS.outOfScope]) {
      expect(byAccount.accounts[accountIndex(skipped.id)]).toEqual([]);
    }
  });

  it('stores a list of verdicts shared by several accounts once', () => {
    const byAccount = payload.compliance.byAccount!;
    const used = new Set(byAccount.accounts.flat());
    expect(byAccount.verdictLists).toHaveLength(used.size);
    expect(new Set(byAccount.verdictLists).size).toBe(byAccount.verdictLists.length);
  });
});
