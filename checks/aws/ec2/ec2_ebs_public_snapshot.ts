import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_public_snapshot',
  uses: { ec2: ['snapshots'] },
  run({ ec2 }, report) {
    report.each(ec2.snapshots, (snapshot) =>
      verdict(
        !need(snapshot.public),
        `EBS snapshot ${snapshot.id} is not public.`,
        `EBS snapshot ${snapshot.id} is public: any AWS account can create a volume from it.`,
      ),
    );
  },
});
