import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_associated_elastic_ips',
  uses: { shield: ['subscription', 'protections'], ec2: ['addresses'] },
  run({ shield, ec2, account }, report) {
    judgeShieldProtection(shield, account, report, ec2.addresses, (address) => {
      // Prowler names an Elastic IP by its allocation ID here.
      const id = address.allocationId ?? address.id;
      return { what: `Elastic IP ${id}`, subject: { id } };
    });
  },
});
