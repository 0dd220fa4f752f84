import { defineCheck, verdict } from '../../../src/checks/check.js';
import { securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_with_many_ingress_egress_rules',
  uses: { ec2: ['securityGroups'] },
  config: ['max_security_group_rules'],
  run({ ec2, config }, report) {
    report.each(ec2.securityGroups, (group) => {
      const counts = `${group.ingressRules.length} inbound and ${group.egressRules.length} outbound rules`;
      // Each direction is held to the limit on its own.
      const withinLimit = Math.max(group.ingressRules.length, group.egressRules.length) <= config.max_security_group_rules;
      return verdict(
        withinLimit,
        `${securityGroupLabel(group)} has ${counts}, within the limit of ${config.max_security_group_rules}.`,
        `${securityGroupLabel(group)} has ${counts}, more than ${config.max_security_group_rules} in one direction.`,
      );
    });
  },
});
