import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import type { PolicyDocument } from '../../../src/services/policy.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_cross_account_access.js';

const allow = (principal: string, Condition?: PolicyDocument['Statement'][number]['Condition']): PolicyDocument => ({
  Statement: [{ Effect: 'Allow', Principal: { AWS: [principal] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'], Condition }],
});

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'no policy or a same-account policy passes',
    given: ({ s3 }) => {
      s3.bucketPolicies.add(configured('none', 'policy', null));
      s3.bucketPolicies.add(configured('own', 'policy', allow('arn:aws:iam::111122223333:role/app')));
    },
    expect: [
      { status: 'PASS', resource: 'none', detail: 'no bucket policy' },
      { status: 'PASS', resource: 'own', detail: 'does not allow' },
    ],
  },
  {
    name: 'another account or everyone fails; a trusted account or an account condition passes',
    given: ({ s3 }) => {
      s3.bucketPolicies.add(configured('foreign', 'policy', allow('arn:aws:iam::999988887777:root')));
      s3.bucketPolicies.add(configured('public', 'policy', allow('*')));
      s3.bucketPolicies.add(configured('trusted', 'policy', allow('arn:aws:iam::444455556666:root')));
      s3.bucketPolicies.add(configured('confined', 'policy', allow('*', { StringEquals: { 'aws:SourceAccount': '111122223333' } })));
    },
    config: { trusted_account_ids: ['444455556666'] },
    expect: [
      { status: 'FAIL', resource: 'foreign', detail: 'allows cross-account' },
      { status: 'FAIL', resource: 'public' },
      { status: 'PASS', resource: 'trusted' },
      { status: 'PASS', resource: 'confined' },
    ],
  },
  { name: 'an unread policy is an error', given: ({ s3 }) => s3.bucketPolicies.add(configured('x', 'policy', unreadBy('s3', 'GetBucketPolicy'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketPolicy' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketPolicies.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
