import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { allPortsOpenToInternet, securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'dms_instance_no_public_access',
  uses: { dms: ['replicationInstances'], ec2: ['securityGroups'] },
  run({ dms, ec2 }, report) {
    report.each(dms.replicationInstances, (instance) => {
      const subject = `DMS replication instance ${instance.id}`;
      if (!instance.publiclyAccessible) return pass(`${subject} is not publicly accessible.`);
      // Prowler fails a public instance only when one of its groups lets every port in from anywhere.
      if (instance.securityGroupIds.length === 0) return pass(`${subject} is set as publicly accessible but has no security group exposing it.`);
      const attached = ec2.securityGroups.all(instance.region).filter((group) => instance.securityGroupIds.includes(group.id));
      const open = attached.find(allPortsOpenToInternet);
      return open
        ? fail(`${subject} is publicly accessible and ${securityGroupLabel(open)} opens every port to the Internet.`)
        : pass(`${subject} is set as publicly accessible but its security groups do not open it to the Internet.`);
    });
  },
});
