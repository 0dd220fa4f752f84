import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { passwordPolicy, passwordRules } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_password_policy_number.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a policy requiring it passes',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ requireNumbers: true }))),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'at least one digit' }],
  },
  {
    name: 'a policy not requiring it fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ requireNumbers: false }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'does not require any digit' }],
  },
  {
    name: 'no password policy fails: IAM\'s default requires no character classes',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(null)),
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'an unreadable password policy is an error',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(unreadBy('iam', 'GetAccountPasswordPolicy', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: '111122223333' }],
  },
]);
