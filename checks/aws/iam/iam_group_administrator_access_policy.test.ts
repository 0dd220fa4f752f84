import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamGroup } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_group_administrator_access_policy.js';

const ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' };
const READ_ONLY = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'groups are judged by the name of their attached policies',
    given: ({ iam }) => {
      iam.groups.add(iamGroup('plain'));
      iam.groups.add(iamGroup('reader', { attachedPolicies: [READ_ONLY] }));
      iam.groups.add(iamGroup('admin', { attachedPolicies: [READ_ONLY, ADMIN] }));
      // A customer managed policy of that name counts too, as in Prowler.
      iam.groups.add(iamGroup('lookalike', { attachedPolicies: [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::111122223333:policy/AdministratorAccess' }] }));
    },
    expect: [
      { status: 'PASS', resource: 'plain', region: 'us-east-1' },
      { status: 'PASS', resource: 'reader' },
      { status: 'FAIL', resource: 'admin', detail: 'has the AdministratorAccess policy' },
      { status: 'FAIL', resource: 'lookalike' },
    ],
  },
  {
    name: 'unlisted groups are an error',
    given: ({ iam }) => iam.groups.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
