import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS } from '../../src/checks/check.js';
import type { Finding } from '../../src/findings/finding.js';
import { silentLogger } from '../../src/logger.js';
import { writeFileAtomically } from '../../src/output/atomic-file.js';
import { writeHtml } from '../../src/output/html/writer.js';
import { scanAccount } from '../../src/scan.js';
import { checkCatalog } from '../../src/checks/catalog.js';
import { selectChecks } from '../../src/checks/selection.js';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { HOSTILE, HOSTILE_BUCKET, seedHostileAccount } from '../helpers/hostile-account.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { CONTEXT, FAILING_KEY } from '../unit/output/fixtures.js';
import { attributes, cellTexts, openReport, type OpenedReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const directory = mkdtempSync(join(tmpdir(), 'scanner-hostile-'));
const browser = sharedBrowser();

/** Nothing the account planted ran: no dialog, no flag, no error (a CSP violation logs one). */
async function expectNothingRan(report: OpenedReport): Promise<void> {
  expect(report.dialogs).toEqual([]);
  expect(await report.page.evaluate('window.__hostile')).toBeUndefined();
  expect(report.errors).toEqual([]);
  expect(await report.page.locator('img, svg, iframe').count()).toBe(0);
  expect(await report.page.locator('script').count()).toBe(2);
}

/** The resource facts and tags of the details panel, as the text a person sees. */
async function detailsText(page: Page): Promise<{ facts: Record<string, string | undefined>; tags: string[][] }> {
  const panel = page.locator('#details');
  const terms = await panel.locator('.facts-list dt').allTextContents();
  const values = await panel.locator('.facts-list dd').allTextContents();
  return { facts: Object.fromEntries(terms.map((term, i) => [term, values[i]])), tags: await cellTexts(panel.locator('table.tags tbody tr')) };
}

async function searchFor(page: Page, text: string): Promise<void> {
  await page.fill('#search', text);
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe(text);
}

async function openFinding(page: Page, search: string): Promise<void> {
  await searchFor(page, search);
  await page.click('[data-view="findings"]');
  await page.locator('.grid-row.finding').first().click();
  await page.locator('#details').waitFor();
}

describe('a report of an account whose names and tags carry markup', () => {
  let report: OpenedReport;
  let instanceId: string;
  let groupId: string;

  beforeAll(async () => {
    await resetMoto();
    ({ instanceId, groupId } = await seedHostileAccount());
    const { findings, context } = await scanAccount(
      {
        provider: { endpoint: motoEndpoint(), regions: ['us-east-1'] },
        checks: selectChecks(checkCatalog, {
          checks: ['ec2_instance_imdsv2_enabled', 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', 's3_bucket_object_versioning'],
        }),
        options: DEFAULT_SCAN_OPTIONS,
        config: DEFAULT_AWS_CONFIG,
        scanName: HOSTILE.scriptBreakout,
      },
      silentLogger,
    );
    const path = join(directory, 'hostile.html');
    await writeFileAtomically(path, (out) => writeHtml(findings, context, out));
    report = await openReport(browser(), path);
  }, 60_000);

  it('runs none of it', async () => {
    await expectNothingRan(report);
  });

  it('shows the scan name and the tags of an instance verbatim', async () => {
    const { page } = report;
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.scriptBreakout);
    expect(await page.title()).toBe(`${HOSTILE.scriptBreakout} · AWS account 123456789012 · security posture report`);
    await openFinding(page, instanceId);
    const { tags } = await detailsText(page);
    expect(tags).toEqual(expect.arrayContaining([['Name', HOSTILE.scriptBreakout], [HOSTILE.image, HOSTILE.entity]]));
    await expectNothingRan(report);
  });

  it('shows a security group named and tagged with markup verbatim, in the table and the details', async () => {
    const { page } = report;
    await openFinding(page, groupId);
    // The resource column: ID, then the name.
    expect(await page.locator('.grid-row.finding [role="cell"]:nth-child(6) .sub').first().textContent()).toBe(HOSTILE.image);
    const { facts, tags } = await detailsText(page);
    expect(facts.Name).toBe(HOSTILE.image);
    expect(tags).toContainEqual([HOSTILE.attribute, HOSTILE.comment]);
    await expectNothingRan(report);
  });

  it('finds markup by searching for it, as text', async () => {
    const { page } = report;
    await searchFor(page, HOSTILE.image);
    await expect.poll(() => page.locator('.grid-row.finding [role="cell"]:nth-child(6) .sub', { hasText: HOSTILE.image }).count()).toBeGreaterThan(0);
    await openFinding(page, HOSTILE_BUCKET);
    expect((await detailsText(page)).tags).toEqual(expect.arrayContaining([['owner', HOSTILE.image], ['note', HOSTILE.scriptBreakout]]));
    await expectNothingRan(report);
  });
});

describe('check metadata links', () => {
  it('become anchors only for web addresses', async () => {
    const hostileLinks: Finding = {
      ...FAILING_KEY,
      check: { ...FAILING_KEY.check, relatedUrl: 'javascript:window.__hostile=1', remediation: { text: 'Rotate.', url: 'https://docs.aws.amazon.com/kms/' } },
    };
    const path = join(directory, 'links.html');
    await writeFileAtomically(path, (out) => writeHtml([hostileLinks], { ...CONTEXT, failures: [] }, out));
    const report = await openReport(browser(), path, '#finding=0');
    const anchors = report.page.locator('#details a');
    expect(await anchors.allTextContents()).toEqual(['Remediation guide']);
    expect(await attributes(anchors, 'href')).toEqual(['https://docs.aws.amazon.com/kms/']);
    await expectNothingRan(report);
    await report.page.close();
  });
});
