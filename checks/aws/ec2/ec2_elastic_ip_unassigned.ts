import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_elastic_ip_unassigned',
  uses: { ec2: ['addresses'] },
  run({ ec2 }, report) {
    report.each(ec2.addresses, (address) => {
      if (address.publicIp === null) return notApplicable('the address has no public IP');
      return verdict(
        address.associationId !== null,
        `Elastic IP ${address.publicIp} is associated with an instance or network interface.`,
        `Elastic IP ${address.publicIp} is not associated with any instance or network interface.`,
      );
    });
  },
});
