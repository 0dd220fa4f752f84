import { testCheck } from '../../../test/helpers/check-cases.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import check from './cloudtrail_kms_encryption_enabled.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a multi-region trail with a KMS key passes once, in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true, kmsKeyId: KEY })),
    expect: [{ status: 'PASS', resource: 'org', region: 'us-east-1', detail: `Multi-region trail org encrypts its log files with KMS key ${KEY}` }],
  },
  {
    name: 'a single-region trail without a KMS key fails',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('local', { region: 'eu-west-1', kmsKeyId: null })),
    expect: [{ status: 'FAIL', resource: 'local', region: 'eu-west-1', detail: 'Single-region trail local does not encrypt' }],
  },
  {
    name: 'a trail homed outside the scanned regions is reported in its home region',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('far', { region: 'ap-south-1', multiRegion: true, kmsKeyId: KEY })),
    expect: [{ status: 'PASS', resource: 'far', region: 'ap-south-1' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => {
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1', kmsKeyId: null }));
      cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'FAIL', resource: 'audit', region: 'us-east-1' },
      { status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' },
    ],
  },
]);
