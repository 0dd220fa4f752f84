import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';
import { leftToAllPortsCheck, listInProse, ruleOpensToInternet, securityGroupInScope, securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports',
  uses: { ec2: ['securityGroups'] },
  config: ['ec2_high_risk_ports'],
  run({ ec2, options, config, checksInScan }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      const subject = securityGroupLabel(group);
      if (leftToAllPortsCheck(group, checksInScan)) {
        return pass(`${subject} opens every port to the Internet, reported by the all-ports check; its high-risk ports were not judged on their own.`);
      }
      const openPorts = config.ec2_high_risk_ports.filter((port) => group.ingressRules.some((rule) => ruleOpensToInternet(rule, 'tcp', [port])));
      return verdict(openPorts.length === 0, `${subject} opens no high-risk TCP port to the Internet.`, `${subject} opens high-risk TCP ports ${listInProse(openPorts)} to the Internet.`);
    });
  },
});
