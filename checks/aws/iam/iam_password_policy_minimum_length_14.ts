import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

const MINIMUM_LENGTH = 14;

export default defineCheck({
  id: 'iam_password_policy_minimum_length_14',
  uses: { iam: ['passwordPolicy'] },
  run({ iam }, report) {
    report.each(iam.passwordPolicy, (policy) => {
      const rules = need(policy.rules);
      if (rules === null) {
        return fail(`The account has no password policy, so IAM's default minimum of 8 characters applies instead of ${MINIMUM_LENGTH}.`);
      }
      return verdict(
        rules.minimumLength >= MINIMUM_LENGTH,
        `The password policy requires at least ${rules.minimumLength} characters.`,
        `The password policy requires only ${rules.minimumLength} characters, fewer than ${MINIMUM_LENGTH}.`,
      );
    });
  },
});
