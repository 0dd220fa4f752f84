import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_in_transit_encryption_enabled',
  uses: { redshift: ['clusterParameters'] },
  run({ redshift }, report) {
    report.each(redshift.clusterParameters, (cluster) =>
      verdict(
        need(cluster.requireSsl),
        `Redshift cluster ${cluster.id} requires SSL connections (require_ssl is true).`,
        `Redshift cluster ${cluster.id} does not require SSL connections.`,
      ),
    );
  },
});
