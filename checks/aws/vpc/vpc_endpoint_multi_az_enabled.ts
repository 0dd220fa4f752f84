import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_endpoint_multi_az_enabled',
  uses: { vpc: ['endpoints', 'vpcs'] },
  run({ vpc: network }, report) {
    report.each(network.endpoints, (endpoint) => {
      if (endpoint.type !== 'Interface') return notApplicable(`only interface endpoints are judged; this one is ${endpoint.type}`);
      if (!network.vpcs.all(endpoint.region).some((vpc) => vpc.id === endpoint.vpcId)) return notApplicable(`its VPC ${endpoint.vpcId} is not among the listed VPCs`);
      const subject = `VPC endpoint ${endpoint.id} in VPC ${endpoint.vpcId}`;
      // Prowler counts subnets, not zones: a VPC endpoint takes at most one subnet per zone.
      return verdict(endpoint.subnetIds.length > 1, `${subject} has subnets in more than one availability zone.`, `${subject} has subnets in only one availability zone.`);
    });
  },
});
