import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/checks/check.js';
import type { Finding } from '../../../src/findings/finding.js';
import { UsageError } from '../../../src/errors.js';
import { readOcsf, readOcsfScan, writeOcsf, type OcsfDetectionFinding } from '../../../src/output/ocsf.js';
import { CONTEXT, FINDINGS, MUTED_BUCKET, PASSING_KEY } from './fixtures.js';

function ocsf(findings: readonly Finding[] = FINDINGS): OcsfDetectionFinding[] {
  return JSON.parse(writeOcsf(findings, CONTEXT)) as OcsfDetectionFinding[];
}

const EPOCH = Date.parse('2026-03-04T05:06:07.000Z') / 1000;

describe('writeOcsf', () => {
  it('writes a JSON array with one Detection Finding per finding, indented by two spaces', () => {
    const text = writeOcsf(FINDINGS, CONTEXT);
    expect(text.startsWith('[\n  {\n    "message": ')).toBe(true);
    expect(ocsf()).toHaveLength(FINDINGS.length);
  });

  it('writes an empty array when there are no findings', () => {
    expect(JSON.parse(writeOcsf([], CONTEXT))).toEqual([]);
  });

  it('maps a passing finding field by field', () => {
    const [passing] = ocsf([PASSING_KEY]);
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
        compliance: {},
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

  it('marks a muted FAIL as suppressed and keeps its verdict in status_code', () => {
    const [muted] = ocsf([MUTED_BUCKET]);
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
  ])('writes severity %s as %i (%s)', (severity, id, name) => {
    const [written] = ocsf([{ ...PASSING_KEY, check: { ...PASSING_KEY.check, severity } }]);
    expect(written).toMatchObject({ severity_id: id, severity: name });
  });

  it.each(['PASS', 'FAIL', 'MANUAL', 'ERROR'] as const)('writes status %s as status_code, New while unmuted', (status) => {
    const [written] = ocsf([{ ...PASSING_KEY, status }]);
    expect(written).toMatchObject({ status_code: status, status: 'New', status_id: 1 });
  });

  it('gives every finding of a scan the same scan ID, and the same scan the same ID every time', () => {
    const scanIds = new Set(ocsf().map((finding) => finding.unmapped.scan_id));
    expect(scanIds.size).toBe(1);
    expect(ocsf()[0]!.unmapped.scan_id).toBe([...scanIds][0]);
    const otherScan = JSON.parse(writeOcsf([PASSING_KEY], { ...CONTEXT, startedAt: new Date('2026-03-05T00:00:00Z') })) as OcsfDetectionFinding[];
    expect(otherScan[0]!.unmapped.scan_id).not.toBe([...scanIds][0]);
  });
});

describe('readOcsf', () => {
  it('reads back what writeOcsf wrote, except remediation code, which OCSF does not carry', () => {
    const withoutCode = FINDINGS.map((finding) => {
      const { text, url } = finding.check.remediation;
      return { ...finding, check: { ...finding.check, remediation: url ? { text, url } : { text } } };
    });
    expect(readOcsf(writeOcsf(FINDINGS, CONTEXT))).toEqual(withoutCode);
  });

  it("reads tags from labels when the resource metadata is not the scanner's", () => {
    const [written] = ocsf([PASSING_KEY]);
    const prowlerLike = { ...written, resources: [{ ...written!.resources[0]!, data: { details: '', metadata: { tags: [{ Key: 'env' }] } } }] };
    const [read] = readOcsf(JSON.stringify([prowlerLike]));
    expect(read!.resource).toEqual({ arn: PASSING_KEY.resource.arn, id: PASSING_KEY.resource.id, name: PASSING_KEY.resource.id, tags: { env: 'prod', team: 'security' } });
  });

  it.each([
    ['not JSON', '{', /^not a JSON-OCSF findings file: /],
    ['not an array', '{}', /^not a JSON-OCSF findings file: /],
    ['an unknown severity', JSON.stringify([{ ...ocsf([PASSING_KEY])[0], severity_id: 0 }]), /at 0\.severity_id: severity_id 0 has no scanner severity/],
    ['no resource', JSON.stringify([{ ...ocsf([PASSING_KEY])[0], resources: [] }]), /at 0\.resources/],
  ])('rejects %s with a usage error', (_, text, message) => {
    expect(() => readOcsf(text)).toThrow(UsageError);
    expect(() => readOcsf(text)).toThrow(message);
  });
});

describe('readOcsfScan', () => {
  it('rebuilds the scan around the findings from what the scanner recorded', () => {
    const aliased = { ...CONTEXT, account: { ...CONTEXT.account, alias: 'acme-prod' }, checkIds: [...CONTEXT.checkIds, 'ec2_ami_public'] };
    const { findings, context } = readOcsfScan(writeOcsf(FINDINGS, aliased));
    expect(findings).toHaveLength(FINDINGS.length);
    expect(context).toEqual({
      scanName: CONTEXT.scanName,
      account: { ...aliased.account },
      scannerVersion: CONTEXT.scannerVersion,
      startedAt: CONTEXT.startedAt,
      finishedAt: CONTEXT.finishedAt,
      // Checks with findings are named by them; the one without is recorded beside them.
      checkIds: [...new Set(FINDINGS.map((f) => f.check.id)), 'ec2_ami_public'].sort(),
      failures: [],
    });
  });

  it('derives regions, checks and times from the findings of a file without scan facts (Prowler)', () => {
    const prowlerLike = ocsf().map(({ unmapped: { scan: _scan, ...unmapped }, ...rest }) => ({ ...rest, unmapped }));
    const { context } = readOcsfScan(JSON.stringify(prowlerLike));
    expect(context.account).toMatchObject({ id: '123456789012', callerArn: '', regions: ['eu-west-1', 'us-east-1'] });
    expect(context.startedAt.toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(context).not.toHaveProperty('scanName');
  });

  it('refuses a file without findings: there is no account to report on', () => {
    expect(() => readOcsfScan('[]')).toThrow('holds no findings');
  });
});

