import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Prowler's fixed limit on how long a temporary password may stay valid. */
const MAX_VALIDITY_DAYS = 7;

export default defineCheck({
  id: 'cognito_user_pool_temporary_password_expiration',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) => {
      const days = need(pool.settings).passwordPolicy.temporaryPasswordValidityDays;
      return verdict(
        days <= MAX_VALIDITY_DAYS,
        `User pool ${pool.name} lets temporary passwords expire after ${days} days.`,
        `User pool ${pool.name} keeps temporary passwords valid for ${days} days, more than ${MAX_VALIDITY_DAYS}.`,
      );
    });
  },
});
