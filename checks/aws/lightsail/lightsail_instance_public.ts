import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'lightsail_instance_public',
  uses: { lightsail: ['instances'] },
  run({ lightsail }, report) {
    report.each(lightsail.instances, (instance) =>
      verdict(
        instance.publicIpAddress === '' || instance.publicPortRanges.length === 0,
        `Lightsail instance ${instance.name} is not exposed to the internet.`,
        `Lightsail instance ${instance.name} has a public IP address and ports open to the internet: ${instance.publicPortRanges.join(', ')}.`,
      ),
    );
  },
});
