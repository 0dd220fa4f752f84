import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_cloudfront_distributions',
  uses: { shield: ['subscription', 'protections'], cloudfront: ['distributions'] },
  run({ shield, cloudfront, account }, report) {
    judgeShieldProtection(shield, account, report, cloudfront.distributions, (distribution) => ({ what: `CloudFront distribution ${distribution.id}` }));
  },
});
