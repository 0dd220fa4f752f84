import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { ruleOpensToInternet } from '../../../src/checks/port-exposure.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_no_public_access',
  uses: { rds: ['instances'], ec2: ['securityGroups'], vpc: ['subnets'] },
  run({ rds, ec2, vpc }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      const subject = `RDS instance ${instance.id}`;
      if (!instance.publiclyAccessible) return pass(`${subject} is not publicly accessible.`);
      if (instance.securityGroupIds.length === 0) return pass(`${subject} is set as publicly accessible, but is not publicly exposed.`);
      const port = instance.port;
      if (port === null) return pass(`${subject} is set as publicly accessible but filtered with security groups.`);
      const openGroup = ec2.securityGroups
        .all(instance.region)
        .find((group) => instance.securityGroupIds.includes(group.id) && group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', [port])));
      if (!openGroup) return pass(`${subject} is set as publicly accessible but filtered with security groups.`);
      const opened = `${subject} is set as publicly accessible and security group ${openGroup.name ?? openGroup.id} (${openGroup.id}) has ${instance.engine} port ${port} open to the Internet at endpoint ${instance.endpointAddress ?? ''}`;
      // Prowler reads only the subnets its VPC listing knows; an unknown one is not public.
      const subnets = instance.subnetIds.length === 0 ? [] : vpc.subnets.all(instance.region).filter((subnet) => instance.subnetIds.includes(subnet.id));
      const publicSubnet = firstWhere(subnets, (subnet) => need(subnet.public));
      if (publicSubnet) return fail(`${opened} in public subnet ${publicSubnet.id}.`);
      return pass(`${opened} but is not in a public subnet.`);
    });
  },
});
