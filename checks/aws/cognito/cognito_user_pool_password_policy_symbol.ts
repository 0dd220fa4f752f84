import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_password_policy_symbol',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) =>
      verdict(
        need(pool.settings).passwordPolicy.requireSymbols,
        `User pool ${pool.name} requires passwords to contain a symbol.`,
        `User pool ${pool.name} does not require passwords to contain a symbol.`,
      ),
    );
  },
});
