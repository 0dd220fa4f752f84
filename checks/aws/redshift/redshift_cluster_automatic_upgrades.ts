import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_automatic_upgrades',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(cluster.allowVersionUpgrade, `Redshift cluster ${cluster.id} allows version upgrades.`, `Redshift cluster ${cluster.id} does not allow version upgrades.`),
    );
  },
});
