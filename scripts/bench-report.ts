// npm run bench:report: 100,000 synthetic findings → the HTML report → its size, and how long
// headless Chromium takes until the findings table answers input. Figures, not a timed test; it
// exits 1 when a figure is over the budget the report promises (15 MB, 3 s).
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCatalog } from '../src/checks/catalog.js';
import type { Status } from '../src/checks/check.js';
import type { Finding } from '../src/findings/finding.js';
import type { ScanContext } from '../src/output/context.js';
import { writeFileAtomically } from '../src/output/atomic-file.js';
import { writeHtml } from '../src/output/html/writer.js';
import { judgeCompliance } from '../src/compliance/judge.js';
import type { AccountOutcome } from '../src/organization/account.js';
import { launchChromium, openReport } from '../test/browser/chromium.js';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 100_000);
/** BENCH_ACCOUNTS=500 spreads the findings over an organization of that many accounts in 20 OUs, with compliance judged. */
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 0);
const MAX_MEGABYTES = 15;
const MAX_SECONDS = 3;
const ACCOUNT = '123456789012';
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1',
  'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ca-central-1', 'sa-east-1', 'me-south-1'];
const ENVIRONMENTS = ['prod', 'staging', 'dev'];
const STATUSES: Status[] = ['FAIL', 'PASS', 'PASS', 'FAIL', 'MANUAL', 'PASS', 'FAIL', 'ERROR'];

/** A big account: every real check, resources with unique IDs and ARNs, tags on some, a few muted. */
function syntheticFindings(count: number): Finding[] {
  const timestamp = new Date().toISOString();
  return Array.from({ length: count }, (_, i): Finding => {
    const check = checkCatalog[i % checkCatalog.length]!;
    const region = REGIONS[Math.floor(i / checkCatalog.length) % REGIONS.length]!;
    const id = `${check.service}-${(i * 2654435761).toString(16).padStart(8, '0').slice(-8)}-${i}`;
    const status = STATUSES[i % STATUSES.length]!;
    return {
      uid: `scanner-aws-${check.id}-${ACCOUNT}-${region}-${id}`,
      check,
      status,
      severity: check.severity,
      statusExtended: `${check.resourceType} ${id} in ${region} ${status === 'PASS' ? 'meets' : 'does not meet'} the requirement of ${check.id}.`,
      muted: i % 97 === 0,
      accountId: ACCOUNT,
      partition: 'aws',
      region,
      resource: {
        arn: `arn:aws:${check.service}:${region}:${ACCOUNT}:resource/${id}`,
        id,
        name: i % 3 === 0 ? `app-${i % 500}-${region}` : id,
        tags: i % 4 !== 0 ? {} : { Name: `app-${i % 500}`, Environment: ENVIRONMENTS[i % ENVIRONMENTS.length]!, Owner: `team-${i % 40}` },
      },
      timestamp,
    };
  });
}

const startedAt = new Date();
const context: ScanContext = {
  scanName: 'Benchmark',
  account: { id: ACCOUNT, partition: 'aws', callerArn: `arn:aws:sts::${ACCOUNT}:assumed-role/ScannerAudit/bench`, regions: REGIONS, globalRegion: 'us-east-1' },
  scannerVersion: 'bench',
  startedAt,
  finishedAt: new Date(startedAt.getTime() + 42 * 60_000),
  checkIds: checkCatalog.map((check) => check.id),
  failures: [],
};

const members = Array.from({ length: ACCOUNTS }, (_, i): AccountOutcome => {
  const unit = i % 20;
  return {
    id: String(100_000_000_000 + i),
    name: `account-${i}`,
    email: `account-${i}@example.com`,
    ouPath: [{ id: `ou-root-${unit % 4}`, name: `Division ${unit % 4}` }, { id: `ou-unit-${unit}`, name: `Team ${unit}` }],
    tags: {},
    status: i % 50 === 49 ? 'assume_denied' : 'scanned',
  };
});
const scanned = members.filter((member) => member.status === 'scanned');
const findings = syntheticFindings(FINDINGS).map((finding, i) => {
  if (scanned.length === 0) return finding;
  const member = scanned[i % scanned.length]!;
  return { ...finding, accountId: member.id, account: member };
});
if (ACCOUNTS > 0) {
  context.organization = { id: 'o-bench', managementAccountId: ACCOUNT, accounts: members };
  context.compliance = judgeCompliance(findings, context);
}
const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'output', 'bench', `report-${FINDINGS}.html`);
mkdirSync(dirname(path), { recursive: true });
const writeStart = performance.now();
await writeFileAtomically(path, (out) => writeHtml(findings, context, out));
const writeMs = performance.now() - writeStart;
const megabytes = statSync(path).size / 1_000_000;

const browser = await launchChromium();
try {
  const { page, requests, errors } = await openReport(browser, path);
  // Milliseconds from navigation start to the mark the app sets once the table answers input.
  const interactiveMs = Number(await page.evaluate("performance.getEntriesByName('report-interactive')[0].startTime"));
  const searchStart = Date.now();
  await page.fill('#search', 'eu-west-3');
  await page.locator('#shown-count', { hasText: 'match' }).waitFor();
  const searchMs = Date.now() - searchStart;
  await page.click('[data-view="findings"]');
  const scrollStart = Date.now();
  await page.evaluate("document.querySelector('.grid-scroll').scrollTo({ top: 1e9 })");
  await page.locator('.grid-body .grid-row').last().waitFor();
  const scrollMs = Date.now() - scrollStart;
  const seconds = interactiveMs / 1000;
  console.log(`findings      ${FINDINGS.toLocaleString('en-US')}`);
  console.log(`written in    ${(writeMs / 1000).toFixed(2)} s`);
  console.log(`file size     ${megabytes.toFixed(2)} MB (budget ${MAX_MEGABYTES} MB)  ${path}`);
  console.log(`interactive   ${seconds.toFixed(2)} s after navigation (budget ${MAX_SECONDS} s)`);
  console.log(`search        ${searchMs} ms until the count updated (after the ${150} ms typing pause)`);
  console.log(`scroll to end ${scrollMs} ms`);
  console.log(`requests      ${requests.length} (the file itself)${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
  const over = [megabytes > MAX_MEGABYTES && 'file size', seconds > MAX_SECONDS && 'time to interactive', requests.length !== 1 && 'requests'].filter(Boolean);
  console.log(over.length ? `OVER BUDGET: ${over.join(', ')}` : 'within budget');
  process.exitCode = over.length ? 1 : 0;
} finally {
  await browser.close();
}
