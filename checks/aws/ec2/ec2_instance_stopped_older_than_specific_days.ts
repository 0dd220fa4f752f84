import { defineCheck, pass, verdict } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

/** EC2 dates a stop in its state transition reason: "User initiated (2016-09-14 15:07:39 GMT)". */
const STOPPED_AT = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/;

function stoppedAt(reason: string | null): Date | null {
  const match = reason === null ? null : STOPPED_AT.exec(reason);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export default defineCheck({
  id: 'ec2_instance_stopped_older_than_specific_days',
  uses: { ec2: ['instances'] },
  config: ['max_ec2_instance_stopped_days'],
  run({ ec2, config }, report) {
    const maxDays = config.max_ec2_instance_stopped_days;
    report.each(ec2.instances, (instance) => {
      if (instance.state !== 'stopped') return pass(`EC2 instance ${instance.id} is not stopped (${instance.state}).`);
      const since = stoppedAt(instance.stateTransitionReason);
      if (!since) return pass(`EC2 instance ${instance.id} is stopped, but EC2 does not say since when.`);
      const stoppedDays = daysBetween(since, instance.readAt);
      return verdict(
        stoppedDays <= maxDays,
        `EC2 instance ${instance.id} has been stopped for ${stoppedDays} days, within the ${maxDays}-day limit.`,
        `EC2 instance ${instance.id} has been stopped for ${stoppedDays} days, more than ${maxDays} days.`,
      );
    });
  },
});
