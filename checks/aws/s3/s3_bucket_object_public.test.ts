import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured, groupGrant, ownerGrant } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_object_public.js';

const ENABLED = { s3_bucket_object_public_enabled: true };

testCheck(check, [
  { name: 'no buckets', config: ENABLED, expect: [] },
  {
    name: 'disabled by default: nothing is reported',
    given: ({ s3 }) => s3.bucketObjectSamples.add(configured('b', 'objectSample', { outcome: 'empty' as const })),
    expect: [],
  },
  {
    name: 'empty and private samples pass, a public object fails, a refusal is left for review',
    config: ENABLED,
    given: ({ s3 }) => {
      s3.bucketObjectSamples.add(configured('empty', 'objectSample', { outcome: 'empty' as const }));
      s3.bucketObjectSamples.add(configured('private', 'objectSample', { outcome: 'sampled' as const, objects: [{ key: 'a', grants: [ownerGrant()] }] }));
      s3.bucketObjectSamples.add(configured('public', 'objectSample', { outcome: 'sampled' as const, objects: [{ key: 'a', grants: [] }, { key: 'b', grants: [groupGrant('AllUsers')] }] }));
      s3.bucketObjectSamples.add(configured('denied', 'objectSample', { outcome: 'refused' as const, errorCode: 'AccessDenied', message: 'denied' }));
    },
    expect: [
      { status: 'PASS', resource: 'empty', detail: 'is empty' },
      { status: 'PASS', resource: 'private', detail: 'None of the 1 sampled' },
      { status: 'FAIL', resource: 'public', detail: 'among the 2 sampled: b' },
      { status: 'MANUAL', resource: 'denied', detail: 'Access was denied' },
    ],
  },
  { name: 'an unread sample is an error', config: ENABLED, given: ({ s3 }) => s3.bucketObjectSamples.add(configured('x', 'objectSample', unreadBy('s3', 'ListObjectsV2'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'ListObjectsV2' }] },
]);
