import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { userPoolClient } from '../../../test/helpers/fixtures/cognito.js';
import check from './cognito_user_pool_client_prevent_user_existence_errors.js';

testCheck(check, [
  { name: 'no app clients', expect: [] },
  {
    name: 'each app client is judged on its own, under its pool-scoped ARN',
    given: ({ cognito }) => {
      cognito.userPoolClients.add(userPoolClient('c-good'));
      cognito.userPoolClients.add(userPoolClient('c-lax', { settings: { preventUserExistenceErrors: 'LEGACY', tokenRevocationEnabled: true } }));
      cognito.userPoolClients.add(userPoolClient('c-unset', { userPoolId: 'eu-west-1_other', settings: { preventUserExistenceErrors: '', tokenRevocationEnabled: true } }));
    },
    expect: [
      { status: 'PASS', resource: 'c-good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'c-lax', detail: 'tells in its errors' },
      { status: 'FAIL', resource: 'c-unset', detail: 'eu-west-1_other' },
    ],
  },
  {
    name: 'a client that could not be described is an error',
    given: ({ cognito }) => cognito.userPoolClients.add(userPoolClient('c-unknown', { settings: unreadBy('cognito', 'DescribeUserPoolClient') })),
    expect: [{ status: 'ERROR', resource: 'c-unknown', detail: 'DescribeUserPoolClient' }],
  },
  {
    name: 'a region where a pool\'s clients could not be listed is an error there',
    given: ({ cognito }) => {
      cognito.userPoolClients.add(userPoolClient('c-good'));
      cognito.userPoolClients.fail({ region: 'eu-west-1', operation: 'ListUserPoolClients', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'c-good' },
      { status: 'ERROR', resource: 'cognito:ListUserPoolClients', region: 'eu-west-1' },
    ],
  },
]);
