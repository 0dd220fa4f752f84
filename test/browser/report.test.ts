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
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { ROOT } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';
import { SEEDED_CHECK_METADATA } from '../helpers/seeded-checks.js';
import { render } from '../unit/output/render.js';
import { attributes, openReport, PHONE, type OpenedReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
/** Screenshots a person can look at after the run (gitignored). */
const SCREENSHOTS = join(ROOT, 'test-results');

/** An A4 page less the report's 12 mm margins, in CSS pixels: the box print lays each page out in. */
const A4_PRINTABLE = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 24) / 25.4) * 96) };

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function intersect(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

interface PrintLayout {
  charts: { figure: Box; canvas: Box }[];
  /** The right edge of the rightmost element. */
  right: number;
  height: number;
  /** Elements that force a page break before or after them. */
  forcedBreaks: string[];
  /** Height of the tallest element kept whole on one page. */
  tallestWhole: number;
}

/**
 * Lays the page out at the paper's width as printing does: in one go, with no resize callback run
 * in between (so a canvas keeps the size it was drawn at), and returns a `PrintLayout`. Page
 * source, as the tests are compiled without the DOM library.
 */
const PAPER_LAYOUT = `(width) => {
  const html = document.documentElement;
  html.style.width = width + 'px';
  const box = (element) => {
    const { left, right, top, bottom } = element.getBoundingClientRect();
    return { left, right, top, bottom };
  };
  const shown = [...document.body.querySelectorAll('*')].filter((element) => element.checkVisibility());
  const forced = (value) => ['page', 'left', 'right', 'recto', 'verso'].includes(value);
  const layout = {
    charts: [...document.querySelectorAll('#charts .chart')].map((figure) => ({ figure: box(figure), canvas: box(figure.querySelector('canvas')) })),
    right: Math.max(...shown.map((element) => element.getBoundingClientRect().right)),
    height: html.scrollHeight,
    forcedBreaks: shown
      .filter((element) => forced(getComputedStyle(element).breakBefore) || forced(getComputedStyle(element).breakAfter))
      .map((element) => element.tagName.toLowerCase() + '.' + element.className),
    tallestWhole: Math.max(0, ...shown
      .filter((element) => getComputedStyle(element).breakInside.startsWith('avoid'))
      .map((element) => element.getBoundingClientRect().height)),
  };
  html.style.width = '';
  return layout;
}`;

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (the page tree's nodes are `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

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
      { provider: { endpoint: motoEndpoint(), regions: REGIONS }, checks: SEEDED_CHECK_METADATA, options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG, scanName: 'Acme production' },
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

  it('counts each failing check as failures, then lists it, or a severity, when it is picked in the summary', async () => {
    expect(await page.locator('.top-checks h3').textContent()).toBe('Failing checks');
    // A title states the passing condition: the count beside it must say that it counts failures.
    const listed = page.locator('.top-checks button[data-check]');
    expect(await listed.count()).toBeGreaterThan(0);
    for (const row of await listed.all()) {
      const checkId = (await row.getAttribute('data-check'))!;
      const failing = count((f) => unmuted('FAIL')(f) && f.metadata.event_code === checkId);
      expect(await row.locator('.fail-count').textContent()).toBe(`${failing} FAIL`);
    }
    const top = listed.first();
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

  it('prints the summary, each chart inside its own column, and every unmuted failing finding, on pages it fills', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#print-findings tbody tr').count()).toBe(count(unmuted('FAIL')));
    expect(await page.locator('#findings').isVisible()).toBe(false);
    expect(await page.locator('#summary').isVisible()).toBe(true);
    const layout = await page.evaluate<PrintLayout>(`(${PAPER_LAYOUT})(${A4_PRINTABLE.width})`);
    expect(layout.charts).toHaveLength(3);
    for (const [index, { figure, canvas }] of layout.charts.entries()) {
      expect(canvas.left).toBeGreaterThanOrEqual(figure.left);
      expect(canvas.right).toBeLessThanOrEqual(figure.right);
      expect(canvas.bottom).toBeLessThanOrEqual(figure.bottom);
      for (const other of layout.charts.slice(index + 1)) expect(intersect(canvas, other.canvas)).toBe(false);
    }
    // Anything wider than the paper makes Chromium shrink every page to fit it.
    expect(layout.right).toBeLessThanOrEqual(A4_PRINTABLE.width);
    // Full pages: nothing starts a new page on its own, and nothing that must stay whole is so tall
    // that moving it to the next page could leave more than half a page empty.
    expect(layout.forcedBreaks).toEqual([]);
    expect(layout.tallestWhole).toBeLessThanOrEqual(A4_PRINTABLE.height / 2);

    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'report.pdf'), format: 'A4' });
    const needed = layout.height / A4_PRINTABLE.height;
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(Math.ceil(needed));
    expect(pdfPages(pdf)).toBeLessThanOrEqual(Math.ceil(needed * 2));
    await page.emulateMedia({ media: 'screen' });
  });

  describe('on a phone', () => {
    let phone: Page;

    beforeAll(async () => {
      phone = (await openReport(browser(), htmlPath, '#view=findings', PHONE)).page;
    });

    const pageWidth = () => phone.evaluate<number>('document.documentElement.scrollWidth');

    it('never scrolls sideways, and shows the check and the resource of each row', async () => {
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.viewport!.width);
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-summary.png'), fullPage: true });
      await phone.locator('#findings-table').scrollIntoViewIfNeeded();
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-table.png') });
      const rows = phone.locator('.grid-row.finding');
      expect(await rows.count()).toBeGreaterThan(5);
      const titles = new Set(ocsf.map((f) => f.finding_info.title));
      let previousBottom = 0;
      for (const row of (await rows.all()).slice(0, 10)) {
        // The virtualised table places stacked rows by the taller row height, one under the other.
        const { y, height } = (await row.boundingBox())!;
        expect(y).toBeGreaterThanOrEqual(previousBottom);
        previousBottom = y + height;
        expect(titles).toContain(await row.locator('.title').textContent());
        expect(await row.locator('.resource').textContent()).not.toBe('');
        for (const cell of [row.locator('.title'), row.locator('.resource')]) {
          expect(await cell.isVisible()).toBe(true);
          const box = (await cell.boundingBox())!;
          expect(box.width).toBeGreaterThan(40);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport!.width);
        }
      }
    });

    it('opens the details of a finding over the whole screen, with the close button in reach however far they scroll', async () => {
      await phone.locator('.grid-row.finding').first().click();
      const panel = phone.locator('#details');
      await expect.poll(() => panel.isVisible()).toBe(true);
      const close = panel.locator('.close');
      const inViewport = async () => {
        const box = (await close.boundingBox())!;
        const { width, height } = PHONE.viewport!;
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
      };
      expect(await inViewport()).toBe(true);
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.viewport!.width);
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-details.png') });
      await panel.locator('.panel-section').last().locator(':scope > *').last().scrollIntoViewIfNeeded();
      expect(await inViewport()).toBe(true);
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-details-end.png') });
      await close.click();
      await expect.poll(() => panel.isVisible()).toBe(false);
    });
  });
});
