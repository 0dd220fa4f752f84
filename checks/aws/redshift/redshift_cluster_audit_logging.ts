import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'redshift_cluster_audit_logging',
  uses: { redshift: ['clusterLogging'] },
  run({ redshift }, report) {
    report.each(redshift.clusterLogging, (cluster) =>
      verdict(need(cluster.auditLogging), `Redshift cluster ${cluster.id} has audit logging enabled.`, `Redshift cluster ${cluster.id} has audit logging disabled.`),
    );
  },
});
