import { defineCheck, verdict } from '../../../src/checks/check.js';

/** The database name Redshift gives a cluster when none is chosen. */
const DEFAULT_DATABASE_NAME = 'dev';

export default defineCheck({
  id: 'redshift_cluster_non_default_database_name',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(
        cluster.databaseName !== DEFAULT_DATABASE_NAME,
        `Redshift cluster ${cluster.id} does not use the default database name.`,
        `Redshift cluster ${cluster.id} uses the default database name ${DEFAULT_DATABASE_NAME}.`,
      ),
    );
  },
});
