import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

const REMEMBERED_PASSWORDS = 24;

export default defineCheck({
  id: 'iam_password_policy_reuse_24',
  uses: { iam: ['passwordPolicy'] },
  run({ iam }, report) {
    report.each(iam.passwordPolicy, (policy) => {
      const rules = need(policy.rules);
      if (rules === null) return fail('The account has no password policy, so nothing prevents password reuse.');
      const { reusePrevention } = rules;
      return verdict(
        reusePrevention === REMEMBERED_PASSWORDS,
        `The password policy prevents reuse of the last ${REMEMBERED_PASSWORDS} passwords.`,
        reusePrevention === null
          ? 'The password policy does not prevent password reuse.'
          : `The password policy prevents reuse of only the last ${reusePrevention} passwords, not ${REMEMBERED_PASSWORDS}.`,
      );
    });
  },
});
