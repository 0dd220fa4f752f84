import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS } from '../../src/checks/check.js';
import { silentLogger } from '../../src/logger.js';
import { writeFileAtomically } from '../../src/output/atomic-file.js';
import { writeHtml } from '../../src/output/html/writer.js';
import { writeOcsf } from '../../src/output/ocsf.js';
import type { OcsfDetectionFinding } from '../../src/output/ocsf-model.js';
import { scanAccount } from '../../src/scan.js';
import { checkCatalog } from '../../src/checks/catalog.js';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { ROOT } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';
import { render } from '../unit/output/render.js';
import { attributes, openReport, type OpenedReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
/** Screenshots a person can look at after the run (gitignored). */
const SCREENSHOTS = join(ROOT, 'test-results');

/** "12 of 101 findings match" or "101 findings" → 12 or 101. */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator('#shown-count').textContent()) ?? '';
  return Number(/^([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
}

async function waitForCount(page: Page, expected: number): Promise<void> {
  await expect.poll(() => shownCount(page)).toBe(expected);
}

describe('the HTML report of a scanned moto account, in Chromium', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scanner-report-'));
  const htmlPath = join(directory, 'report.html');
  let ocsf: OcsfDetectionFinding[];
  const browser = sharedBrowser();
  let report: OpenedReport;
  let page: Page;

  const count = (predicate: (finding: OcsfDetectionFinding) => boolean) => ocsf.filter(predicate).length;
  const unmuted = (status: string) => (f: OcsfDetectionFinding) => f.status_code === status && f.status !== 'Suppressed';

  beforeAll(async () => {
    await resetMoto();
    await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: REGIONS });
    const { findings, context } = await scanAccount(
      { provider: { endpoint: motoEndpoint(), regions: REGIONS }, checks: checkCatalog, options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG, scanName: 'Acme production' },
      silentLogger,
    );
    await writeFileAtomically(htmlPath, (out) => writeHtml(findings, context, out));
    ocsf = JSON.parse(await render(writeOcsf, findings, context)) as OcsfDetectionFinding[];
    mkdirSync(SCREENSHOTS, { recursive: true });
    report = await openReport(browser(), htmlPath);
    page = report.page;
  }, 120_000);

  it('makes no request but for the file itself, and reports no error', () => {
    expect(report.requests).toEqual([`file://${htmlPath}`]);
    expect(report.errors).toEqual([]);
    expect(report.dialogs).toEqual([]);
  });

  it('says what was scanned, by whom and when', async () => {
    await expect.poll(() => page.title()).toBe('Acme production · AWS account 123456789012 · security posture report');
    const header = (await page.locator('header.masthead').textContent()) ?? '';
    for (const fact of ['Acme production', '123456789012', 'arn:aws:sts::123456789012:user/moto', 'eu-west-1, us-east-1', 'Checks run']) {
      expect(header).toContain(fact);
    }
    expect(await page.locator('#unread').count()).toBe(0);
  });

  it('summarises the same counts as the JSON-OCSF output', async () => {
    for (const status of ['FAIL', 'PASS', 'MANUAL', 'ERROR']) {
      expect(await page.locator(`.legend [data-column="${status}"] strong`).textContent()).toBe(String(count(unmuted(status))));
    }
    const passed = count(unmuted('PASS'));
    expect(await page.locator('[data-testid="pass-rate"]').textContent()).toBe(`${Math.round((100 * passed) / (passed + count(unmuted('FAIL'))))}%`);
    for (const severity of ['critical', 'high', 'medium', 'low']) {
      const expected = count((f) => unmuted('FAIL')(f) && f.severity.toLowerCase() === severity);
      expect(await page.locator(`.severity-tile[data-severity="${severity}"] .n`).textContent()).toBe(String(expected));
    }
    const failingChecks = new Set(ocsf.filter(unmuted('FAIL')).map((f) => f.metadata.event_code)).size;
    const critical = count((f) => unmuted('FAIL')(f) && f.severity === 'Critical');
    expect(await page.locator('[data-testid="headline"]').textContent()).toBe(
      `${count(unmuted('FAIL'))} failing findings across ${failingChecks} checks; ${critical} are critical and need attention first.`,
    );
    await page.locator('#summary').screenshot({ path: join(SCREENSHOTS, 'report-summary.png') });
    await page.locator('#charts').screenshot({ path: join(SCREENSHOTS, 'report-charts.png') });
  });

  it('lists a top failing check, or a severity, when it is picked in the summary', async () => {
    const top = page.locator('.top-checks button[data-check]').first();
    const checkId = (await top.getAttribute('data-check'))!;
    await top.click();
    await waitForCount(page, count((f) => unmuted('FAIL')(f) && f.metadata.event_code === checkId));
    expect(await page.locator('select[data-filter="check"]').inputValue()).toBe(checkId);
    await page.click('.severity-tile[data-severity="high"]');
    await waitForCount(page, count((f) => unmuted('FAIL')(f) && f.severity === 'High'));
    await page.click('.toolbar .reset');
  });

  it('filters by status, severity, service and region, counting as the JSON-OCSF output does', async () => {
    await waitForCount(page, ocsf.length);
    await page.click('.chip[data-value="FAIL"]');
    await waitForCount(page, count((f) => f.status_code === 'FAIL'));
    await page.click('.chip[data-value="high"]');
    await waitForCount(page, count((f) => f.status_code === 'FAIL' && f.severity === 'High'));
    // The other severities' chips count what they would add.
    expect(await page.locator('.chip[data-value="critical"] .chip-count').textContent()).toBe(
      String(count((f) => f.status_code === 'FAIL' && f.severity === 'Critical')),
    );
    await page.selectOption('select[data-filter="service"]', 'ec2');
    await page.selectOption('select[data-filter="region"]', 'eu-west-1');
    const ec2InIreland = (f: OcsfDetectionFinding) =>
      f.status_code === 'FAIL' && f.severity === 'High' && f.metadata.event_code.startsWith('ec2_') && f.cloud.region === 'eu-west-1';
    await waitForCount(page, count(ec2InIreland));
    expect(count(ec2InIreland)).toBeGreaterThan(0);

    // In the flat view every matching finding is one row of the (virtualised) table.
    await page.click('[data-view="findings"]');
    expect(await page.locator('#findings-table').getAttribute('aria-rowcount')).toBe(String(count(ec2InIreland) + 1));
    const regions = await page.locator('.grid-body .grid-row [role="cell"]:nth-child(5)').allTextContents();
    expect(new Set(regions)).toEqual(new Set(['eu-west-1']));
  });

  it('keeps the view in the URL hash, so a shared link opens the same view', async () => {
    const hash = new URL(page.url()).hash;
    expect(Object.fromEntries(new URLSearchParams(hash.slice(1)))).toEqual({
      status: 'FAIL',
      severity: 'high',
      service: 'ec2',
      region: 'eu-west-1',
      view: 'findings',
    });
    const shared = await openReport(browser(), htmlPath, hash);
    await waitForCount(shared.page, await shownCount(page));
    expect(await attributes(shared.page.locator('.chip[aria-pressed="true"]'), 'data-value')).toEqual(['FAIL', 'high']);
    expect(await shared.page.locator('[data-view="findings"]').getAttribute('aria-pressed')).toBe('true');
    await shared.page.close();
    await page.click('.toolbar .reset');
    await waitForCount(page, ocsf.length);
    expect(new URL(page.url()).hash).toBe('#view=findings');
  });

  it('searches check titles, resources and status details', async () => {
    const openSsh = ocsf.find((f) => f.metadata.event_code === 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22' && f.status_code === 'FAIL')!;
    const groupId = openSsh.resources[0]!.uid.split('/').pop()!;
    // What the search covers: check title and ID, resource (ID, name, ARN) and status detail.
    const searchable = (f: OcsfDetectionFinding) =>
      [f.finding_info.title, f.metadata.event_code, f.resources[0]!.uid, f.resources[0]!.name, f.status_detail].join('\n').toLowerCase();
    for (const text of [groupId, 'PUBLIC']) {
      await page.fill('#search', text);
      await waitForCount(page, count((f) => searchable(f).includes(text.toLowerCase())));
    }
    expect(count((f) => searchable(f).includes(groupId))).toBeLessThan(ocsf.length);
    await page.fill('#search', '');
    await waitForCount(page, ocsf.length);
  });

  it('opens a finding with its detail, resource, remediation and copyable snippets', async () => {
    await page.click('[data-view="checks"]');
    await page.locator('.grid-row.group').first().click();
    await page.locator('.grid-row.finding').first().click();
    const panel = page.locator('#details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const arn = (await panel.locator('.fact', { hasText: 'ARN' }).locator('dd').textContent())!;
    const detail = (await panel.locator('.status-detail').textContent())!;
    const finding = ocsf.find((f) => f.resources[0]!.uid === arn && f.status_detail === detail)!;
    expect(finding).toBeDefined();
    expect(await panel.locator('#details-title').textContent()).toBe(finding.finding_info.title);
    expect(await panel.textContent()).toContain(finding.risk_details);
    expect(await panel.textContent()).toContain(finding.remediation.desc);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).has('finding')).toBe(true);
    for (const href of await attributes(panel.locator('a'), 'href')) expect(href).toMatch(/^https:\/\//);
    const copy = panel.locator('.snippet .copy').first();
    if ((await copy.count()) > 0) {
      await copy.click();
      await expect.poll(() => copy.textContent()).toBe('Copied');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'report-details.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.locator('#findings').screenshot({ path: join(SCREENSHOTS, 'report-table.png') });
  });

  it('prints the summary and every unmuted failing finding', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#print-findings tbody tr').count()).toBe(count(unmuted('FAIL')));
    expect(await page.locator('#findings').isVisible()).toBe(false);
    expect(await page.locator('#summary').isVisible()).toBe(true);
    await page.pdf({ path: join(SCREENSHOTS, 'report.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });
});
