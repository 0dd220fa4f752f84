import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_enhanced_vpc_routing',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(
        cluster.enhancedVpcRouting,
        `Redshift cluster ${cluster.id} has enhanced VPC routing enabled.`,
        `Redshift cluster ${cluster.id} does not have enhanced VPC routing enabled.`,
      ),
    );
  },
});
