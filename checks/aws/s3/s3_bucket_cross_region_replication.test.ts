import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured, listedBucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_cross_region_replication.js';

const rule = (destination: string, status = 'Enabled') => ({ id: 'r1', status, destination: `arn:aws:s3:::${destination}` });

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'replication to another region of a versioned bucket passes; same region, outside the scan, disabled or unversioned fail',
    given: ({ s3 }) => {
      for (const [name, region] of [['src', 'eu-west-1'], ['east', 'us-east-1'], ['near', 'eu-west-1'], ['same', 'eu-west-1'], ['outside', 'eu-west-1'], ['off', 'eu-west-1'], ['unversioned', 'eu-west-1'], ['none', 'eu-west-1']] as const) {
        s3.bucketList.add(listedBucket(name, { region }));
        s3.bucketVersioning.add(configured(name, 'versioning', { enabled: name !== 'unversioned', mfaDelete: false }, { region }));
      }
      s3.bucketReplication.add(configured('src', 'replicationRules', [rule('near'), rule('east')]));
      s3.bucketReplication.add(configured('same', 'replicationRules', [rule('near')]));
      s3.bucketReplication.add(configured('outside', 'replicationRules', [rule('elsewhere')]));
      s3.bucketReplication.add(configured('off', 'replicationRules', [rule('east', 'Disabled')]));
      s3.bucketReplication.add(configured('unversioned', 'replicationRules', [rule('east')]));
      s3.bucketReplication.add(configured('none', 'replicationRules', []));
    },
    expect: [
      { status: 'PASS', resource: 'src', detail: 'in region us-east-1' },
      { status: 'FAIL', resource: 'same', detail: 'same region' },
      { status: 'FAIL', resource: 'outside', detail: 'outside the scanned buckets' },
      { status: 'FAIL', resource: 'off', detail: 'does not replicate' },
      { status: 'FAIL', resource: 'unversioned', detail: 'does not replicate' },
      { status: 'FAIL', resource: 'none' },
    ],
  },
  {
    name: 'unread versioning of a bucket with rules is an error',
    given: ({ s3 }) => {
      s3.bucketList.add(listedBucket('src'));
      s3.bucketVersioning.add(configured('src', 'versioning', unreadBy('s3', 'GetBucketVersioning')));
      s3.bucketReplication.add(configured('src', 'replicationRules', [rule('src')]));
    },
    expect: [{ status: 'ERROR', resource: 'src', detail: 'GetBucketVersioning' }],
  },
  { name: 'unread replication is an error', given: ({ s3 }) => s3.bucketReplication.add(configured('x', 'replicationRules', unreadBy('s3', 'GetBucketReplication'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketReplication' }] },
]);
