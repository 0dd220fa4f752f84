import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamUser } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_administrator_access_policy.js';

const ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' };
const READ_ONLY = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users are judged by the name of their attached policies',
    given: ({ iam }) => {
      iam.users.add(iamUser('plain'));
      iam.users.add(iamUser('reader', { attachedPolicies: [READ_ONLY] }));
      iam.users.add(iamUser('admin', { attachedPolicies: [READ_ONLY, ADMIN] }));
      // A customer managed policy of that name counts too, as in Prowler.
      iam.users.add(iamUser('lookalike', { attachedPolicies: [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::111122223333:policy/AdministratorAccess' }] }));
    },
    expect: [
      { status: 'PASS', resource: 'plain', region: 'us-east-1' },
      { status: 'PASS', resource: 'reader' },
      { status: 'FAIL', resource: 'admin', detail: 'has the AdministratorAccess policy' },
      { status: 'FAIL', resource: 'lookalike' },
    ],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.users.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
