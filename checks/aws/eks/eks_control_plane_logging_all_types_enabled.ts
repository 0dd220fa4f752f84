import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_control_plane_logging_all_types_enabled',
  uses: { eks: ['clusters'] },
  config: ['eks_required_log_types'],
  run({ eks, config }, report) {
    const required = config.eks_required_log_types;
    report.each(eks.clusters, (cluster) => {
      const { logging } = need(cluster.configuration);
      // With logging off the cluster fails even when no log type is required, as in Prowler.
      if (!logging?.enabled) return fail(`EKS cluster ${cluster.name} has control plane logging off. Required log types: ${required.join(', ')}.`);
      const missing = required.filter((type) => !logging.types.includes(type));
      return verdict(
        missing.length === 0,
        `EKS cluster ${cluster.name} sends every required control plane log type (${required.join(', ')}).`,
        `EKS cluster ${cluster.name} does not send control plane log types ${missing.join(', ')}; it sends ${logging.types.join(', ') || 'none'}.`,
      );
    });
  },
});
