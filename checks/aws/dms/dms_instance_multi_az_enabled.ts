import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'dms_instance_multi_az_enabled',
  uses: { dms: ['replicationInstances'] },
  run({ dms }, report) {
    report.each(dms.replicationInstances, (instance) =>
      verdict(
        instance.multiAz,
        `DMS replication instance ${instance.id} runs in Multi-AZ mode.`,
        `DMS replication instance ${instance.id} runs in a single Availability Zone.`,
      ),
    );
  },
});
