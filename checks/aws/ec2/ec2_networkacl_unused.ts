import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_networkacl_unused',
  uses: { ec2: ['networkAcls'] },
  run({ ec2 }, report) {
    report.each(ec2.networkAcls, (acl) => {
      if (acl.isDefault) return notApplicable("a VPC's default network ACL cannot be deleted");
      const label = `Network ACL ${acl.name || acl.id}`;
      return verdict(acl.associatedWithSubnet, `${label} is associated with a subnet.`, `${label} is associated with no subnet and is not its VPC's default.`);
    });
  },
});
