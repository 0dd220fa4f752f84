import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_password_policy_lowercase',
  uses: { iam: ['passwordPolicy'] },
  run({ iam }, report) {
    report.each(iam.passwordPolicy, (policy) =>
      // Without a password policy IAM's default applies, which requires no character classes.
      verdict(need(policy.rules)?.requireLowercase ?? false, 'The password policy requires at least one lowercase letter.', 'The password policy does not require any lowercase letter.'),
    );
  },
});
