import { HOST_SCOPE_NOTE, isConfidentialWorkloadHost } from '../../../src/checks/confidential-workload.js';
import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';
import { isGlobalAddress } from '../../../src/checks/global-address.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_public_ip',
  uses: { ec2: ['instances'], vpc: ['subnets'] },
  run({ ec2, vpc }, report) {
    report.each(ec2.instances, (instance) => {
      if (!isConfidentialWorkloadHost(instance)) return notApplicable('not a confidential-workload host in a settled state');
      const exposedBy = (reasons: string[]) => fail(`Enclave host ${instance.id} is reachable from the Internet: ${reasons.join('; ')}. ${HOST_SCOPE_NOTE}`);
      // The host's own addresses settle it without its subnet, so an unread subnet cannot hide them.
      const globalIpv6 = instance.ipv6Addresses.filter(isGlobalAddress);
      const ownAddresses = [
        ...(instance.publicIp ? [`public IPv4 ${instance.publicIp}`] : []),
        ...(globalIpv6.length ? [`global IPv6 ${globalIpv6.join(', ')}`] : []),
      ];
      if (ownAddresses.length > 0) return exposedBy(ownAddresses);
      if (instance.subnetId === null) return pass(`Enclave host ${instance.id} has no public address and sits in no subnet. ${HOST_SCOPE_NOTE}`);
      const subnet = vpc.subnets.all(instance.region).find((candidate) => candidate.id === instance.subnetId);
      if (!subnet) return manual(`Enclave host ${instance.id} has no public address, but its subnet ${instance.subnetId} could not be found to tell whether it routes to the Internet. ${HOST_SCOPE_NOTE}`);
      const routes = [
        ...(need(subnet.public) ? [`subnet ${subnet.id} routes 0.0.0.0/0 to an internet gateway`] : []),
        ...(need(subnet.publicIpv6) ? [`subnet ${subnet.id} routes ::/0 to an internet gateway`] : []),
      ];
      if (routes.length > 0) return exposedBy(routes);
      return pass(`Enclave host ${instance.id} has no public address and its subnet ${subnet.id} does not route to an internet gateway. ${HOST_SCOPE_NOTE}`);
    });
  },
});
