import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'emr_cluster_account_public_block_enabled',
  uses: { emr: ['blockPublicAccess'] },
  run({ emr }, report) {
    report.each(emr.blockPublicAccess, (setting) =>
      verdict(
        setting.blockPublicSecurityGroupRules,
        `EMR block public access is on in ${setting.region}.`,
        `EMR block public access is off in ${setting.region}.`,
      ),
    );
  },
});
