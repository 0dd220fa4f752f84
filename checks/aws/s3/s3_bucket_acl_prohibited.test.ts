import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_acl_prohibited.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a bucket with ACLs disabled passes',
    given: ({ s3 }) => s3.buckets.add(bucket('enforced')),
    expect: [{ status: 'PASS', resource: 'enforced', detail: 'ACLs disabled' }],
  },
  {
    name: 'other ownership settings leave ACLs enabled',
    given: ({ s3 }) => {
      s3.buckets.add(bucket('preferred', { ownership: 'BucketOwnerPreferred' }));
      s3.buckets.add(bucket('writer', { ownership: 'ObjectWriter' }));
    },
    expect: [
      { status: 'FAIL', resource: 'preferred', detail: 'BucketOwnerPreferred' },
      { status: 'FAIL', resource: 'writer', detail: 'ObjectWriter' },
    ],
  },
  {
    name: 'a bucket without ownership controls has ACLs enabled',
    given: ({ s3 }) => s3.buckets.add(bucket('legacy', { ownership: null })),
    expect: [{ status: 'FAIL', resource: 'legacy', detail: 'not configured' }],
  },
  {
    name: 'unreadable ownership controls are an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { ownership: unreadBy('s3', 'GetBucketOwnershipControls', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketOwnershipControls' }],
  },
]);
