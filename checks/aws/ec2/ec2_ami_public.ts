import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ami_public',
  uses: { ec2: ['images'] },
  run({ ec2 }, report) {
    report.each(ec2.images, (image) => {
      const label = image.name || image.id;
      return verdict(!image.public, `AMI ${label} is not public.`, `AMI ${label} is public: any AWS account can launch it.`);
    });
  },
});
