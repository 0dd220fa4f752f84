import { defineCheck } from '../../../src/checks/check.js';
import { judgeProtection } from '../../../src/checks/guardduty-protection.js';

export default defineCheck({
  id: 'guardduty_rds_protection_enabled',
  uses: { guardduty: ['detectorSettings'] },
  run({ guardduty }, report) {
    judgeProtection(report, guardduty.detectorSettings, 'rdsProtection', 'RDS Protection');
  },
});
