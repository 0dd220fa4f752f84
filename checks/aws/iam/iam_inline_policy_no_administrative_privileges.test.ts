import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_inline_policy_no_administrative_privileges.js';

const ADMIN: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };
const SCOPED: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::reports'] }] };

testCheck(check, [
  { name: 'no inline policies', expect: [] },
  {
    name: 'a scoped inline policy passes',
    given: ({ iam }) => iam.inlinePolicies.add(inlinePolicy('user', 'alice', 'reports', { document: SCOPED })),
    expect: [{ status: 'PASS', resource: 'alice/reports', region: 'us-east-1', detail: 'of user alice does not allow' }],
  },
  {
    name: "'*:*' inline policies of groups and roles fail",
    given: ({ iam }) => {
      iam.inlinePolicies.add(inlinePolicy('group', 'admins', 'all', { document: ADMIN }));
      iam.inlinePolicies.add(inlinePolicy('role', 'deployer', 'all', { document: ADMIN }));
    },
    expect: [
      { status: 'FAIL', resource: 'admins/all', detail: 'of group admins allows' },
      { status: 'FAIL', resource: 'deployer/all', detail: 'of role deployer allows' },
    ],
  },
  {
    name: 'an unreadable document is an error, beside a judged policy of the same user',
    given: ({ iam }) => {
      iam.inlinePolicies.add(inlinePolicy('user', 'alice', 'reports', { document: SCOPED }));
      const broken = inlinePolicy('user', 'alice', 'broken', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') });
      iam.inlinePolicies.add(broken);
    },
    expect: [
      { status: 'PASS', resource: 'alice/reports' },
      { status: 'ERROR', resource: 'alice/broken' },
    ],
  },
  {
    name: 'unlisted inline policies are an error',
    given: ({ iam }) =>
      iam.inlinePolicies.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
