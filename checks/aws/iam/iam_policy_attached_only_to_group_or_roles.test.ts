import type { IamIdentity } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_policy_attached_only_to_group_or_roles.js';

function user(name: string, fields: Partial<IamIdentity> = {}): IamIdentity {
  return {
    arn: `arn:aws:iam::111122223333:user/${name}`,
    id: name,
    name,
    region: 'us-east-1',
    tags: {},
    attachedPolicies: [],
    inlinePolicyNames: [],
    ...fields,
  };
}

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a user with no policies of its own passes',
    given: ({ iam }) => iam.users.add(user('alice')),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1' }],
  },
  {
    name: 'each attached and inline policy of a user fails',
    given: ({ iam }) =>
      iam.users.add(
        user('bob', {
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
