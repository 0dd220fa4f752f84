import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_uses_a_supported_version',
  uses: { eks: ['clusters'] },
  config: ['eks_cluster_oldest_version_supported'],
  run({ eks, config }, report) {
    const oldest = majorMinor(config.eks_cluster_oldest_version_supported);
    report.each(eks.clusters, (cluster) => {
      const { version } = need(cluster.configuration);
      // A cluster being created or deleted may report no version yet; Prowler skips it.
      if (version === null) return notApplicable('the cluster reports no Kubernetes version');
      const [major, minor] = majorMinor(version);
      return verdict(
        major > oldest[0] || (major === oldest[0] && minor >= oldest[1]),
        `EKS cluster ${cluster.name} runs Kubernetes ${version}, which is supported.`,
        `EKS cluster ${cluster.name} runs Kubernetes ${version}, older than ${config.eks_cluster_oldest_version_supported}, the oldest supported version.`,
      );
    });
  },
});

/** "1.31" -> [1, 31]; a version without a minor part counts as minor 0. */
function majorMinor(version: string): [number, number] {
  const [major = '0', minor = '0'] = version.split('.');
  return [Number.parseInt(major, 10), Number.parseInt(minor, 10)];
}
