import { defineCheck, verdict } from '../../../src/checks/check.js';

/** The admin user name the Redshift console proposes. */
const DEFAULT_ADMIN_USERNAME = 'awsuser';

export default defineCheck({
  id: 'redshift_cluster_non_default_username',
  uses: { redshift: ['clusters'] },
  run({ redshift }, report) {
    report.each(redshift.clusters, (cluster) =>
      verdict(
        cluster.masterUsername !== DEFAULT_ADMIN_USERNAME,
        `Redshift cluster ${cluster.id} does not use the default admin user name.`,
        `Redshift cluster ${cluster.id} uses the default admin user name ${DEFAULT_ADMIN_USERNAME}.`,
      ),
    );
  },
});
