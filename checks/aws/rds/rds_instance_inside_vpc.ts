import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_inside_vpc',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(instance.vpcId !== null, `RDS instance ${instance.id} is deployed in VPC ${instance.vpcId ?? ''}.`, `RDS instance ${instance.id} is not deployed in a VPC.`);
    });
  },
});
