import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** The shortest password Prowler accepts, fixed by the check's ID. */
const MINIMUM_LENGTH = 14;

export default defineCheck({
  id: 'cognito_user_pool_password_policy_minimum_length_14',
  uses: { cognito: ['userPools'] },
  run({ cognito }, report) {
    report.each(cognito.userPools, (pool) => {
      const length = need(pool.settings).passwordPolicy.minimumLength;
      return verdict(
        length >= MINIMUM_LENGTH,
        `User pool ${pool.name} requires passwords of at least ${length} characters.`,
        `User pool ${pool.name} accepts passwords of ${length} characters, fewer than ${MINIMUM_LENGTH}.`,
      );
    });
  },
});
