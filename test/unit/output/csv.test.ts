import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/output/csv.js';
import { AWKWARD_CELL, CONTEXT, FINDINGS, HOSTILE_GROUP, HOSTILE_TAG, MUTED_BUCKET, PASSING_KEY, S3_ENCRYPTION, finding } from './fixtures.js';
import { render } from './render.js';

/** Prowler's CSV header, spelled out here so that a reordering in the writer fails this test. */
const PROWLER_COLUMNS =
  'AUTH_METHOD;TIMESTAMP;ACCOUNT_UID;ACCOUNT_NAME;ACCOUNT_EMAIL;ACCOUNT_ORGANIZATION_UID;ACCOUNT_ORGANIZATION_NAME;' +
  'ACCOUNT_TAGS;FINDING_UID;PROVIDER;CHECK_ID;CHECK_TITLE;CHECK_TYPE;STATUS;STATUS_EXTENDED;MUTED;SERVICE_NAME;' +
  'SUBSERVICE_NAME;SEVERITY;RESOURCE_TYPE;RESOURCE_UID;RESOURCE_NAME;RESOURCE_DETAILS;RESOURCE_TAGS;PARTITION;REGION;' +
  'DESCRIPTION;RISK;RELATED_URL;REMEDIATION_RECOMMENDATION_TEXT;REMEDIATION_RECOMMENDATION_URL;' +
  'REMEDIATION_CODE_NATIVEIAC;REMEDIATION_CODE_TERRAFORM;REMEDIATION_CODE_CLI;REMEDIATION_CODE_OTHER;COMPLIANCE;' +
  'CATEGORIES;DEPENDS_ON;RELATED_TO;NOTES;PROWLER_VERSION;ADDITIONAL_URLS;ACCOUNT_OU_UID;ACCOUNT_OU_NAME';

/** RFC 4180 reading with `;`: enough to prove the writer's quoting round-trips. */
function parseCsv(text: string): string[][] {
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
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record is not terminated');
  return rows;
}

describe('writeCsv', () => {
  let text: string;
  beforeAll(async () => {
    text = await render(writeCsv, FINDINGS, CONTEXT);
  });

  function records(): Record<string, string>[] {
    const [header, ...rows] = parseCsv(text);
    return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
  }

  function recordOf(uid: string): Record<string, string> {
    const record = records().find((r) => r.FINDING_UID === uid);
    if (!record) throw new Error(`no row for ${uid}`);
    return record;
  }

  it("starts with Prowler's header, ;-separated, CRLF-terminated", () => {
    expect(text.startsWith(`${PROWLER_COLUMNS}\r\n`)).toBe(true);
  });

  it('writes only the header when there are no findings', async () => {
    expect(await render(writeCsv, [], CONTEXT)).toBe(`${PROWLER_COLUMNS}\r\n`);
  });

  it('writes one row per finding, each with every column', () => {
    const rows = parseCsv(text);
    expect(rows).toHaveLength(FINDINGS.length + 1);
    for (const row of rows) expect(row).toHaveLength(44);
  });

  it('writes the bytes the one-shot csv-stringify call wrote for the same cells', () => {
    expect(text).toBe(stringify(parseCsv(text), { delimiter: ';', record_delimiter: 'windows', quote_record_delimiter: true }));
  });

  it('quotes a cell holding the separator, quotes and a line break, and reads it back intact', async () => {
    expect(await render(writeCsv, [HOSTILE_GROUP], CONTEXT)).toContain('"semi;colon ""quoted""\nsecond line"');
    const record = recordOf(HOSTILE_GROUP.uid);
    expect(record.RESOURCE_NAME).toBe(AWKWARD_CELL);
    expect(record.STATUS_EXTENDED).toBe(HOSTILE_GROUP.statusExtended);
    expect(record.RESOURCE_TAGS).toBe(`Name=${HOSTILE_TAG} | owner=a=b | c`);
  });

  it("fills a passing finding's columns the way Prowler does", () => {
    expect(recordOf(PASSING_KEY.uid)).toEqual({
      AUTH_METHOD: `caller: ${CONTEXT.account.callerArn}`,
      TIMESTAMP: '2026-03-04T05:06:07.000Z',
      ACCOUNT_UID: '123456789012',
      ACCOUNT_NAME: '',
      ACCOUNT_EMAIL: '',
      ACCOUNT_ORGANIZATION_UID: '',
      ACCOUNT_ORGANIZATION_NAME: '',
      ACCOUNT_TAGS: '',
      FINDING_UID: PASSING_KEY.uid,
      PROVIDER: 'aws',
      CHECK_ID: 'kms_cmk_rotation_enabled',
      CHECK_TITLE: 'Title of kms_cmk_rotation_enabled',
      CHECK_TYPE: 'Software and Configuration Checks/AWS Security Best Practices | Industry and Regulatory Standards/CIS',
      STATUS: 'PASS',
      STATUS_EXTENDED: PASSING_KEY.statusExtended,
      MUTED: 'False',
      SERVICE_NAME: 'kms',
      SUBSERVICE_NAME: '',
      SEVERITY: 'high',
      RESOURCE_TYPE: 'AwsKmsKey',
      RESOURCE_UID: PASSING_KEY.resource.arn,
      RESOURCE_NAME: PASSING_KEY.resource.id,
      RESOURCE_DETAILS: '',
      RESOURCE_TAGS: 'env=prod | team=security',
      PARTITION: 'aws',
      REGION: 'eu-west-1',
      DESCRIPTION: 'What kms_cmk_rotation_enabled looks at.',
      RISK: 'Why kms_cmk_rotation_enabled matters.',
      RELATED_URL: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      REMEDIATION_RECOMMENDATION_TEXT: 'Turn on automatic rotation.',
      REMEDIATION_RECOMMENDATION_URL: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html',
      REMEDIATION_CODE_NATIVEIAC: 'EnableKeyRotation: true',
      REMEDIATION_CODE_TERRAFORM: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}',
      REMEDIATION_CODE_CLI: 'aws kms enable-key-rotation --key-id <key-id>',
      REMEDIATION_CODE_OTHER: 'Console: Key rotation tab',
      // Every framework requirement that maps the check, as Prowler flattens them.
      COMPLIANCE: expect.stringMatching(/^AWS-AI-Security-Framework-1\.0: AISF-INFRA-07 \| .* \| CIS-6\.0: 4\.6 \| .* \| SOC2: pi_1_5$/) as string,
      CATEGORIES: 'encryption | secrets',
      DEPENDS_ON: '',
      RELATED_TO: '',
      NOTES: '',
      PROWLER_VERSION: '0.1.0',
      ADDITIONAL_URLS: '',
      ACCOUNT_OU_UID: '',
      ACCOUNT_OU_NAME: '',
    });
  });

  it('writes MUTED as True for a muted finding and leaves absent metadata empty', () => {
    const record = recordOf(MUTED_BUCKET.uid);
    expect(record).toMatchObject({ STATUS: 'FAIL', MUTED: 'True', SEVERITY: 'medium', RESOURCE_TAGS: '', CATEGORIES: '' });
    expect(record).toMatchObject({ RELATED_URL: '', REMEDIATION_RECOMMENDATION_URL: '', REMEDIATION_CODE_CLI: '' });
  });

  it('keeps the order of the findings it is given', () => {
    expect(records().map((r) => r.FINDING_UID)).toEqual(FINDINGS.map((f) => f.uid));
  });
});

describe('writeCsv and spreadsheet formulas (CSV injection)', () => {
  async function cellsOf(id: string, tags: Record<string, string> = {}): Promise<Record<string, string>> {
    const [header, row] = parseCsv(await render(writeCsv, [finding(S3_ENCRYPTION, 'FAIL', 'us-east-1', { id, tags })], CONTEXT));
    return Object.fromEntries(header!.map((column, i) => [column, row![i]!]));
  }

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+SUM(1,2)', "'+SUM(1,2)"],
    ['-2+3', "'-2+3"],
    ['@user', "'@user"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ["=cmd|' /C calc'!A0;x", "'=cmd|' /C calc'!A0;x"],
    ['plain-name', 'plain-name'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes the resource name %j as %j', async (id, expected) => {
    expect((await cellsOf(id)).RESOURCE_NAME).toBe(expected);
  });

  it('neutralises a tags cell that starts a formula and leaves the others as they are', async () => {
    expect((await cellsOf('bucket', { '@owner': '=1+2' })).RESOURCE_TAGS).toBe("'@owner==1+2");
    expect((await cellsOf('bucket', { owner: '=1+2' })).RESOURCE_TAGS).toBe('owner==1+2');
  });

  it('quotes a neutralised cell that needs quoting, so it reads back as one cell', async () => {
    const text = await render(writeCsv, [finding(S3_ENCRYPTION, 'FAIL', 'us-east-1', { id: '=a;"b"' })], CONTEXT);
    expect(text).toContain(`;"'=a;""b""";`);
  });
});
