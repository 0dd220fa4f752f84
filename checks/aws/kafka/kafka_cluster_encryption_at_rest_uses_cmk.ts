import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_encryption_at_rest_uses_cmk',
  uses: { kafka: ['clusters'], kms: ['keys'] },
  run({ kafka, kms }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, which always encrypts data at rest.`);
      const keyArn = cluster.dataVolumeKmsKeyId;
      const isCustomerKey = (key: { arn: string; manager: string }) => key.arn === keyArn && key.manager === 'CUSTOMER';
      // A cluster's key lives in the cluster's region: only that region's complete key listing proves it is not a customer key.
      const usesCustomerKey = keyArn !== '' && (kms.keys.found().some(isCustomerKey) || kms.keys.all(cluster.region).some(isCustomerKey));
      return verdict(
        usesCustomerKey,
        `MSK cluster ${cluster.name} encrypts data at rest with customer managed key ${keyArn}.`,
        `MSK cluster ${cluster.name} does not encrypt data at rest with a customer managed KMS key.`,
      );
    });
  },
});
