import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_account_imdsv2_enabled',
  uses: { ec2: ['instanceMetadataDefaults'] },
  run({ ec2, options }, report) {
    report.each(ec2.instanceMetadataDefaults, (defaults) => {
      if (!options.scanUnusedServices && !need(defaults.hasInstances)) return notApplicable('the region holds no instance');
      return verdict(
        defaults.httpTokens === 'required',
        `New EC2 instances in ${defaults.region} require IMDSv2 by default.`,
        `New EC2 instances in ${defaults.region} do not require IMDSv2 by default.`,
      );
    });
  },
});
