import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_password_policy_lowercase',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) =>
      verdict(
        need(pool.settings).passwordPolicy.requireLowercase,
        `User pool ${pool.name} requires passwords to contain a lowercase letter.`,
        `User pool ${pool.name} does not require passwords to contain a lowercase letter.`,
      ),
    );
  },
});
