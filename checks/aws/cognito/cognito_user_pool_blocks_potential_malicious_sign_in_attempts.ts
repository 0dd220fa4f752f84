import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_blocks_potential_malicious_sign_in_attempts',
  uses: { cognito: ['userPoolRiskResponses'] },
  run({ cognito }, report) {
    report.each(cognito.userPoolRiskResponses, (pool) => {
      const responses = need(pool.riskResponses);
      if (!responses) return fail(`User pool ${pool.name} does not enforce advanced security, so risky sign-ins are not blocked.`);
      const unblocked = Object.entries(responses.accountTakeover)
        .filter(([, action]) => action !== 'BLOCK')
        .map(([level]) => level);
      return verdict(
        unblocked.length === 0,
        `User pool ${pool.name} blocks sign-ins at every account takeover risk level.`,
        `User pool ${pool.name} does not block sign-ins at ${unblocked.join(', ')} account takeover risk.`,
      );
    });
  },
});
