import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_route53_hosted_zones',
  uses: { shield: ['subscription', 'protections'], route53: ['hostedZones'] },
  run({ shield, route53, account }, report) {
    judgeShieldProtection(shield, account, report, route53.hostedZones, (zone) => ({ what: `Route 53 hosted zone ${zone.id}` }));
  },
});
