import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_multi_az_enabled',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(cluster.multiAz === 'Enabled', `Redshift cluster ${cluster.id} has Multi-AZ enabled.`, `Redshift cluster ${cluster.id} does not have Multi-AZ enabled.`),
    );
  },
});
