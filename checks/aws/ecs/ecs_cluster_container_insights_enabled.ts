import { defineCheck, need, verdict } from '../../../src/checks/check.js';

const ON = new Set(['enabled', 'enhanced']);

export default defineCheck({
  id: 'ecs_cluster_container_insights_enabled',
  uses: { ecs: ['clusters'] },
  run({ ecs }, report) {
    report.each(ecs.clusters, (cluster) => {
      const setting = need(cluster.containerInsights);
      return verdict(
        setting !== null && ON.has(setting),
        `ECS cluster ${cluster.name} has Container Insights ${setting}.`,
        `ECS cluster ${cluster.name} does not have Container Insights enabled.`,
      );
    });
  },
});
