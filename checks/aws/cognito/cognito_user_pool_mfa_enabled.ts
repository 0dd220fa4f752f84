import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_mfa_enabled',
  uses: { cognito: ['userPoolMfa'] },
  run({ cognito }, report) {
    report.each(cognito.userPoolMfa, (pool) => {
      const mfa = need(pool.mfaConfiguration);
      return verdict(
        mfa === 'ON',
        `User pool ${pool.name} requires MFA of every user.`,
        `User pool ${pool.name} does not require MFA (MFA is ${mfa}).`,
      );
    });
  },
});
