import { defineCheck, fail, firstWhere, notApplicable, pass } from '../../../src/checks/check.js';
import { securityGroupInUse, securityGroupLabel, someInRegion } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_not_used',
  uses: { ec2: ['securityGroups'], lambda: ['functions'] },
  run({ ec2, lambda }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (group.name === 'default') return notApplicable('a default security group cannot be deleted');
      // A rule of any group naming this one, its own self-reference included, counts as a use, as in Prowler.
      const usedBy: [string, () => boolean][] = [
        ['a network interface', () => securityGroupInUse(group)],
        ['a Lambda function', () => someInRegion(lambda.functions, group.region, (fn) => fn.securityGroupIds.includes(group.id))],
        ['a security group rule', () => someInRegion(ec2.securityGroups, group.region, (other) => other.ingressSourceGroupIds.includes(group.id))],
      ];
      const use = firstWhere(usedBy, ([, holds]) => holds());
      return use ? pass(`${securityGroupLabel(group)} is used by ${use[0]}.`) : fail(`${securityGroupLabel(group)} is used by no network interface, Lambda function or security group rule.`);
    });
  },
});
