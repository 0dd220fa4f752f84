import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_paravirtual_type',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      return verdict(
        instance.virtualizationType !== 'paravirtual',
        `EC2 instance ${instance.id} uses hardware virtualization (${instance.virtualizationType ?? 'type not reported'}).`,
        `EC2 instance ${instance.id} uses paravirtual virtualization.`,
      );
    });
  },
});
