import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';
import { firstPublicSubnet } from '../../../src/checks/public-subnet.js';

export default defineCheck({
  id: 'neptune_cluster_uses_public_subnet',
  uses: { rds: ['clusters', 'subnetGroups'], vpc: ['subnets'] },
  run({ rds, vpc }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) => {
        // Prowler names the cluster by its resource ID (cluster-…) in this check.
        const subject = { id: cluster.resourceId };
        // As in Prowler, a subnet group that cannot be found contributes no subnets.
        const group = cluster.subnetGroupName === null ? undefined : rds.subnetGroups.all(cluster.region).find((candidate) => candidate.name === cluster.subnetGroupName);
        const publicSubnet = firstPublicSubnet(vpc.subnets, cluster.region, group?.subnetIds ?? []);
        if (publicSubnet) return fail(`Neptune cluster ${cluster.id} uses public subnet ${publicSubnet.id} (its route table sends 0.0.0.0/0 to an internet gateway).`, subject);
        return pass(`Neptune cluster ${cluster.id} uses no public subnet.`, subject);
      }),
    );
  },
});
