import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_kms_cmk_encryption_in_secrets_enabled',
  uses: { eks: ['clusters'] },
  run({ eks }, report) {
    report.each(eks.clusters, (cluster) =>
      verdict(
        need(cluster.configuration).hasEncryptionConfig,
        `EKS cluster ${cluster.name} has an encryption configuration for Kubernetes secrets.`,
        `EKS cluster ${cluster.name} has no encryption configuration for Kubernetes secrets.`,
      ),
    );
  },
});
