import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_volume_encryption',
  uses: { ec2: ['volumes'] },
  run({ ec2 }, report) {
    report.each(ec2.volumes, (volume) =>
      verdict(volume.encrypted, `EBS volume ${volume.id} is encrypted.`, `EBS volume ${volume.id} is not encrypted.`),
    );
  },
});
