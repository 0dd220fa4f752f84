import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_self_registration_disabled',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) =>
      verdict(
        need(pool.settings).adminCreateUserOnly,
        `User pool ${pool.name} lets only administrators create users.`,
        `User pool ${pool.name} lets anyone sign themselves up.`,
      ),
    );
  },
});
