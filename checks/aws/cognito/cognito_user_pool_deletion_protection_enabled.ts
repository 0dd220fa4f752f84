import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_deletion_protection_enabled',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) =>
      verdict(
        need(pool.settings).deletionProtection === 'ACTIVE',
        `User pool ${pool.name} is protected from deletion.`,
        `User pool ${pool.name} can be deleted without first turning off deletion protection.`,
      ),
    );
  },
});
