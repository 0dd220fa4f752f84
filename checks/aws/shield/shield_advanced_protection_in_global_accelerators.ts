import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_global_accelerators',
  uses: { shield: ['subscription', 'protections'], globalaccelerator: ['accelerators'] },
  run({ shield, globalaccelerator, account }, report) {
    judgeShieldProtection(shield, account, report, globalaccelerator.accelerators, (accelerator) => ({ what: `Global Accelerator ${accelerator.id}` }));
  },
});
