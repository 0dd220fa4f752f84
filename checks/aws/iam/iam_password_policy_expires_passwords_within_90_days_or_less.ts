import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

const MAX_PASSWORD_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam_password_policy_expires_passwords_within_90_days_or_less',
  uses: { iam: ['passwordPolicy'] },
  run({ iam }, report) {
    report.each(iam.passwordPolicy, (policy) => {
      const maxAgeDays = need(policy.rules)?.maxAgeDays ?? null;
      if (maxAgeDays === null) return fail('The password policy does not make passwords expire.');
      return verdict(
        maxAgeDays <= MAX_PASSWORD_AGE_DAYS,
        `Passwords expire after ${maxAgeDays} days, within ${MAX_PASSWORD_AGE_DAYS}.`,
        `Passwords expire after ${maxAgeDays} days, more than ${MAX_PASSWORD_AGE_DAYS}.`,
      );
    });
  },
});
