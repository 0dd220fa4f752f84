import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/checks/check.js';
import type { Finding } from '../../../src/findings/finding.js';
import { UsageError } from '../../../src/errors.js';
import type { ScanContext } from '../../../src/output/context.js';
import { writeOcsf } from '../../../src/output/ocsf.js';
import type { OcsfDetectionFinding, OcsfScanActivity } from '../../../src/output/ocsf-model.js';
import { readOcsf, readOcsfFile, readOcsfScan } from '../../../src/output/ocsf-read.js';
import { CONTEXT, FINDINGS, MUTED_BUCKET, PASSING_KEY } from './fixtures.js';
import { render } from './render.js';

const ocsfText = (findings: readonly Finding[] = FINDINGS, context: ScanContext = CONTEXT) => render(writeOcsf, findings, context);

async function ocsf(findings: readonly Finding[] = FINDINGS, context: ScanContext = CONTEXT): Promise<OcsfDetectionFinding[]> {
  return JSON.parse(await ocsfText(findings, context)) as OcsfDetectionFinding[];
}

/** What a file says about the scan beside its findings: a context without the live scan's read failures. */
const recorded = (context: ScanContext): ScanContext => ({ ...context, failures: [] });

/** Written by scanner 0.1.0 from FINDINGS, in an account aliased acme-prod, with ec2_ami_public also run. */
const OLD_FILE = fileURLToPath(new URL('scanner-0.1.0.ocsf.json', import.meta.url));

const EPOCH = Date.parse('2026-03-04T05:06:07.000Z') / 1000;

describe('writeOcsf', () => {
  it('writes a JSON array with one Detection Finding per finding, as JSON.stringify indents it', async () => {
    const text = await ocsfText();
    const records = JSON.parse(text) as OcsfDetectionFinding[];
    expect(records).toHaveLength(FINDINGS.length);
    expect(records.every((record) => record.class_uid === 2004)).toBe(true);
    expect(text).toBe(`${JSON.stringify(records, null, 2)}\n`);
  });

  it('states the scan facts once, on the first finding only', async () => {
    const [first, ...others] = await ocsf();
    expect(first!.unmapped.scan).toEqual({
      name: CONTEXT.scanName,
      caller_arn: CONTEXT.account.callerArn,
      regions: ['eu-west-1', 'us-east-1'],
      // Every check of the context has a finding here.
      checks_without_findings: [],
      started_at: '2026-03-04T05:04:00.000Z',
      finished_at: '2026-03-04T05:06:07.500Z',
    });
    expect(others.filter((record) => 'scan' in record.unmapped)).toEqual([]);
    expect(new Set(others.map((record) => record.unmapped.scan_id))).toEqual(new Set([first!.unmapped.scan_id]));
  });

  it('writes one Scan Activity holding the scan facts when there are no findings', async () => {
    const aliased = { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-prod' } };
    const [activity, ...rest] = JSON.parse(await ocsfText([], aliased)) as OcsfScanActivity[];
    expect(rest).toEqual([]);
    const { scan_id: scanId, ...unmapped } = activity!.unmapped;
    expect(scanId).toBe((await ocsf([PASSING_KEY], aliased))[0]!.unmapped.scan_id);
    expect({ ...activity, unmapped }).toEqual({
      message: 'Scan of AWS account 123456789012 completed with no findings to report.',
      metadata: {
        product: { name: 'scanner', uid: 'scanner', vendor_name: 'scanner', version: '0.1.0' },
        profiles: ['cloud', 'datetime'],
        version: '1.5.0',
      },
      severity_id: 1,
      severity: 'Informational',
      status: 'Success',
      status_id: 1,
      scan: { uid: scanId, name: CONTEXT.scanName, type: 'AWS account posture', type_id: 99 },
      num_detections: 0,
      start_time: Date.parse('2026-03-04T05:04:00.000Z'),
      start_time_dt: '2026-03-04T05:04:00.000Z',
      end_time: Date.parse('2026-03-04T05:06:07.500Z'),
      end_time_dt: '2026-03-04T05:06:07.500Z',
      duration: 127_500,
      category_name: 'Application Activity',
      category_uid: 6,
      class_name: 'Scan Activity',
      class_uid: 6007,
      cloud: { account: { type: 'AWS Account', type_id: 10, uid: '123456789012', labels: [] }, org: {}, provider: 'aws', region: 'us-east-1' },
      time: Date.parse('2026-03-04T05:06:07.500Z'),
      time_dt: '2026-03-04T05:06:07.500Z',
      type_uid: 600702,
      type_name: 'Scan Activity: Completed',
      activity_id: 2,
      activity_name: 'Completed',
      unmapped: {
        provider_uid: '123456789012',
        provider: 'aws',
        scan: {
          name: CONTEXT.scanName,
          caller_arn: CONTEXT.account.callerArn,
          account_alias: 'acme-prod',
          regions: ['eu-west-1', 'us-east-1'],
          checks_without_findings: CONTEXT.checkIds,
          started_at: '2026-03-04T05:04:00.000Z',
          finished_at: '2026-03-04T05:06:07.500Z',
        },
      },
    });
  });

  it('maps a passing finding field by field', async () => {
    const [passing] = await ocsf([PASSING_KEY]);
    const { scan_id: scanId, ...unmapped } = passing!.unmapped;
    expect(scanId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect({ ...passing, unmapped }).toEqual({
      message: PASSING_KEY.statusExtended,
      metadata: {
        event_code: 'kms_cmk_rotation_enabled',
        product: { name: 'scanner', uid: 'scanner', vendor_name: 'scanner', version: '0.1.0' },
        profiles: ['cloud', 'datetime'],
        version: '1.5.0',
      },
      severity_id: 4,
      severity: 'High',
      status: 'New',
      status_id: 1,
      status_code: 'PASS',
      status_detail: PASSING_KEY.statusExtended,
      risk_details: 'Why kms_cmk_rotation_enabled matters.',
      finding_info: {
        analytic: { name: 'Title of kms_cmk_rotation_enabled', uid: 'kms_cmk_rotation_enabled', type: 'Rule', type_id: 1, category: 'kms' },
        created_time: EPOCH,
        created_time_dt: '2026-03-04T05:06:07.000Z',
        desc: 'What kms_cmk_rotation_enabled looks at.',
        title: 'Title of kms_cmk_rotation_enabled',
        uid: PASSING_KEY.uid,
        name: PASSING_KEY.resource.id,
        types: ['Software and Configuration Checks/AWS Security Best Practices', 'Industry and Regulatory Standards/CIS'],
      },
      resources: [
        {
          cloud_partition: 'aws',
          region: 'eu-west-1',
          data: {
            details: '',
            metadata: {
              arn: PASSING_KEY.resource.arn,
              id: PASSING_KEY.resource.id,
              name: 'alias/payments',
              region: 'eu-west-1',
              tags: { env: 'prod', team: 'security' },
            },
          },
          group: { name: 'kms' },
          labels: ['env:prod', 'team:security'],
          name: PASSING_KEY.resource.id,
          type: 'AwsKmsKey',
          uid: PASSING_KEY.resource.arn,
        },
      ],
      category_name: 'Findings',
      category_uid: 2,
      class_name: 'Detection Finding',
      class_uid: 2004,
      cloud: {
        account: { type: 'AWS Account', type_id: 10, uid: '123456789012', labels: [] },
        org: {},
        provider: 'aws',
        region: 'eu-west-1',
      },
      remediation: {
        desc: 'Turn on automatic rotation.',
        references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html'],
      },
      time: EPOCH,
      time_dt: '2026-03-04T05:06:07.000Z',
      type_uid: 200401,
      type_name: 'Detection Finding: Create',
      activity_id: 1,
      activity_name: 'Create',
      unmapped: {
        related_url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
        categories: ['encryption', 'secrets'],
        depends_on: [],
        related_to: [],
        additional_urls: [],
        notes: '',
        compliance: expect.objectContaining({ 'CIS-6.0': ['4.6'], 'AWS-Foundational-Security-Best-Practices': ['KMS.4'], 'PCI-4.0': ['3.7.4.5', '3.7.5.2'] }) as Record<string, string[]>,
        provider_uid: '123456789012',
        provider: 'aws',
        scan: {
          name: CONTEXT.scanName,
          caller_arn: CONTEXT.account.callerArn,
          regions: ['eu-west-1', 'us-east-1'],
          checks_without_findings: CONTEXT.checkIds.filter((id) => id !== PASSING_KEY.check.id),
          started_at: CONTEXT.startedAt.toISOString(),
          finished_at: CONTEXT.finishedAt.toISOString(),
        },
      },
    });
  });

  it('marks a muted FAIL as suppressed and keeps its verdict in status_code', async () => {
    const [muted] = await ocsf([MUTED_BUCKET]);
    expect(muted).toMatchObject({
      status: 'Suppressed',
      status_id: 3,
      status_code: 'FAIL',
      severity: 'Medium',
      severity_id: 3,
      remediation: { desc: 'How to fix s3_bucket_default_encryption.', references: [] },
      resources: [{ uid: 'arn:aws:s3:::legacy-logs', name: 'legacy-logs', labels: [], type: 'AwsS3Bucket', group: { name: 's3' } }],
      unmapped: { related_url: '', categories: [] },
    });
  });

  it.each<[Severity, number, string]>([
    ['informational', 1, 'Informational'],
    ['low', 2, 'Low'],
    ['medium', 3, 'Medium'],
    ['high', 4, 'High'],
    ['critical', 5, 'Critical'],
  ])('writes severity %s as %i (%s)', async (severity, id, name) => {
    const [written] = await ocsf([{ ...PASSING_KEY, severity, check: { ...PASSING_KEY.check, severity } }]);
    expect(written).toMatchObject({ severity_id: id, severity: name });
  });

  it.each(['PASS', 'FAIL', 'MANUAL', 'ERROR'] as const)('writes status %s as status_code, New while unmuted', async (status) => {
    const [written] = await ocsf([{ ...PASSING_KEY, status }]);
    expect(written).toMatchObject({ status_code: status, status: 'New', status_id: 1 });
  });

  it('gives the same scan the same ID every time, and another scan another', async () => {
    const [written] = await ocsf();
    expect((await ocsf())[0]!.unmapped.scan_id).toBe(written!.unmapped.scan_id);
    const [otherScan] = await ocsf([PASSING_KEY], { ...CONTEXT, startedAt: new Date('2026-03-05T00:00:00Z') });
    expect(otherScan!.unmapped.scan_id).not.toBe(written!.unmapped.scan_id);
  });
});

/** The findings as OCSF carries them: remediation code does not travel. */
const withoutCode = (findings: readonly Finding[]) =>
  findings.map((finding) => {
    const { text, url } = finding.check.remediation;
    return { ...finding, check: { ...finding.check, remediation: url ? { text, url } : { text } } };
  });

describe('readOcsf', () => {
  it('reads back what writeOcsf wrote, except remediation code, which OCSF does not carry', async () => {
    expect(await readOcsf([await ocsfText()])).toEqual(withoutCode(FINDINGS));
  });

  it('reads no findings from the file of a scan without any', async () => {
    expect(await readOcsf([await ocsfText([])])).toEqual([]);
  });

  it("reads tags from labels when the resource metadata is not the scanner's", async () => {
    const [written] = await ocsf([PASSING_KEY]);
    const prowlerLike = { ...written, resources: [{ ...written!.resources[0]!, data: { details: '', metadata: { tags: [{ Key: 'env' }] } } }] };
    const [read] = await readOcsf([JSON.stringify([prowlerLike])]);
    expect(read!.resource).toEqual({ arn: PASSING_KEY.resource.arn, id: PASSING_KEY.resource.id, name: PASSING_KEY.resource.id, tags: { env: 'prod', team: 'security' } });
  });

  describe('rejects with a usage error', () => {
    let passing: OcsfDetectionFinding;
    beforeAll(async () => {
      [passing] = (await ocsf([PASSING_KEY])) as [OcsfDetectionFinding];
    });

    it.each<[string, (record: OcsfDetectionFinding) => string, RegExp]>([
      ['not JSON', () => '{', /^not a JSON-OCSF findings file: expected a JSON array$/],
      ['not an array', () => '{}', /^not a JSON-OCSF findings file: expected a JSON array$/],
      ['an array left open', (record) => `[${JSON.stringify(record)}`, /^not a JSON-OCSF findings file: the array is not closed$/],
      ['a record that is not JSON', (record) => `[${JSON.stringify(record)}, {"a": }]`, /^not a JSON-OCSF findings file: record 1: /],
      ['an unknown severity', (record) => JSON.stringify([{ ...record, severity_id: 0 }]), /at 0\.severity_id: severity_id 0 has no scanner severity$/],
      ['no resource', (record) => JSON.stringify([record, { ...record, resources: [] }]), /at 1\.resources: /],
      ['a Scan Activity without facts', (record) => JSON.stringify([{ ...record, class_uid: 6007, unmapped: {} }]), /at 0\.unmapped\.scan: /],
    ])('for %s', async (_, text, message) => {
      await expect(readOcsf([text(passing)])).rejects.toThrow(UsageError);
      await expect(readOcsf([text(passing)])).rejects.toThrow(message);
    });
  });
});

describe('readOcsfScan', () => {
  const aliased = { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-prod' }, checkIds: [...CONTEXT.checkIds, 'ec2_ami_public'] };
  /** Checks with findings are named by them; the one without is recorded beside them. */
  const sortedCheckIds = [...aliased.checkIds].sort();

  it('rebuilds the scan around the findings from the facts on the first record', async () => {
    const { findings, context } = await readOcsfScan([await ocsfText(FINDINGS, aliased)]);
    expect(findings).toEqual(withoutCode(FINDINGS));
    expect(context).toEqual({ ...recorded(aliased), checkIds: sortedCheckIds });
  });

  it('rebuilds a scan without findings from its Scan Activity', async () => {
    const { findings, context } = await readOcsfScan([await ocsfText([], aliased)]);
    expect(findings).toEqual([]);
    expect(context).toEqual({ ...recorded(aliased), checkIds: sortedCheckIds });
  });

  it('reads a file of scanner 0.1.0, which wrote the facts on every record', async () => {
    const { findings, context } = await readOcsfFile(OLD_FILE, 'the findings file', readOcsfScan);
    expect(findings).toEqual(withoutCode(FINDINGS));
    expect(context).toEqual({ ...recorded(aliased), checkIds: sortedCheckIds });
  });

  it('derives regions, checks and times from the findings of a file without scan facts (Prowler)', async () => {
    const prowlerLike = (await ocsf()).map(({ unmapped: { scan: _scan, ...unmapped }, ...rest }) => ({ ...rest, unmapped }));
    const { context } = await readOcsfScan([JSON.stringify(prowlerLike)]);
    expect(context.account).toMatchObject({ id: '123456789012', callerArn: '', regions: ['eu-west-1', 'us-east-1'] });
    expect(context.startedAt.toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(context.checkIds).toEqual([...new Set(FINDINGS.map((f) => f.check.id))].sort());
    expect(context).not.toHaveProperty('scanName');
  });

  it('reads the partition of a scan without findings from the region its Scan Activity names', async () => {
    const govCloud = { ...CONTEXT, account: { ...CONTEXT.account, partition: 'aws-us-gov' as const, globalRegion: 'us-gov-west-1' } };
    const { context } = await readOcsfScan([await ocsfText([], govCloud)]);
    expect(context.account).toMatchObject({ partition: 'aws-us-gov', globalRegion: 'us-gov-west-1' });
  });

  it('refuses a file without records: there is no account to report on', async () => {
    await expect(readOcsfScan(['[]'])).rejects.toThrow('holds no findings');
  });
});
