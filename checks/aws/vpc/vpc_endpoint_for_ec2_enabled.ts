import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_endpoint_for_ec2_enabled',
  uses: { vpc: ['vpcs', 'endpoints'] },
  run({ vpc: network, options }, report) {
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      // Any service name containing "ec2" counts, as in Prowler (ec2messages too).
      const endpoint = network.endpoints.all(vpc.region).find((candidate) => candidate.vpcId === vpc.id && candidate.serviceName.includes('ec2'));
      if (!endpoint) return fail(`VPC ${vpc.id} has no EC2 endpoint.`);
      return pass(`VPC ${vpc.id} has an EC2 ${endpoint.type} endpoint, ${endpoint.id}.`);
    });
  },
});
