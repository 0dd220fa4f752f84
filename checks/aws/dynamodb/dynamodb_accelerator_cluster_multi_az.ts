import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_multi_az',
  uses: { dynamodb: ['daxClusters'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.daxClusters, (cluster) =>
      // As in Prowler, more than one node counts, whichever zones the nodes are in.
      verdict(
        cluster.nodeZones.length > 1,
        `DAX cluster ${cluster.id} has nodes in several Availability Zones.`,
        `DAX cluster ${cluster.id} does not have nodes in several Availability Zones.`,
      ),
    );
  },
});
