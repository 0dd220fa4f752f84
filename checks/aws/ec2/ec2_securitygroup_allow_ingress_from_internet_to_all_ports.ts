import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { allPortsOpenToInternet, securityGroupInScope } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  uses: { ec2: ['securityGroups'] },
  run({ ec2, options }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      return verdict(
        !allPortsOpenToInternet(group),
        `Security group ${group.name} (${group.id}) does not open every port to the Internet.`,
        `Security group ${group.name} (${group.id}) opens every port to the Internet.`,
      );
    });
  },
});
