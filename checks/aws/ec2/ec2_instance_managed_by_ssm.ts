import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

/** Instances Systems Manager cannot be expected to reach: Prowler passes them without asking. */
const NOT_RUNNING = new Set(['pending', 'stopped', 'terminated']);

export default defineCheck({
  id: 'ec2_instance_managed_by_ssm',
  uses: { ec2: ['instances'], ssm: ['managedInstances'] },
  run({ ec2, ssm }, report) {
    report.each(ec2.instances, (instance) => {
      if (NOT_RUNNING.has(instance.state)) return pass(`EC2 instance ${instance.id} is ${instance.state}, so Systems Manager is not expected to manage it.`);
      const managed = ssm.managedInstances.all(instance.region).some((managedInstance) => managedInstance.id === instance.id);
      return verdict(managed, `EC2 instance ${instance.id} is managed by Systems Manager.`, `EC2 instance ${instance.id} is not managed by Systems Manager.`);
    });
  },
});
