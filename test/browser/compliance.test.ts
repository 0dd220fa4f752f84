import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/checks/catalog.js';
import { assessCompliance, type FrameworkAssessment } from '../../src/compliance/assess.js';
import { loadFrameworks } from '../../src/compliance/framework.js';
import { writeRequirementsCsv } from '../../src/compliance/requirements-csv.js';
import { writeFileAtomically } from '../../src/output/atomic-file.js';
import { writeHtml } from '../../src/output/html/writer.js';
import { ROOT } from '../helpers/cli.js';
import { CONTEXT, FAILING_KEY, FINDINGS, KMS_ROTATION } from '../unit/output/fixtures.js';
import { attributes, cellTexts, openReport, PHONE, type OpenedReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const SCREENSHOTS = join(ROOT, 'test-results');
const FRAMEWORK = 'cis_6.0_aws';
/** How the view names the verdicts the CSV spells out. */
const LABELS: Record<string, string> = { NOT_APPLICABLE: 'N/A', NOT_AUTOMATED_YET: 'Not automated', NOT_ASSESSED: 'Not assessed' };
const FINDING_COUNTS = ['PASS', 'FAIL', 'MUTED', 'ERROR', 'MANUAL'] as const;

type CsvRow = Record<string, string>;

/** The requirements CSV as records: `;`-separated, quoted where needed, CRLF line ends. */
function parseCsv(text: string): CsvRow[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  const [header, ...records] = rows;
  return records.map((record) => Object.fromEntries(header!.map((column, index) => [column, record[index]!])));
}

async function requirementsCsv(assessment: FrameworkAssessment, failingChecks: ReadonlySet<string>): Promise<CsvRow[]> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeRequirementsCsv(assessment, failingChecks, out);
  return parseCsv(Buffer.concat(chunks).toString('utf8'));
}

/** Requirements per verdict label, as the view shows them. */
function verdictTally(rows: readonly CsvRow[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const row of rows) tally[row.VERDICT!] = (tally[row.VERDICT!] ?? 0) + 1;
  return tally;
}

/** What a requirement row shows of its findings: the counts that are not zero, or "no findings". */
function shownFindingCounts(row: CsvRow): string[] {
  const counts = FINDING_COUNTS.filter((column) => row[column] !== '0').map((column) => `${row[column]} ${column === 'MUTED' ? 'muted' : column}`);
  return counts.length > 0 ? counts : ['no findings'];
}

/** `{ verdict: count }` from the count chips inside `scope`. */
async function shownVerdictCounts(page: Page, scope: string): Promise<Record<string, number>> {
  const chips = page.locator(`${scope} .verdict-counts .count-chip`);
  const verdicts = await attributes(chips, 'data-verdict');
  const texts = await chips.allTextContents();
  return Object.fromEntries(verdicts.map((verdict, index) => [verdict!, Number(texts[index]!.split(' ')[0]!.replace(/,/g, ''))]));
}

describe('the compliance view of a report', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scanner-compliance-'));
  const path = join(directory, 'compliance.html');
  const browser = sharedBrowser();
  const frameworks = loadFrameworks();
  let csv: CsvRow[];
  let report: OpenedReport;
  let page: Page;

  beforeAll(async () => {
    const compliance = assessCompliance(frameworks, FINDINGS, {
      checksRun: new Set(CONTEXT.checkIds),
      checksKnown: new Set(checkCatalog.map((check) => check.id)),
    });
    const failingChecks = new Set(FINDINGS.filter((finding) => finding.status === 'FAIL' && !finding.muted).map((finding) => finding.check.id));
    csv = await requirementsCsv(compliance.find((assessment) => assessment.framework.name === FRAMEWORK)!, failingChecks);
    await writeFileAtomically(path, (out) => writeHtml(FINDINGS, { ...CONTEXT, compliance }, out));
    mkdirSync(SCREENSHOTS, { recursive: true });
    report = await openReport(browser(), path);
    page = report.page;
  });

  it('opens on the findings page, with a tab to the compliance page', async () => {
    expect(await page.locator('#summary').isVisible()).toBe(true);
    expect(await page.locator('#compliance').count()).toBe(0);
    await page.click('.tab[data-page="compliance"]');
    await expect.poll(() => page.locator('.framework-card').count()).toBe(frameworks.length);
    expect(new URL(page.url()).hash).toBe('#compliance');
    expect(await page.locator('#summary').isVisible()).toBe(false);
    expect(await page.locator('.tab[aria-current="true"]').getAttribute('data-page')).toBe('compliance');
  });

  it('shows a card per framework, the most asked for first, and counts verdicts as the requirements CSV does', async () => {
    const order = await attributes(page.locator('.framework-card'), 'data-framework');
    expect(order.slice(0, 4)).toEqual(['cis_7.0_aws', 'cis_6.0_aws', 'aws_foundational_security_best_practices_aws', 'pci_4.0_aws']);
    const card = `.framework-card[data-framework="${FRAMEWORK}"]`;
    expect(await shownVerdictCounts(page, card)).toEqual(verdictTally(csv));
    const tally = verdictTally(csv);
    const judged = (tally.PASS ?? 0) + (tally.FAIL ?? 0) + (tally.ERROR ?? 0);
    expect(judged).toBeGreaterThan(0);
    expect(await page.locator(`${card} [data-testid="score"]`).textContent()).toBe(`${Math.round((100 * (tally.PASS ?? 0)) / judged)}%`);
    const automated = csv.filter((row) => row.CHECKS !== '').length;
    expect(await page.locator(`${card} [data-testid="coverage"]`).textContent()).toBe(`${Math.round((100 * automated) / csv.length)}%`);
    await page.screenshot({ path: join(SCREENSHOTS, 'compliance-cards.png') });

    await page.fill('#framework-filter', 'pci');
    expect(await attributes(page.locator('.framework-card:visible'), 'data-framework')).toEqual(['pci_4.0_aws', 'pci_3.2.1_aws']);
    await page.fill('#framework-filter', '');
  });

  it('lists every requirement of a framework, by section, with the verdict and findings counts of the CSV', async () => {
    await page.click(`.framework-card[data-framework="${FRAMEWORK}"]`);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#compliance/${FRAMEWORK}`);
    // Sections render their requirements only when opened.
    expect(await page.locator('.requirement-row').count()).toBe(0);
    const sections = [...new Set(csv.map((row) => row.SECTION!))];
    expect(await attributes(page.locator('.section-tree > details.section'), 'data-section')).toEqual(sections);
    for (const section of sections) {
      const scope = `.section-tree > details.section[data-section="${section}"] > summary`;
      expect(await shownVerdictCounts(page, scope)).toEqual(verdictTally(csv.filter((row) => row.SECTION === section)));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'compliance-framework.png'), fullPage: true });

    await page.click('[data-action="expand"]');
    const rows = page.locator('.requirement-row');
    expect(await attributes(rows, 'data-requirement')).toEqual(csv.map((row) => row.REQUIREMENT_ID));
    expect(await attributes(rows, 'data-verdict')).toEqual(csv.map((row) => row.VERDICT));
    const shown = await Promise.all((await rows.all()).map((row) => row.locator('.finding-counts .count-chip').allTextContents()));
    expect(shown).toEqual(csv.map(shownFindingCounts));
    expect(await rows.locator('.verdict').allTextContents()).toEqual(csv.map((row) => LABELS[row.VERDICT!] ?? row.VERDICT));
  });

  it('narrows the requirements to the verdicts chosen', async () => {
    await page.click('.chip[data-verdict="FAIL"]');
    const failing = csv.filter((row) => row.VERDICT === 'FAIL');
    expect(failing.length).toBeGreaterThan(0);
    expect(await attributes(page.locator('.requirement-row'), 'data-requirement')).toEqual(failing.map((row) => row.REQUIREMENT_ID));
    expect(await page.locator('#requirements-shown').textContent()).toBe(`${failing.length} of ${csv.length} requirements match`);
    await page.screenshot({ path: join(SCREENSHOTS, 'compliance-failing.png'), fullPage: true });
  });

  it("opens a requirement with its checks, their failing resources first, and the check's remediation", async () => {
    const requirement = csv.find((row) => row.CHECKS === KMS_ROTATION.id)!;
    expect(requirement.VERDICT).toBe('FAIL');
    await page.click(`.requirement-row[data-requirement="${requirement.REQUIREMENT_ID}"]`);
    const panel = page.locator('#requirement');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#compliance/${FRAMEWORK}/${encodeURIComponent(requirement.REQUIREMENT_ID!)}`);
    expect(await panel.locator('#requirement-title').textContent()).toBe(requirement.TITLE);
    const check = panel.locator(`.requirement-check[data-check="${KMS_ROTATION.id}"]`);
    expect(await check.locator('.check-title').textContent()).toBe(KMS_ROTATION.title);
    const firstRow = check.locator('tbody tr').first();
    expect(await firstRow.locator('.status').textContent()).toBe('FAIL');
    expect(await firstRow.locator('.link-button').textContent()).toBe(FAILING_KEY.resource.id);
    expect(await firstRow.textContent()).toContain(FAILING_KEY.statusExtended);
    expect(await check.locator('tbody tr').count()).toBe(FINDINGS.filter((finding) => finding.check.id === KMS_ROTATION.id).length);
    expect(await check.locator('.requirement-remediation').getAttribute('open')).toBe('');
    expect(await check.locator('.requirement-remediation').textContent()).toContain(KMS_ROTATION.remediation.text);
    await page.screenshot({ path: join(SCREENSHOTS, 'compliance-requirement.png') });

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe(`#compliance/${FRAMEWORK}`);
  });

  it('explains a requirement it cannot judge, and opens from a shared link', async () => {
    const notAssessed = csv.find((row) => row.VERDICT === 'NOT_ASSESSED')!;
    const shared = await openReport(browser(), path, `#compliance/${FRAMEWORK}/${encodeURIComponent(notAssessed.REQUIREMENT_ID!)}`);
    const panel = shared.page.locator('#requirement');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.requirement-notes li').allTextContents()).toEqual(notAssessed.NOTES!.split(' | '));
    expect(await panel.locator('.requirement-check').count()).toBe(notAssessed.CHECKS!.split(' | ').length);
    expect(shared.errors).toEqual([]);
    await shared.page.close();
  });

  it('opens a finding of a requirement in the findings table', async () => {
    const requirement = csv.find((row) => row.CHECKS === KMS_ROTATION.id)!;
    await page.click(`.requirement-row[data-requirement="${requirement.REQUIREMENT_ID}"]`);
    await page.click(`#requirement .link-button:text-is("${FAILING_KEY.resource.id}")`);
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('.status-detail').textContent()).toBe(FAILING_KEY.statusExtended);
    expect(await page.locator('#findings').isVisible()).toBe(true);
    expect(await page.locator('#compliance').isVisible()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.locator('#requirement').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it("prints a framework's summary alone, on one page", async () => {
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    expect(await sheet.isVisible()).toBe(true);
    for (const hidden of ['header.masthead', '.section-tree', '#summary', '#print-findings']) expect(await page.locator(hidden).isVisible()).toBe(false);
    expect(await sheet.locator('.sheet-failing li strong').allTextContents()).toEqual(csv.filter((row) => row.VERDICT === 'FAIL').map((row) => row.REQUIREMENT_ID));
    const sectionRows = await cellTexts(sheet.locator('.sheet-sections tbody tr'));
    const sections = [...new Set(csv.map((row) => row.SECTION!))];
    expect(sectionRows).toEqual(
      sections.map((section) => {
        const inSection = csv.filter((row) => row.SECTION === section);
        const pass = inSection.filter((row) => row.VERDICT === 'PASS').length;
        const fail = inSection.filter((row) => row.VERDICT === 'FAIL').length;
        return [section, String(pass), String(fail), String(inSection.length - pass - fail)];
      }),
    );
    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'compliance.pdf'), format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a phone', async () => {
    const phone = await openReport(browser(), path, `#compliance/${FRAMEWORK}`, PHONE);
    await phone.page.click('[data-action="expand"]');
    expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.viewport!.width);
    await phone.page.screenshot({ path: join(SCREENSHOTS, 'phone-compliance.png') });
    await phone.page.click('.requirement-row[data-verdict="FAIL"]');
    await expect.poll(() => phone.page.locator('#requirement').isVisible()).toBe(true);
    await phone.page.screenshot({ path: join(SCREENSHOTS, 'phone-requirement.png') });
    await phone.page.close();
  });

  it('made no request but for the file itself, and reported no error', () => {
    expect(report.requests).toEqual([`file://${path}`]);
    expect(report.errors).toEqual([]);
    expect(report.dialogs).toEqual([]);
  });
});

describe('a report written without compliance', () => {
  const browser = sharedBrowser();

  it('has no compliance tab, and a compliance link opens the findings', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'scanner-no-compliance-')), 'plain.html');
    await writeFileAtomically(path, (out) => writeHtml(FINDINGS, CONTEXT, out));
    const { page, errors } = await openReport(browser(), path, `#compliance/${FRAMEWORK}`);
    expect(await page.locator('.page-tabs').count()).toBe(0);
    expect(await page.locator('#summary').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
