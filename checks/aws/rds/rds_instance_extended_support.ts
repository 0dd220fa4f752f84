import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

/** The EngineLifecycleSupport value of an instance enrolled in (paid) RDS Extended Support. */
const EXTENDED_SUPPORT = 'open-source-rds-extended-support';

export default defineCheck({
  id: 'rds_instance_extended_support',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      const running = `RDS instance ${instance.id} (${instance.engine} ${instance.engineVersion})`;
      return verdict(instance.engineLifecycleSupport !== EXTENDED_SUPPORT, `${running} is not enrolled in RDS Extended Support.`, `${running} is enrolled in RDS Extended Support.`);
    });
  },
});
