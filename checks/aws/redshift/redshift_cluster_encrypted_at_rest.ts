import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_encrypted_at_rest',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(cluster.encrypted, `Redshift cluster ${cluster.id} is encrypted at rest.`, `Redshift cluster ${cluster.id} is not encrypted at rest.`),
    );
  },
});
