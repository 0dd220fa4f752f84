import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { hasPublicMaster } from '../../../src/checks/emr-cluster.js';

export default defineCheck({
  id: 'emr_cluster_master_nodes_no_public_ip',
  uses: { emr: ['clusters'] },
  run({ emr }, report) {
    report.each(emr.clusters, (cluster) =>
      verdict(
        !hasPublicMaster(need(cluster.nodes)),
        `EMR cluster ${cluster.id} has no public address on its master node.`,
        `EMR cluster ${cluster.id} has a public address on its master node.`,
      ),
    );
  },
});
