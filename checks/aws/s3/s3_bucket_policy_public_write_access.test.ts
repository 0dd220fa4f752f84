import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountPublicAccessBlock, bucket, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_policy_public_write_access.js';

const RESTRICTED = publicAccessBlock({ blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false });

function policy(action: string[], principal = '*', condition?: PolicyDocument['Statement'][number]['Condition']): PolicyDocument {
  return { Statement: [{ Effect: 'Allow', Principal: { AWS: [principal] }, Action: action, Resource: ['arn:aws:s3:::b/*'], Condition: condition }] };
}

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a bucket without a policy passes',
    given: ({ s3 }) => s3.buckets.add(bucket('no-policy')),
    expect: [{ status: 'PASS', resource: 'no-policy', detail: 'has no bucket policy' }],
  },
  {
    name: 'public reads, and writes by named principals, are not public writes',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('public-read', { policy: policy(['s3:GetObject']) }));
      s3.buckets.add(bucket('partner', { policy: policy(['s3:PutObject'], 'arn:aws:iam::444455556666:root') }));
    },
    expect: [
      { status: 'PASS', resource: 'public-read', detail: 'does not allow public writes' },
      { status: 'PASS', resource: 'partner' },
    ],
  },
  {
    name: 'public write actions fail',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('put', { policy: policy(['s3:GetObject', 's3:PutObject']) }));
      s3.buckets.add(bucket('delete-any', { policy: policy(['s3:Delete*']) }));
      s3.buckets.add(bucket('everything', { policy: policy(['*']) }));
    },
    expect: [
      { status: 'FAIL', resource: 'put', detail: 'allows public writes' },
      { status: 'FAIL', resource: 'delete-any' },
      { status: 'FAIL', resource: 'everything' },
    ],
  },
  {
    name: 'a public write limited by source account or to private addresses is not public',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('source-account', { policy: policy(['s3:PutObject'], '*', { StringEquals: { 'AWS:SourceAccount': '111122223333' } }) }));
      s3.buckets.add(bucket('private-net', { policy: policy(['s3:PutObject'], '*', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.7'] } }) }));
    },
    expect: [
      { status: 'PASS', resource: 'source-account' },
      { status: 'PASS', resource: 'private-net' },
    ],
  },
  {
    name: 'a public write from public addresses stays public',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('office', { policy: policy(['s3:PutObject'], '*', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.114.0/24'] } }) }));
    },
    expect: [{ status: 'FAIL', resource: 'office' }],
  },
  {
    name: 'RestrictPublicBuckets on the bucket or the account neutralises a public write policy',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('bucket-level', { policy: policy(['s3:PutObject']), publicAccessBlock: RESTRICTED }));
      s3.buckets.add(bucket('account-level', { policy: policy(['s3:PutObject']) }));
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(RESTRICTED));
    },
    expect: [
      { status: 'PASS', resource: 'bucket-level', detail: 'restricted at bucket level' },
      { status: 'PASS', resource: 'account-level', detail: 'restricted at account level' },
    ],
  },
  {
    name: 'an unreadable policy is an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { policy: unreadBy('s3', 'GetBucketPolicy', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketPolicy' }],
  },
  {
    name: 'a public write policy with an unreadable account block is an error',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('put', { policy: policy(['s3:PutObject']) }));
      s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'put', detail: 'GetPublicAccessBlock failed' }],
  },
  {
    name: 'a public write policy with an unreadable bucket block fails nowhere when the account does not restrict',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      const b = bucket('put', { policy: policy(['s3:PutObject']), publicAccessBlock: unreadBy('s3', 'GetPublicAccessBlock', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'put', detail: 'GetPublicAccessBlock' }],
  },
]);
