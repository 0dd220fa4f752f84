import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

/** Interface types that count as the instance's own network attachments. */
const COUNTED_TYPES: ReadonlySet<string> = new Set(['interface', 'efa', 'trunk']);

export default defineCheck({
  id: 'ec2_instance_uses_single_eni',
  uses: { ec2: ['instances', 'networkInterfaces'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.networkInterfaceIds.length === 0) return pass(`EC2 instance ${instance.id} has no network interface.`);
      const own = new Set(instance.networkInterfaceIds);
      const counted = ec2.networkInterfaces
        .all(instance.region)
        .filter((networkInterface) => own.has(networkInterface.id) && COUNTED_TYPES.has(networkInterface.type))
        .map((networkInterface) => `${networkInterface.id} (${networkInterface.type})`);
      return verdict(
        counted.length <= 1,
        `EC2 instance ${instance.id} uses at most one network interface${counted.length ? `: ${counted.join(', ')}` : ''}.`,
        `EC2 instance ${instance.id} uses ${counted.length} network interfaces: ${counted.join(', ')}.`,
      );
    });
  },
});
