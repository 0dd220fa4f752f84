import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { supportsIamAuth } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_iam_authentication_enabled',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!supportsIamAuth(instance.engine)) return notApplicable(`${instance.engine} does not support IAM database authentication.`);
      const where = instance.clusterId === null ? '' : ` at cluster ${instance.clusterId} level`;
      return verdict(instance.iamAuth, `RDS instance ${instance.id} has IAM authentication enabled${where}.`, `RDS instance ${instance.id} does not have IAM authentication enabled${where}.`);
    });
  },
});
