import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_advanced_security_enabled',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) => {
      const mode = need(pool.settings).advancedSecurityMode;
      if (mode === 'ENFORCED') return pass(`User pool ${pool.name} enforces advanced security.`);
      if (mode === 'AUDIT') return fail(`User pool ${pool.name} runs advanced security in audit-only mode: risks are logged, never acted on.`);
      return fail(`User pool ${pool.name} has advanced security turned off.`);
    });
  },
});
