import { defineCheck, pass, verdict } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

export default defineCheck({
  id: 'ec2_instance_older_than_specific_days',
  uses: { ec2: ['instances'] },
  config: ['max_ec2_instance_age_in_days'],
  run({ ec2, config }, report) {
    const maxDays = config.max_ec2_instance_age_in_days;
    report.each(ec2.instances, (instance) => {
      if (instance.state !== 'running') return pass(`EC2 instance ${instance.id} is not running (${instance.state}).`);
      const ageDays = daysBetween(instance.launchTime, instance.readAt);
      return verdict(
        ageDays <= maxDays,
        `EC2 instance ${instance.id} was launched ${ageDays} days ago, within the ${maxDays}-day limit.`,
        `EC2 instance ${instance.id} was launched ${ageDays} days ago, more than ${maxDays} days.`,
      );
    });
  },
});
