import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_automated_snapshot',
  uses: { redshift: ['clusters', 'snapshots'] },
  run({ redshift }, report) {
    // As in Prowler, any snapshot of the cluster counts, automated or manual.
    report.each(redshift.clusters, (cluster) =>
      verdict(
        redshift.snapshots.all(cluster.region).some((snapshot) => snapshot.clusterId === cluster.id),
        `Redshift cluster ${cluster.id} has snapshots.`,
        `Redshift cluster ${cluster.id} has no snapshots.`,
      ),
    );
  },
});
