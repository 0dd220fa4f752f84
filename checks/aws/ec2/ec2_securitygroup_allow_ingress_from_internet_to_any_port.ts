import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import { leftToAllPortsCheck, ruleExposes, securityGroupInScope, securityGroupLabel } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_any_port',
  uses: { ec2: ['securityGroups', 'networkInterfaces'] },
  config: ['ec2_allowed_interface_types', 'ec2_allowed_instance_owners'],
  run({ ec2, options, config, checksInScan }, report) {
    report.each(ec2.securityGroups, (group) => {
      if (!securityGroupInScope(group, options)) return notApplicable('not attached to any network interface');
      // Prowler gives no finding at all here for a group the all-ports check fails.
      if (leftToAllPortsCheck(group, checksInScan)) return notApplicable('open on every port, reported by the all-ports check');
      const subject = securityGroupLabel(group);
      const opensSomePort = group.ingressRules.some((rule) => ruleExposes(rule, { protocol: '-1', ports: [], sources: 'anywhere', noPortsMeansAny: true }));
      if (!opensSomePort) return pass(`${subject} opens no port to the Internet.`);
      const interfaceIds = need(group.networkInterfaceIds);
      if (interfaceIds.length === 0) return pass(`${subject} opens a port to the Internet but no network interface carries it.`);
      const carriers = ec2.networkInterfaces.all(group.region).filter((networkInterface) => interfaceIds.includes(networkInterface.id));
      const exposed = carriers.find(
        (networkInterface) => !config.ec2_allowed_interface_types.includes(networkInterface.type) && !config.ec2_allowed_instance_owners.includes(networkInterface.instanceOwnerId),
      );
      if (exposed) {
        const owner = exposed.instanceOwnerId || 'none';
        return fail(`${subject} opens a port to the Internet on network interface ${exposed.id}, whose type (${exposed.type}) and owner (${owner}) are not among the allowed ones.`);
      }
      return pass(`${subject} opens a port to the Internet, but only on network interfaces of allowed types or owners.`);
    });
  },
});
