import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountPublicAccessBlock, bucket, groupGrant, ownerGrant, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_public_access.js';

const BLOCKED = publicAccessBlock();
const ALL_USERS = groupGrant('AllUsers');
const AUTHENTICATED_USERS = groupGrant('AuthenticatedUsers');

const PUBLIC_READ: PolicyDocument = {
  Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::site/*'] }],
};

testCheck(check, [
  { name: 'no buckets', given: ({ s3 }) => s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null)), expect: [] },
  {
    name: 'blocking at account level passes once, for the account, whatever the buckets',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(BLOCKED));
      s3.buckets.add(bucket('site', { aclGrants: [ALL_USERS], policy: PUBLIC_READ }));
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'blocked at account level' }],
  },
  {
    name: 'a bucket blocking public access itself passes despite a public ACL',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('blocked', { publicAccessBlock: BLOCKED, aclGrants: [ALL_USERS] }));
    },
    expect: [{ status: 'PASS', resource: 'blocked', detail: 'its own Block Public Access' }],
  },
  {
    name: 'a private bucket passes',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('private'));
    },
    expect: [{ status: 'PASS', resource: 'private', detail: 'is not public' }],
  },
  {
    name: 'ACL grants to everyone or to every AWS account fail',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('everyone', { aclGrants: [ownerGrant(), ALL_USERS] }));
      s3.buckets.add(bucket('any-account', { aclGrants: [AUTHENTICATED_USERS] }));
    },
    expect: [
      { status: 'FAIL', resource: 'everyone', detail: 'through its ACL' },
      { status: 'FAIL', resource: 'any-account', detail: 'through its ACL' },
    ],
  },
  {
    name: 'a public bucket policy fails',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.buckets.add(bucket('site', { policy: PUBLIC_READ }));
    },
    expect: [{ status: 'FAIL', resource: 'site', detail: 'through its bucket policy' }],
  },
  {
    name: 'a public policy limited to the organization is not public',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      const statement = PUBLIC_READ.Statement[0]!;
      s3.buckets.add(bucket('org', { policy: { Statement: [{ ...statement, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] } }));
    },
    expect: [{ status: 'PASS', resource: 'org' }],
  },
  {
    name: 'a public ACL fails even when the policy could not be read',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      const b = bucket('everyone', { aclGrants: [ALL_USERS], policy: unreadBy('s3', 'GetBucketPolicy', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'FAIL', resource: 'everyone', detail: 'through its ACL' }],
  },
  {
    name: 'an unreadable ACL of an otherwise private bucket is an error',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      const b = bucket('secret', { aclGrants: unreadBy('s3', 'GetBucketAcl', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketAcl' }],
  },
  {
    name: 'an unreadable account block is an error and no bucket is judged',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' });
      s3.buckets.add(bucket('site', { policy: PUBLIC_READ }));
    },
    expect: [{ status: 'ERROR', resource: 's3:GetPublicAccessBlock', region: 'us-east-1' }],
  },
  {
    name: 'bucket failures do not matter when the account blocks everything',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(BLOCKED));
      const b = bucket('secret', { aclGrants: unreadBy('s3', 'GetBucketAcl', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'PASS', resource: '111122223333' }],
  },
]);
