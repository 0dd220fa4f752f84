import {
  HOST_SCOPE_NOTE,
  hostSecurityGroups,
  isConfidentialWorkloadHost,
  portsOpenToInternet,
} from '../../../src/checks/confidential-workload.js';
import { defineCheck, fail, manual, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_vsock_proxy_exposed',
  uses: { ec2: ['instances', 'securityGroups'] },
  config: ['enclave_vsock_ports'],
  run({ ec2, config }, report) {
    report.each(ec2.instances, (instance) => {
      if (!isConfidentialWorkloadHost(instance)) return notApplicable('not a confidential-workload host in a settled state');
      const { visible, missing } = hostSecurityGroups(instance, ec2.securityGroups);
      const exposed = new Set<number>();
      for (const rule of visible.flatMap((group) => group.ingressRules)) {
        const ports = portsOpenToInternet(rule, ['tcp']);
        if (ports === null) continue;
        for (const port of config.enclave_vsock_ports) if (ports === 'all' || (ports.from <= port && port <= ports.to)) exposed.add(port);
      }
      if (exposed.size > 0) {
        const listed = [...exposed].sort((first, second) => first - second).join(', ');
        return fail(`Enclave host ${instance.id} opens TCP ports often used by vsock proxies to the Internet: ${listed} (a heuristic: other services may use them). ${HOST_SCOPE_NOTE}`);
      }
      if (missing.length > 0) return manual(`Enclave host ${instance.id} uses security groups that could not be found (${missing.join(', ')}); its visible groups open no vsock-proxy port. ${HOST_SCOPE_NOTE}`);
      return pass(`Enclave host ${instance.id} opens no TCP port often used by vsock proxies to the Internet. ${HOST_SCOPE_NOTE}`);
    });
  },
});
