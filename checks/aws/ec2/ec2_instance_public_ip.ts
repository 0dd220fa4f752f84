import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_public_ip',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      return verdict(
        instance.publicIp === null,
        `EC2 instance ${instance.id} has no public IP address.`,
        `EC2 instance ${instance.id} is reachable at public IP ${instance.publicIp} (${instance.publicDns ?? 'no public DNS name'}).`,
      );
    });
  },
});
