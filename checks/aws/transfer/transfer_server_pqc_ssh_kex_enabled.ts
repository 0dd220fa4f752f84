import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'transfer_server_pqc_ssh_kex_enabled',
  uses: { transfer: ['servers'] },
  config: ['transfer_pqc_ssh_allowed_policies'],
  run({ transfer, config }, report) {
    report.each(transfer.servers, (server) => {
      const policy = need(server.configuration).securityPolicyName;
      return verdict(
        config.transfer_pqc_ssh_allowed_policies.includes(policy),
        `Transfer Family server ${server.id} uses security policy ${policy}, which offers post-quantum hybrid SSH key exchange.`,
        `Transfer Family server ${server.id} uses security policy ${policy || '<none>'}, which does not offer post-quantum hybrid SSH key exchange.`,
      );
    });
  },
});
