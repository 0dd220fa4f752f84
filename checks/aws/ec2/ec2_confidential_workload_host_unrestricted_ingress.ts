import {
  HOST_SCOPE_NOTE,
  hostSecurityGroups,
  isConfidentialWorkloadHost,
  portsOpenToInternet,
} from '../../../src/checks/confidential-workload.js';
import { defineCheck, fail, manual, notApplicable, pass } from '../../../src/checks/check.js';

/** A wider stretch of disallowed ports is named by its bounds rather than port by port. */
const LIST_PORTS_UP_TO = 10;

export default defineCheck({
  id: 'ec2_confidential_workload_host_unrestricted_ingress',
  uses: { ec2: ['instances', 'securityGroups'] },
  config: ['enclave_sg_allow_ports'],
  run({ ec2, config }, report) {
    const allowed = new Set(config.enclave_sg_allow_ports);
    report.each(ec2.instances, (instance) => {
      if (!isConfidentialWorkloadHost(instance)) return notApplicable('not a confidential-workload host in a settled state');
      const { visible, missing } = hostSecurityGroups(instance, ec2.securityGroups);
      const exposed = new Set<string>();
      for (const rule of visible.flatMap((group) => group.ingressRules)) {
        const ports = portsOpenToInternet(rule, ['tcp', 'udp']);
        if (ports === null) continue;
        if (ports === 'all') {
          exposed.add('all ports');
          continue;
        }
        const disallowed = portRange(ports.from, ports.to).filter((port) => !allowed.has(port));
        if (disallowed.length > LIST_PORTS_UP_TO) exposed.add(`${ports.from}-${ports.to}`);
        else for (const port of disallowed) exposed.add(String(port));
      }
      if (exposed.size > 0) return fail(`Enclave host ${instance.id} opens ports outside ${config.enclave_sg_allow_ports.join(', ')} to the Internet: ${[...exposed].join(', ')}. ${HOST_SCOPE_NOTE}`);
      if (missing.length > 0) return manual(`Enclave host ${instance.id} uses security groups that could not be found (${missing.join(', ')}); its visible groups open nothing beyond ${config.enclave_sg_allow_ports.join(', ')}. ${HOST_SCOPE_NOTE}`);
      return pass(`Enclave host ${instance.id} opens at most ports ${config.enclave_sg_allow_ports.join(', ')} to the Internet. ${HOST_SCOPE_NOTE}`);
    });
  },
});

function portRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset);
}
