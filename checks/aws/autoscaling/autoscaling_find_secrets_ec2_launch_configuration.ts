import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_find_secrets_ec2_launch_configuration',
  uses: { autoscaling: ['launchConfigurationUserData'] },
  // Applied where the user data is scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ autoscaling }, report) {
    report.each(autoscaling.launchConfigurationUserData, (configuration) => {
      const scan = need(configuration.scan);
      if (scan.state === 'empty') return pass(`Launch configuration ${configuration.id} has no user data to hold secrets.`);
      if (scan.state === 'undecodable') return manual(`The user data of launch configuration ${configuration.id} could not be decoded as text; review it by hand.`);
      if (scan.secrets.length === 0) return pass(`No secrets found in the user data of launch configuration ${configuration.id}.`);
      const where = scan.secrets.map(({ kind, line }) => `${kind} on line ${line}`).join('; ');
      return fail(`Potential secrets in the user data of launch configuration ${configuration.id}: ${where}.`);
    });
  },
});
