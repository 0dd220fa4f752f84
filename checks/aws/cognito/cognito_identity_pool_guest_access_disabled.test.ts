import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { identityPool } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_identity_pool_guest_access_disabled.js';

testCheck(check, [
  { name: 'no identity pools', expect: [] },
  {
    name: 'a pool passes unless it gives credentials to unauthenticated guests',
    given: ({ cognito }) => {
      cognito.identityPools.add(identityPool('eu-west-1:closed'));
      cognito.identityPools.add(identityPool('eu-west-1:open', { allowsUnauthenticatedIdentities: true }));
    },
    expect: [
      { status: 'PASS', resource: 'eu-west-1:closed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'eu-west-1:open', detail: 'unauthenticated guests' },
    ],
  },
  {
    name: 'a pool that could not be described is an error, not a pass',
    given: ({ cognito }) => cognito.identityPools.add(identityPool('eu-west-1:unknown', { allowsUnauthenticatedIdentities: unreadBy('cognito', 'DescribeIdentityPool') })),
    expect: [{ status: 'ERROR', resource: 'eu-west-1:unknown', detail: 'DescribeIdentityPool' }],
  },
  {
    name: 'a region whose identity pools could not be listed is an error there',
    given: ({ cognito }) => cognito.identityPools.fail({ region: 'us-east-1', operation: 'ListIdentityPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListIdentityPools', region: 'us-east-1' }],
  },
]);
