import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_secure_transport_policy.js';

function denyHttp(action: string[], secureTransport: unknown = 'false'): PolicyDocument {
  return {
    Statement: [
      { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] },
      { Effect: 'Deny', Principal: { AWS: ['*'] }, Action: action, Resource: ['arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': secureTransport } } },
    ],
  };
}

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a policy denying all S3 actions over HTTP passes',
    given: ({ s3 }) => s3.buckets.add(bucket('tls', { policy: denyHttp(['s3:*']) })),
    expect: [{ status: 'PASS', resource: 'tls', detail: 'denies requests over insecure transport' }],
  },
  {
    name: 'denying uploads or everything over HTTP passes too',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('uploads', { policy: denyHttp(['s3:GetObject', 's3:PutObject']) }));
      s3.buckets.add(bucket('everything', { policy: denyHttp(['*']) }));
    },
    expect: [
      { status: 'PASS', resource: 'uploads' },
      { status: 'PASS', resource: 'everything' },
    ],
  },
  {
    name: 'a bucket without a policy fails',
    given: ({ s3 }) => s3.buckets.add(bucket('open')),
    expect: [{ status: 'FAIL', resource: 'open', detail: 'has no bucket policy' }],
  },
  {
    name: 'a deny that misses uploads, or a condition that is not literally "false", does not count',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('reads-only', { policy: denyHttp(['s3:GetObject']) }));
      s3.buckets.add(bucket('boolean', { policy: denyHttp(['s3:*'], false) }));
      s3.buckets.add(bucket('allow-only', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['s3:GetObject'], Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] } }));
    },
    expect: [
      { status: 'FAIL', resource: 'reads-only', detail: 'does not deny' },
      { status: 'FAIL', resource: 'boolean' },
      { status: 'FAIL', resource: 'allow-only' },
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
]);
