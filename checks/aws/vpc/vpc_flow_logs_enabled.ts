import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_flow_logs_enabled',
  uses: { vpc: ['vpcs'] },
  run({ vpc: network, options }, report) {
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      const label = vpc.name ?? vpc.id;
      return verdict(need(vpc.flowLogEnabled), `VPC ${label} has flow logs.`, `VPC ${label} has no flow logs.`);
    });
  },
});
