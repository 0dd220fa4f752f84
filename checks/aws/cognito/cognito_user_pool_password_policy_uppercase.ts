import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_password_policy_uppercase',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) =>
      verdict(
        need(pool.settings).passwordPolicy.requireUppercase,
        `User pool ${pool.name} requires passwords to contain an uppercase letter.`,
        `User pool ${pool.name} does not require passwords to contain an uppercase letter.`,
      ),
    );
  },
});
