import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { passwordPolicy, passwordRules } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_password_policy_expires_passwords_within_90_days_or_less.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'passwords expiring after 30 days pass',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ expirePasswords: true, maxAgeDays: 30 }))),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1', detail: 'after 30 days' }],
  },
  {
    name: 'passwords expiring after exactly 90 days pass',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ expirePasswords: true, maxAgeDays: 90 }))),
    expect: [{ status: 'PASS', resource: '111122223333', detail: 'after 90 days' }],
  },
  {
    name: 'passwords expiring after 91 days fail',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ expirePasswords: true, maxAgeDays: 91 }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'more than 90' }],
  },
  {
    name: 'passwords that never expire fail',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(passwordRules({ maxAgeDays: null }))),
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'does not make passwords expire' }],
  },
  {
    name: 'no password policy fails',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(null)),
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'an unreadable password policy is an error',
    given: ({ iam }) => iam.passwordPolicy.add(passwordPolicy(unreadBy('iam', 'GetAccountPasswordPolicy', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: '111122223333' }],
  },
]);
