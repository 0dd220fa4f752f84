import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanContext } from '../../src/output/context.js';
import { writeFileAtomically } from '../../src/output/atomic-file.js';
import { writeHtml } from '../../src/output/html/writer.js';
import { check, CONTEXT, finding, FINDINGS, HOSTILE_GROUP, HOSTILE_SCRIPT, MUTED_BUCKET, PASSING_KEY, UNREAD_TRAILS } from '../unit/output/fixtures.js';
import { attributes, cellTexts, openReport } from './chromium.js';
import { sharedBrowser } from './shared-browser.js';

const directory = mkdtempSync(join(tmpdir(), 'scanner-fixture-'));
const browser = sharedBrowser();

async function open(name: string, findings: readonly Finding[], context: ScanContext, hash = ''): Promise<Page> {
  const path = join(directory, `${name}.html`);
  await writeFileAtomically(path, (out) => writeHtml(findings, context, out));
  const report = await openReport(browser(), path, hash);
  expect(report.errors).toEqual([]);
  return report.page;
}

function shown(page: Page): Promise<string | null> {
  return page.locator('#shown-count').textContent();
}

describe('a report of the unit fixtures', () => {
  let page: Page;

  beforeAll(async () => {
    page = await open('fixtures', FINDINGS, CONTEXT);
  });

  it('lists what could not be read: ERROR causes, and the reads no verdict depended on', async () => {
    expect(await page.locator('#unread-title').textContent()).toBe('2 scopes could not be read');
    expect(await cellTexts(page.locator('#unread tbody tr'))).toEqual([
      ['eu-west-1', UNREAD_TRAILS.statusExtended, 'cloudtrail_insights_exist'],
      ['us-east-1', `s3 GetBucketPolicy failed for arn:aws:s3:::legacy-logs (User is not authorized ${HOSTILE_SCRIPT}).`, '—'],
    ]);
  });

  it('counts muted findings apart and filters them', async () => {
    expect(await page.locator('.legend [data-column="muted"] strong').textContent()).toBe('1');
    await page.selectOption('select[data-filter="muted"]', 'hide');
    await expect.poll(() => shown(page)).toBe(`${FINDINGS.length - 1} of ${FINDINGS.length} findings match`);
    await page.selectOption('select[data-filter="muted"]', 'only');
    await page.click('[data-view="findings"]');
    await expect.poll(() => page.locator('.grid-row.finding').count()).toBe(1);
    expect(await page.locator('.grid-row.finding').textContent()).toContain(MUTED_BUCKET.resource.id);
    expect(await page.locator('.grid-row.finding .muted-tag').count()).toBe(1);
  });

  it('sorts by a column, and the other way on a second click', async () => {
    await page.click('.toolbar .reset');
    const severities = () => page.locator('.grid-row.finding [role="cell"]:nth-child(2)').allTextContents();
    await page.click('button.sort[data-sort="severity"]');
    await expect.poll(severities).toEqual(['Critical', 'High', 'High', 'Medium', 'Low', 'Informational']);
    await page.click('button.sort[data-sort="severity"]');
    await expect.poll(severities).toEqual(['Informational', 'Low', 'Medium', 'High', 'High', 'Critical']);
    expect(await attributes(page.locator('[role="columnheader"][aria-sort="descending"] button'), 'data-sort')).toEqual(['severity']);
  });
});

describe('search', () => {
  it.each([
    ['a tag key', 'TEAM', [PASSING_KEY]],
    ['a tag value', 'a=b | c', [HOSTILE_GROUP]],
  ])('matches %s', async (_, text, matching) => {
    const page = await open('search', FINDINGS, CONTEXT, `#view=findings&q=${encodeURIComponent(text)}`);
    expect(await shown(page)).toBe(`${matching.length} of ${FINDINGS.length} findings match`);
    expect(await attributes(page.locator('.grid-row.finding'), 'data-finding')).toEqual(matching.map((f) => String(FINDINGS.indexOf(f))));
    await page.close();
  });
});

describe('remediation snippets in the details', () => {
  const ACCOUNT = CONTEXT.account.id;
  /** One finding per case, its CLI snippet as the check writes it, and as the details must show it. */
  const cases: { name: string; finding: Finding; shown: string }[] = [
    {
      name: 'fill in the ID of the AMI the finding is about',
      finding: finding(check('ec2_ami_public', 'critical', { remediation: { text: 'Unshare.', cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --region <region>' } }), 'FAIL', 'us-east-1', {
        id: 'ami-0abc1234',
        arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:image/ami-0abc1234`,
      }),
      shown: 'aws ec2 modify-image-attribute --image-id ami-0abc1234 --region <region>',
    },
    {
      name: 'fill in a bucket name wherever it stands, and nothing else',
      finding: finding(
        check('s3_bucket_server_access_logging_enabled', 'medium', {
          remediation: { text: 'Log.', cli: `aws s3api put-bucket-logging --bucket <bucket-name> --bucket-logging-status '{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket-name>/"}'` },
        }),
        'FAIL',
        'us-east-1',
        { id: 'orders', arn: 'arn:aws:s3:::orders' },
      ),
      shown: `aws s3api put-bucket-logging --bucket orders --bucket-logging-status '{"TargetBucket":"<log-bucket>","TargetPrefix":"orders/"}'`,
    },
    {
      name: 'fill in a user under a path, not the policy attached to it',
      finding: finding(
        check('iam_policy_attached_only_to_group_or_roles', 'low', { remediation: { text: 'Detach.', cli: 'aws iam detach-user-policy --user-name <user-name> --policy-arn <policy-arn>' } }),
        'FAIL',
        'us-east-1',
        { id: 'alice', arn: `arn:aws:iam::${ACCOUNT}:user/ops/alice` },
      ),
      shown: 'aws iam detach-user-policy --user-name alice --policy-arn <policy-arn>',
    },
    {
      name: 'fill in the ARN of the policy the finding is about',
      finding: finding(
        check('iam_customer_attached_policy_no_administrative_privileges', 'high', { remediation: { text: 'Narrow.', cli: 'aws iam create-policy-version --policy-arn <policy-arn>' } }),
        'FAIL',
        'us-east-1',
        { id: 'admin-all', arn: `arn:aws:iam::${ACCOUNT}:policy/admin-all` },
      ),
      shown: `aws iam create-policy-version --policy-arn arn:aws:iam::${ACCOUNT}:policy/admin-all`,
    },
    {
      name: 'leave a snapshot placeholder alone on a finding about a volume',
      finding: finding(check('ec2_ebs_volume_encryption', 'medium', { remediation: { text: 'Copy.', cli: 'aws ec2 copy-snapshot --source-snapshot-id <snapshot-id> --encrypted' } }), 'FAIL', 'us-east-1', {
        id: 'vol-0abc',
        arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0abc`,
      }),
      shown: 'aws ec2 copy-snapshot --source-snapshot-id <snapshot-id> --encrypted',
    },
    {
      name: 'leave the trail name alone when the account has no trail (the resource is the account)',
      finding: finding(check('cloudtrail_multi_region_enabled', 'high', { remediation: { text: 'Create one.', cli: 'aws cloudtrail create-trail --name <trail-name>' } }), 'FAIL', 'us-east-1', {
        id: ACCOUNT,
        arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail`,
      }),
      shown: 'aws cloudtrail create-trail --name <trail-name>',
    },
    {
      name: 'never paste in an ID that a shell would read as syntax',
      finding: finding(check('ec2_securitygroup_allow_ingress_from_internet_to_all_ports', 'high', { remediation: { text: 'Revoke.', cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id>' } }), 'FAIL', 'us-east-1', {
        id: 'sg-1;reboot',
        arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-1;reboot`,
      }),
      shown: 'aws ec2 revoke-security-group-ingress --group-id <group-id>',
    },
  ];
  let path: string;

  beforeAll(async () => {
    path = join(directory, 'remediation.html');
    await writeFileAtomically(path, (out) => writeHtml(cases.map((c) => c.finding), { ...CONTEXT, failures: [] }, out));
  });

  it.each(cases.map((c, index) => [c.name, index, c.shown] as const))('%s', async (_, index, shown) => {
    const report = await openReport(browser(), path, `#finding=${index}`);
    expect(await report.page.locator('#details .snippet code').allTextContents()).toEqual([shown]);
    await report.page.close();
  });
});

describe('the keyboard', () => {
  it('moves between rows, expands a check and opens a finding', async () => {
    const page = await open('keyboard', FINDINGS, CONTEXT);
    const focusedRow = () => page.locator('.grid-body :focus').getAttribute('aria-rowindex');
    await page.locator('.grid-row.group').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // The check expanded under the row that keeps the focus; its first finding opens with Enter.
    expect(await page.locator('.grid-row.group').first().getAttribute('aria-expanded')).toBe('true');
    expect(await focusedRow()).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#details').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#details').isVisible()).toBe(false);
    await page.close();
  });
});

describe('a shared link', () => {
  it('opens the finding it names', async () => {
    const index = FINDINGS.indexOf(UNREAD_TRAILS);
    const page = await open('link', FINDINGS, CONTEXT, `#view=findings&finding=${index}`);
    expect(await page.locator('#details .status-detail').textContent()).toBe(UNREAD_TRAILS.statusExtended);
    expect(await page.locator('.grid-row.selected').getAttribute('data-finding')).toBe(String(index));
    await page.close();
  });

  it('ignores what it does not know', async () => {
    const page = await open('unknown', FINDINGS, CONTEXT, '#status=BOGUS&service=nope&finding=999&sort=color');
    expect(await shown(page)).toBe(`${FINDINGS.length} findings`);
    expect(await page.locator('#details').isVisible()).toBe(false);
    await page.close();
  });
});

describe('a scan without findings', () => {
  it('still opens, and says so', async () => {
    const page = await open('empty', [], { ...CONTEXT, failures: [] });
    expect(await shown(page)).toBe('0 findings');
    expect(await page.locator('[data-testid="pass-rate"]').textContent()).toBe('–');
    expect(await page.locator('.grid-empty').textContent()).toBe('The scan produced no findings.');
    expect(await page.locator('#unread').count()).toBe(0);
    await page.close();
  });
});
