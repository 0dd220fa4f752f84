import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_identity_pool_guest_access_disabled',
  uses: { cognito: ['identityPools'] },
  run({ cognito }, report) {
    report.each(cognito.identityPools, (pool) =>
      verdict(
        !need(pool.allowsUnauthenticatedIdentities),
        `Identity pool ${pool.name} (${pool.id}) gives no credentials to unauthenticated guests.`,
        `Identity pool ${pool.name} (${pool.id}) gives AWS credentials to unauthenticated guests.`,
      ),
    );
  },
});
