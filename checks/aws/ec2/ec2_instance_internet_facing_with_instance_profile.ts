import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_internet_facing_with_instance_profile',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      return verdict(
        !(instance.publicIp && instance.instanceProfileArn),
        `EC2 instance ${instance.id} does not combine a public IP address with an instance profile.`,
        `EC2 instance ${instance.id} has public IP ${instance.publicIp} and instance profile ${instance.instanceProfileArn}.`,
      );
    });
  },
});
