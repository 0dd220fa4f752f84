import { defineCheck, verdict } from '../../../src/checks/check.js';
import { securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_from_launch_wizard',
  uses: { ec2: ['securityGroups'] },
  run({ ec2 }, report) {
    report.each(ec2.securityGroups, (group) =>
      verdict(
        !group.name.includes('launch-wizard'),
        `${securityGroupLabel(group)} was not made by the EC2 launch wizard.`,
        `${securityGroupLabel(group)} was made by the EC2 launch wizard.`,
      ),
    );
  },
});
