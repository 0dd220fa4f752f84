import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'storagegateway_gateway_fault_tolerant',
  uses: { storagegateway: ['gateways'] },
  run({ storagegateway }, report) {
    // Prowler's proxy for fault tolerance: a gateway on a single EC2 instance has no failover.
    report.each(storagegateway.gateways, (gateway) =>
      verdict(
        gateway.hostEnvironment !== 'EC2',
        `Storage Gateway gateway ${gateway.name} runs on ${gateway.hostEnvironment}, which may be fault tolerant.`,
        `Storage Gateway gateway ${gateway.name} runs on EC2 and may not be fault tolerant.`,
      ),
    );
  },
});
