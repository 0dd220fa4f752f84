import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_detailed_monitoring_enabled',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) =>
      verdict(
        instance.monitoringState === 'enabled',
        `EC2 instance ${instance.id} sends one-minute (detailed) CloudWatch metrics.`,
        `EC2 instance ${instance.id} does not have detailed monitoring on (monitoring is ${instance.monitoringState}).`,
      ),
    );
  },
});
