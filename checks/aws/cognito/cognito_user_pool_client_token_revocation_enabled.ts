import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_client_token_revocation_enabled',
  uses: { cognito: ['userPoolClients'] },
  run({ cognito }, report) {
    report.each(cognito.userPoolClients, (client) =>
      verdict(
        need(client.settings).tokenRevocationEnabled,
        `App client ${client.name} of user pool ${client.userPoolId} can revoke its refresh tokens.`,
        `App client ${client.name} of user pool ${client.userPoolId} cannot revoke its refresh tokens.`,
      ),
    );
  },
});
