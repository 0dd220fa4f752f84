import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_subnet_no_public_ip_by_default',
  uses: { vpc: ['subnets'] },
  run({ vpc: network, options }, report) {
    report.each(network.subnets, (subnet) => {
      if (!options.scanUnusedServices && !need(subnet.inUse)) return notApplicable('no network interface uses it');
      const label = subnet.name ?? subnet.id;
      return verdict(!subnet.mapPublicIpOnLaunch, `Subnet ${label} does not give instances a public IP by default.`, `Subnet ${label} gives instances a public IP by default.`);
    });
  },
});
