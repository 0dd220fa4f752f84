import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_default_encryption',
  uses: { ec2: ['ebsEncryptionByDefault'] },
  run({ ec2, options }, report) {
    report.each(ec2.ebsEncryptionByDefault, (setting) => {
      if (!options.scanUnusedServices && !need(setting.hasVolumes)) return notApplicable('the region holds no volume');
      return verdict(
        setting.enabled,
        `EBS encryption by default is on in ${setting.region}.`,
        `EBS encryption by default is off in ${setting.region}.`,
      );
    });
  },
});
