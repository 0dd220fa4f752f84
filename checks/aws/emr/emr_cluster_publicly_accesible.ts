import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import { hasPublicMaster } from '../../../src/checks/emr-cluster.js';
import { ruleExposes } from '../../../src/checks/port-exposure.js';
import type { SecurityGroup } from '../../../src/services/ec2/ec2.js';

/** Any protocol and every port from a publicly routable source: only such rules count. */
const OPEN_TO_ALL: Parameters<typeof ruleExposes>[1] = { protocol: '-1', ports: [], sources: 'public' };

export default defineCheck({
  id: 'emr_cluster_publicly_accesible',
  uses: { emr: ['clusters'], ec2: ['securityGroups'] },
  run({ emr, ec2 }, report) {
    report.each(emr.clusters, (cluster) => {
      const nodes = need(cluster.nodes);
      if (!hasPublicMaster(nodes)) return pass(`EMR cluster ${cluster.id} has no public master node.`);
      const open = (groupIds: readonly string[]) => groupIds.filter((groupId) => isOpenToAll(groupId, cluster.region));
      const openGroups = [...open(nodes.masterSecurityGroupIds).map((id) => `master ${id}`), ...open(nodes.slaveSecurityGroupIds).map((id) => `core/task ${id}`)];
      return verdict(
        openGroups.length === 0,
        `EMR cluster ${cluster.id} has a public master node, but none of its security groups opens every port to the Internet.`,
        `EMR cluster ${cluster.id} is reachable from the Internet through security groups ${openGroups.join(', ')}.`,
      );
    });

    function isOpenToAll(groupId: string, region: string): boolean {
      const isGroup = (group: SecurityGroup) => group.id === groupId;
      // A group that was not found is taken for closed only once its region's groups are all known.
      const group = ec2.securityGroups.found().find(isGroup) ?? ec2.securityGroups.all(region).find(isGroup);
      return group !== undefined && group.ingressRules.some((rule) => ruleExposes(rule, OPEN_TO_ALL));
    }
  },
});
