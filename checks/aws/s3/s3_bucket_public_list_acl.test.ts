import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accountPublicAccessBlock, configured, groupGrant, ownerGrant, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_public_list_acl.js';

const acl = (...grants: ReturnType<typeof ownerGrant>[]) => ({ ownerId: 'abc123', grants: [ownerGrant(), ...grants] });

testCheck(check, [
  { name: 'no buckets', given: ({ s3 }) => s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null)), expect: [] },
  {
    name: 'an account block passes once for the account',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(publicAccessBlock()));
      s3.bucketPublicAccessBlocks.add(configured('open', 'publicAccessBlock', null));
      s3.bucketAcls.add(configured('open', 'acl', acl(groupGrant('AllUsers', 'FULL_CONTROL'))));
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'account level' }],
  },
  {
    name: 'buckets: own block passes, a public grant of the permission fails, other grants pass',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      for (const [name, block, grants] of [
        ['blocked', publicAccessBlock(), acl(groupGrant('AllUsers', 'FULL_CONTROL'))],
        ['open', null, acl(groupGrant('AuthenticatedUsers', 'READ_ACP'))],
        ['other', publicAccessBlock({ ignorePublicAcls: false }), acl(groupGrant('AllUsers', 'WRITE'))],
      ] as const) {
        s3.bucketPublicAccessBlocks.add(configured(name, 'publicAccessBlock', block));
        s3.bucketAcls.add(configured(name, 'acl', grants));
      }
    },
    expect: [
      { status: 'PASS', resource: 'blocked', detail: 'its own Block Public Access' },
      { status: 'FAIL', resource: 'open', detail: 'AuthenticatedUsers the READ_ACP permission' },
      { status: 'PASS', resource: 'other', detail: 'is not publicly listable' },
    ],
  },
  {
    name: 'an unread ACL of an unblocked bucket is an error',
    given: ({ s3 }) => {
      s3.accountPublicAccessBlock.add(accountPublicAccessBlock(null));
      s3.bucketPublicAccessBlocks.add(configured('x', 'publicAccessBlock', null));
      s3.bucketAcls.add(configured('x', 'acl', unreadBy('s3', 'GetBucketAcl')));
    },
    expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketAcl' }],
  },
  {
    name: 'an unread account block is an error',
    given: ({ s3 }) => s3.accountPublicAccessBlock.fail({ region: 'us-east-1', operation: 'GetPublicAccessBlock', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 's3:GetPublicAccessBlock' }],
  },
]);
