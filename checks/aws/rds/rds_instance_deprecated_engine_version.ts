import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_deprecated_engine_version',
  uses: { rds: ['instances', 'engineVersions'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      // AWS lists only the versions it still offers: one missing from the list is deprecated.
      const offered = rds.engineVersions.all(instance.region).find((engine) => engine.engine === instance.engine);
      const running = `RDS instance ${instance.id} runs ${instance.engine} ${instance.engineVersion}`;
      return verdict(offered?.versions.includes(instance.engineVersion) ?? false, `${running}, a version AWS still offers.`, `${running}, a deprecated version.`);
    });
  },
});
