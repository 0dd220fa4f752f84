import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamUser } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_policy_attached_only_to_group_or_roles.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a user with no policies of its own passes',
    given: ({ iam }) => iam.users.add(iamUser('alice')),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1' }],
  },
  {
    name: 'each attached and inline policy of a user fails',
    given: ({ iam }) =>
      iam.users.add(
        iamUser('bob', {
          attachedPolicies: [{ name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
          inlinePolicyNames: ['extra'],
        }),
      ),
    expect: [
      { status: 'FAIL', resource: 'bob/ReadOnlyAccess', detail: 'policy ReadOnlyAccess attached' },
      { status: 'FAIL', resource: 'bob/extra', detail: 'inline policy extra' },
    ],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.users.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
