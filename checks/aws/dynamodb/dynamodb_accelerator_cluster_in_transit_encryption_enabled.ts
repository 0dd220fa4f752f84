import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_in_transit_encryption_enabled',
  uses: { dynamodb: ['daxClusters'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.daxClusters, (cluster) =>
      verdict(cluster.tlsEndpoint, `DAX cluster ${cluster.id} requires TLS on its endpoint.`, `DAX cluster ${cluster.id} does not require TLS on its endpoint.`),
    );
  },
});
