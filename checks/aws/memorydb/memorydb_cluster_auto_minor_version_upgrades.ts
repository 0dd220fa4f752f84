import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'memorydb_cluster_auto_minor_version_upgrades',
  uses: { memorydb: ['clusters'] },
  run({ memorydb }, report) {
    report.each(memorydb.clusters, (cluster) =>
      verdict(
        cluster.autoMinorVersionUpgrade,
        `MemoryDB cluster ${cluster.id} applies minor engine upgrades automatically.`,
        `MemoryDB cluster ${cluster.id} does not apply minor engine upgrades automatically.`,
      ),
    );
  },
});
