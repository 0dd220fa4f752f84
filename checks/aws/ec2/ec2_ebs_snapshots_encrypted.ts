import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_snapshots_encrypted',
  uses: { ec2: ['snapshots'] },
  run({ ec2 }, report) {
    report.each(ec2.snapshots, (snapshot) =>
      verdict(snapshot.encrypted, `EBS snapshot ${snapshot.id} is encrypted.`, `EBS snapshot ${snapshot.id} is not encrypted.`),
    );
  },
});
