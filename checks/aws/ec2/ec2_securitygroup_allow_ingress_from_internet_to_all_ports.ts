import { defineCheck, notApplicable, rated, verdict } from '../../../src/checks/check.js';
import { allPortsOpenToInternet, securityGroupInUse, securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  uses: { ec2: ['securityGroups'] },
  run({ ec2, options }, report) {
    report.each(ec2.securityGroups, (group) => {
      const inUse = securityGroupInUse(group);
      if (!inUse && !options.scanUnusedServices) return notApplicable('not attached to any network interface');
      const judged = verdict(
        !allPortsOpenToInternet(group),
        `${securityGroupLabel(group)} does not open every port to the Internet.`,
        `${securityGroupLabel(group)} opens every port to the Internet.`,
      );
      // Prowler rates a group nothing uses one step lower: its rules expose nothing yet.
      return inUse ? judged : rated(judged, 'high');
    });
  },
});
