import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cognito_user_pool_client_prevent_user_existence_errors',
  uses: { cognito: ['userPoolClients'] },
  run({ cognito }, report) {
    report.each(cognito.userPoolClients, (client) =>
      verdict(
        need(client.settings).preventUserExistenceErrors === 'ENABLED',
        `App client ${client.name} of user pool ${client.userPoolId} answers failed sign-ins alike whether or not the user exists.`,
        `App client ${client.name} of user pool ${client.userPoolId} tells in its errors whether a user exists.`,
      ),
    );
  },
});
