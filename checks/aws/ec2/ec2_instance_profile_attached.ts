import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_profile_attached',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      return verdict(
        instance.instanceProfileArn !== null,
        `EC2 instance ${instance.id} has instance profile ${instance.instanceProfileArn}.`,
        `EC2 instance ${instance.id} has no instance profile.`,
      );
    });
  },
});
