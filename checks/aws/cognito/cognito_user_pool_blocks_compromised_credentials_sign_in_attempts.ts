import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_blocks_compromised_credentials_sign_in_attempts',
  uses: { cognito: ['userPoolRiskResponses'] },
  run({ cognito }, report) {
    report.each(cognito.userPoolRiskResponses, (pool) => {
      const responses = need(pool.riskResponses);
      if (!responses) return fail(`User pool ${pool.name} does not enforce advanced security, so sign-ins with leaked credentials are not blocked.`);
      const { events, action } = responses.compromisedCredentials;
      return verdict(
        events.includes('SIGN_IN') && action === 'BLOCK',
        `User pool ${pool.name} blocks sign-ins that use known compromised credentials.`,
        `User pool ${pool.name} does not block sign-ins that use known compromised credentials.`,
      );
    });
  },
});
