import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { firstPublicSubnet } from '../../../src/checks/public-subnet.js';

export default defineCheck({
  id: 'elasticache_cluster_uses_public_subnet',
  uses: { elasticache: ['clusters', 'subnetGroups'], vpc: ['subnets'] },
  run({ elasticache, vpc }, report) {
    report.each(elasticache.clusters, (cluster) => {
      const label = `ElastiCache ${cluster.engine} cluster ${cluster.id}`;
      if (cluster.subnetGroupName === null) return pass(`${label} is not in a cache subnet group, so it uses no public subnet.`);
      // As in Prowler, a subnet group that cannot be found contributes no subnets.
      const group = elasticache.subnetGroups.all(cluster.region).find((candidate) => candidate.name === cluster.subnetGroupName);
      const publicSubnet = firstPublicSubnet(vpc.subnets, cluster.region, group?.subnetIds ?? []);
      if (publicSubnet) return fail(`${label} uses public subnet ${publicSubnet.id} (its route table sends 0.0.0.0/0 to an internet gateway).`);
      return pass(`${label} uses no public subnet.`);
    });
  },
});
