import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { passwordPolicy, passwordRules } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_password_policy_reuse_24.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'remembering 24 passwords passes',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules())),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'last 24' }],
  },
  {
    name: 'remembering fewer passwords fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ reusePrevention: 5 }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'only the last 5' }],
  },
  {
    name: 'a policy without reuse prevention fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ reusePrevention: null }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'does not prevent password reuse' }],
  },
  {
    name: 'no password policy fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(null)),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'no password policy' }],
  },
  {
    name: 'an unreadable password policy is an error',
    given: ({ iam }) => {
      const policy = passwordPolicy(unreadBy('iam', 'GetAccountPasswordPolicy', 'us-east-1'));
      iam.passwordPolicy.add(policy);
    },
    expect: [{ status: 'ERROR', resource: '111122223333' }],
  },
]);
