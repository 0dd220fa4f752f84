import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { passwordPolicy, passwordRules } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_password_policy_minimum_length_14.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a minimum of 14 passes',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules())),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'at least 14' }],
  },
  {
    name: 'a longer minimum passes',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ minimumLength: 20 }))),
    expect: [{ status: 'PASS', resource: '111122223333' }],
  },
  {
    name: 'a minimum of 13 fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ minimumLength: 13 }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'only 13' }],
  },
  {
    name: 'no password policy fails, as IAM then allows 8 characters',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(null)),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'no password policy' }],
  },
  {
    name: 'an unreadable password policy is an error',
    given: ({ iam }) => {
      const policy = passwordPolicy(unreadBy('iam', 'GetAccountPasswordPolicy', 'us-east-1'));
      iam.passwordPolicy.add(policy);
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetAccountPasswordPolicy' }],
  },
]);
