import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dynamodb_accelerator_cluster_encryption_enabled',
  uses: { dynamodb: ['daxClusters'] },
  run({ dynamodb }, report) {
    report.each(dynamodb.daxClusters, (cluster) =>
      verdict(cluster.encryptionAtRest, `DAX cluster ${cluster.id} encrypts its data at rest.`, `DAX cluster ${cluster.id} does not encrypt its data at rest.`),
    );
  },
});
