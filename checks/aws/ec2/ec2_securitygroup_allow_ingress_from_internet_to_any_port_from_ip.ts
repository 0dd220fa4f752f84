import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';
import { leftToAllPortsCheck, ruleExposes, securityGroupInScope, securityGroupLabel } from '../../../src/checks/port-exposure.js';

const WILDCARDS = new Set(['0.0.0.0/0', '::/0']);

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_any_port_from_ip',
  uses: { ec2: ['securityGroups'] },
  run({ ec2, options, checksInScan }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      const subject = securityGroupLabel(group);
      if (leftToAllPortsCheck(group, checksInScan)) {
        return pass(`${subject} opens every port to the Internet, reported by the all-ports check; its rules for specific public addresses were not judged.`);
      }
      // As in Prowler, a rule qualifies by naming some range other than the wildcards, and is then
      // judged on all its ranges, the wildcards included.
      const openToPublicAddress = group.ingressRules.some(
        (rule) =>
          [...rule.ipv4Ranges, ...rule.ipv6Ranges].some((cidr) => !WILDCARDS.has(cidr)) &&
          ruleExposes(rule, { protocol: '-1', ports: [], sources: 'public', noPortsMeansAny: true }),
      );
      return verdict(!openToPublicAddress, `${subject} opens no port to a specific public address.`, `${subject} opens a port to a specific public address.`);
    });
  },
});
