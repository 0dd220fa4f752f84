import { testCheck } from '../../../test/helpers/check-cases.js';
import { accountPublicAccessBlock, bucket, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_account_level_public_access_blocks.js';

const BLOCKED = publicAccessBlock();
const POLICIES_ONLY = publicAccessBlock({ blockPublicAcls: false, ignorePublicAcls: false });

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'an account that blocks public access passes, buckets or not',
    given: ({ s3 }) => s3.accountPublicAccessBlock.add(accountPublicAccessBlock(BLOCKED)),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'for account 111122223333' }],
  },
  {
    name: 'an account without a block fails when it has buckets',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'does not ignore public ACLs' }],
  },
  {
    name: 'a partial block fails when it has buckets',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(POLICIES_ONLY));
      s3.buckets.add(bucket('data'));
    },
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'without buckets an unblocked account is not reported by default',
    given: ({ s3 }) => s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null)),
    expect: [],
  },
  {
    name: 'without buckets an unblocked account fails when unused services are scanned',
    given: ({ s3 }) => s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null)),
    options: { scanUnusedServices: true },
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'an unblocked account whose buckets could not be listed is an error',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListBuckets failed' }],
  },
  {
    name: 'an unblocked account fails on the buckets found, though another region could not be listed',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('data'));
      s3.buckets.fail({ region: 'eu-west-1', operation: 'GetBucketLocation', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'an unreadable account block is an error',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('data'));
      s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 's3:GetPublicAccessBlock', region: 'us-east-1' }],
  },
  {
    name: 'failures on single buckets do not concern the account setting',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      const b = bucket('data');
      s3.buckets.add(b);
      s3.buckets.fail({ region: 'eu-west-1', operation: 'GetBucketLogging', message: 'AccessDenied: denied', resourceArn: b.arn });
    },
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
]);
