import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_instance_minor_version_upgrade_enabled',
  uses: { dms: ['replicationInstances'] },
  run({ dms }, report) {
    report.each(dms.replicationInstances, (instance) =>
      verdict(
        instance.autoMinorVersionUpgrade,
        `DMS replication instance ${instance.id} applies minor engine upgrades automatically.`,
        `DMS replication instance ${instance.id} does not apply minor engine upgrades automatically.`,
      ),
    );
  },
});
