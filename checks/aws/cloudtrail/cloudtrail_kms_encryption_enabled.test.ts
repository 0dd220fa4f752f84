import type { Trail } from '../../../src/services/cloudtrail/cloudtrail.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './cloudtrail_kms_encryption_enabled.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function trail(name: string, homeRegion: string, fields: Partial<Trail> = {}): Trail {
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:111122223333:trail/${name}`,
    id: name,
    name,
    region: homeRegion,
    tags: {},
    multiRegion: false,
    logFileValidationEnabled: true,
    s3BucketName: 'trail-logs',
    kmsKeyId: KEY,
    isLogging: true,
    eventSelectors: { classic: [], advanced: [] },
    ...fields,
  };
}

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a multi-region trail with a KMS key passes once, in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('org', 'us-east-1', { multiRegion: true })),
    expect: [{ status: 'PASS', resource: 'org', region: 'us-east-1', detail: `Multi-region trail org encrypts its log files with KMS key ${KEY}` }],
  },
  {
    name: 'a single-region trail without a KMS key fails',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('local', 'eu-west-1', { kmsKeyId: null })),
    expect: [{ status: 'FAIL', resource: 'local', region: 'eu-west-1', detail: 'Single-region trail local does not encrypt' }],
  },
  {
    name: 'a trail homed outside the scanned regions is reported in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('far', 'ap-south-1', { multiRegion: true })),
    expect: [{ status: 'PASS', resource: 'far', region: 'ap-south-1' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit', 'us-east-1', { kmsKeyId: null }));
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'FAIL', resource: 'audit', region: 'us-east-1' },
      { status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' },
    ],
  },
]);
