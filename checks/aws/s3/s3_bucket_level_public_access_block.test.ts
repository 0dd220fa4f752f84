import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountPublicAccessBlock, bucket, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_level_public_access_block.js';

const BLOCKED = publicAccessBlock();
const ACLS_ONLY = publicAccessBlock({ blockPublicPolicy: false, restrictPublicBuckets: false });

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a bucket with its own block passes',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('blocked', { publicAccessBlock: BLOCKED }));
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
    },
    expect: [{ status: 'PASS', resource: 'blocked', detail: 'ignore public ACLs and restrict public buckets' }],
  },
  {
    name: 'a bucket without its own block passes when the account blocks',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('covered', { publicAccessBlock: null }));
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(BLOCKED));
    },
    expect: [{ status: 'PASS', resource: 'covered', detail: 'account 111122223333' }],
  },
  {
    name: 'a bucket with a partial or no block fails when the account does not block either',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('partial', { publicAccessBlock: ACLS_ONLY }));
      s3.buckets.add(bucket('none', { publicAccessBlock: null }));
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(ACLS_ONLY));
    },
    expect: [
      { status: 'FAIL', resource: 'partial', detail: 'does not have Block Public Access' },
      { status: 'FAIL', resource: 'none' },
    ],
  },
  {
    name: 'an unreadable bucket block is an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { publicAccessBlock: unreadBy('s3', 'GetPublicAccessBlock', 'eu-west-1') });
      s3.buckets.add(b);
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(BLOCKED));
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetPublicAccessBlock' }],
  },
  {
    name: 'an unreadable account block is an error only where a bucket depends on it',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('blocked', { publicAccessBlock: BLOCKED }));
      s3.buckets.add(bucket('depends', { publicAccessBlock: null }));
      s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'blocked' },
      { status: 'ERROR', resource: 'depends', detail: 'GetPublicAccessBlock failed' },
    ],
  },
  {
    name: 'an unreadable account block is not reported when no bucket needs it',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('blocked', { publicAccessBlock: BLOCKED }));
      s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'PASS', resource: 'blocked' }],
  },
]);
