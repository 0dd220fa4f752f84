import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanContext } from '../../src/output/context.js';
import { writeFileAtomically } from '../../src/output/atomic-file.js';
import { writeHtml } from '../../src/output/html/writer.js';
import { ROOT } from '../helpers/cli.js';
import { ORGANIZATION_ACCOUNTS as ACCOUNTS, ORGANIZATION_FINDINGS, ROOT_MFA, organizationContextWithCompliance } from '../helpers/fixtures/organization-report.js';
import { CONTEXT, FINDINGS } from '../unit/output/fixtures.js';
import { attributes, cellTexts, openReport, type OpenedReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const SCREENSHOTS = join(ROOT, 'test-results');
const browser = sharedBrowser();
const folder = mkdtempSync(join(tmpdir(), 'scanner-org-report-'));

async function reportOf(name: string, findings: typeof FINDINGS, context: ScanContext): Promise<string> {
  const path = join(folder, `${name}.html`);
  await writeFileAtomically(path, (out) => writeHtml(findings, context, out));
  return path;
}

/** The cells of one roll-up row: critical, high, medium, low, informational, pass rate. */
async function rollupCells(page: Page, attribute: string, id: string): Promise<string[]> {
  return page.locator(`table.rollup tr[${attribute}="${id}"] td`).allTextContents();
}

describe('the report of an organization scan', () => {
  const context = organizationContextWithCompliance();
  const cis = context.compliance!.find((assessment) => assessment.framework.name === 'cis_6.0_aws')!;
  const rootMfa = cis.requirements.find(({ requirement }) => requirement.checks.length === 1 && requirement.checks[0] === ROOT_MFA.id)!.requirement.id;
  let htmlPath: string;
  let report: OpenedReport;
  let page: Page;

  beforeAll(async () => {
    htmlPath = await reportOf('organization', ORGANIZATION_FINDINGS, context);
    mkdirSync(SCREENSHOTS, { recursive: true });
    report = await openReport(browser(), htmlPath);
    page = report.page;
  }, 60_000);

  it('names the organization and says how many of its accounts were scanned, and why the others were not', async () => {
    expect(report.errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Example organization audit');
    expect(await page.locator('.scan-facts').textContent()).toContain('o-example1234');
    expect(await page.getByTestId('coverage').textContent()).toBe("4 of 6 accounts scanned, 1 of them in part; 1 left out by the scan's scope.");
    expect(await cellTexts(page.locator('table.not-scanned tbody tr'))).toEqual([
      ['prod-data (333333333333)', 'Root › Workloads › Prod', 'Scanned in part', ACCOUNTS.prodData.error],
      ['sandbox-two (555555555555)', 'Root › Sandbox', 'Role not assumable', ACCOUNTS.sandboxTwo.error],
      ['retired (666666666666)', 'Root › Sandbox', 'Suspended', ACCOUNTS.retired.error],
    ]);
    await page.locator('#organization').screenshot({ path: join(SCREENSHOTS, 'organization.png') });
  });

  it('rolls failing findings by severity and the pass rate up from accounts to their OUs', async () => {
    expect(await rollupCells(page, 'data-account', ACCOUNTS.prodApp.id)).toEqual(['2', '1', '0', '0', '0', '40%']);
    expect(await rollupCells(page, 'data-account', ACCOUNTS.prodData.id)).toEqual(['1', '0', '1', '0', '0', '0%']);
    expect(await rollupCells(page, 'data-unit', 'ou-workloads-prod')).toEqual(['3', '1', '1', '0', '0', '29%']);
    expect(await rollupCells(page, 'data-unit', 'ou-root-workloads')).toEqual(['3', '1', '1', '0', '0', '29%']);
    expect(await rollupCells(page, 'data-unit', 'ou-root-sandbox')).toEqual(['0', '0', '0', '0', '0', '100%']);
    // Not scanned: nothing to count, rather than a row of zeros that reads as clean.
    expect(await rollupCells(page, 'data-account', ACCOUNTS.sandboxTwo.id)).toEqual(['—', '—', '—', '—', '—', '—']);
  });

  it('ranks the accounts with most critical failures', async () => {
    expect(await attributes(page.locator('.worst-accounts button'), 'data-account')).toEqual([
      ACCOUNTS.prodApp.id,
      ACCOUNTS.management.id,
      ACCOUNTS.prodData.id,
    ]);
  });

  it('narrows the findings table to an account or an OU, and keeps the choice in the link', async () => {
    await page.selectOption('select[data-filter="account"]', ACCOUNTS.prodApp.id);
    await expect.poll(() => page.locator('#shown-count').textContent()).toBe('5 of 13 findings match');
    expect(page.url()).toContain(`account=${ACCOUNTS.prodApp.id}`);
    await page.selectOption('select[data-filter="account"]', '');
    await page.selectOption('select[data-filter="ou"]', 'ou-root-workloads');
    await expect.poll(() => page.locator('#shown-count').textContent()).toBe('8 of 13 findings match');
    expect(page.url()).toContain('ou=ou-root-workloads');
    // Each account is counted under its OU, and the OU choice counts its whole subtree.
    expect(await page.locator('select[data-filter="account"] option').allTextContents()).toContain('prod-data (333333333333) (3)');
    expect(await page.locator('select[data-filter="ou"] option').allTextContents()).toEqual(['All OUs (13)', 'Workloads (8)', 'Workloads › Prod (8)', 'Sandbox (3)']);

    await page.locator(`table.rollup tr[data-unit="ou-workloads-prod"] button`).click();
    await expect.poll(() => page.locator('#shown-count').textContent()).toBe('5 of 13 findings match');
    const shared = await openReport(browser(), htmlPath, `#view=findings&ou=ou-root-sandbox`);
    expect(await shared.page.locator('#shown-count').textContent()).toBe('3 of 13 findings match');
    await shared.page.close();
  });

  it('lists a global check once per scanned account, in its global region only', async () => {
    const global = await openReport(browser(), htmlPath, `#view=findings&check=${ROOT_MFA.id}`);
    const rows = global.page.locator('.grid-row.finding');
    expect(await rows.count()).toBe(4);
    expect(new Set(await attributes(rows.locator('[data-account]'), 'data-account'))).toEqual(
      new Set([ACCOUNTS.management.id, ACCOUNTS.prodApp.id, ACCOUNTS.prodData.id, ACCOUNTS.sandboxOne.id]),
    );
    await global.page.locator('#findings').screenshot({ path: join(SCREENSHOTS, 'organization-table.png') });
    await global.page.locator(`.grid-row.finding:has([data-account="${ACCOUNTS.prodData.id}"])`).click();
    expect(await global.page.locator('#details dl').textContent()).toContain('Accountprod-data (333333333333)OURoot › Workloads › Prod');
    await global.page.close();
  });

  it('shows each account’s compliance verdicts when one is picked', async () => {
    const compliance = await openReport(browser(), htmlPath, '#compliance/cis_6.0_aws');
    const row = compliance.page.locator(`[data-requirement="${rootMfa}"]`);
    await compliance.page.locator('[data-action="expand"]').click();
    expect(await row.getAttribute('data-verdict')).toBe('FAIL');
    await compliance.page.selectOption('select[data-filter="compliance-account"]', { label: 'sandbox-one (444444444444)' });
    await compliance.page.locator('[data-action="expand"]').click();
    expect(await row.getAttribute('data-verdict')).toBe('PASS');
    await compliance.page.selectOption('select[data-filter="compliance-account"]', { label: 'management (111111111111)' });
    await compliance.page.locator('[data-action="expand"]').click();
    expect(await row.getAttribute('data-verdict')).toBe('FAIL');
    await row.click();
    // The requirement's findings are that account's only.
    expect(await compliance.page.locator('#requirement tbody tr').count()).toBe(1);
    await compliance.page.screenshot({ path: join(SCREENSHOTS, 'organization-compliance.png') });
    // Accounts that were not scanned have no verdicts to pick.
    expect(await compliance.page.locator('select[data-filter="compliance-account"] option').allTextContents()).not.toContain('sandbox-two (555555555555)');
    await compliance.page.close();
  });

  it('prints coverage, the whole roll-up and each failing finding with its account', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#print-findings tbody tr').count()).toBe(6);
    expect(await page.locator('#organization').isVisible()).toBe(true);
    // On paper the roll-up is not a scrolling box: every row is printed.
    const [wrap, table] = await Promise.all(['.rollup-wrap', 'table.rollup'].map((selector) => page.locator(selector).boundingBox()));
    expect(wrap!.height).toBeGreaterThanOrEqual(table!.height);
    expect(await page.locator('#print-findings thead').first().textContent()).toContain('Account');
    await page.pdf({ path: join(SCREENSHOTS, 'organization.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the report of one account', () => {
  it('has no organization section and no account or OU filters', async () => {
    const { page, errors } = await openReport(browser(), await reportOf('single', FINDINGS, CONTEXT));
    expect(errors).toEqual([]);
    expect(await page.locator('#organization').count()).toBe(0);
    expect(await page.locator('select[data-filter="account"], select[data-filter="ou"]').count()).toBe(0);
    expect(await page.locator('.grid-body [data-account]').count()).toBe(0);
    await page.close();
  });
});
