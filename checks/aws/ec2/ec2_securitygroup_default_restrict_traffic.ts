import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { securityGroupInScope } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_default_restrict_traffic',
  uses: { ec2: ['securityGroups'] },
  run({ ec2, options }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (group.name !== 'default') return notApplicable('not a default security group');
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      return verdict(
        group.ingressRules.length === 0 && group.egressRules.length === 0,
        `Default security group ${group.id} has no rules, so it allows no traffic.`,
        `Default security group ${group.id} has rules that allow traffic.`,
      );
    });
  },
});
