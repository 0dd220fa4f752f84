import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'lightsail_static_ip_unused',
  uses: { lightsail: ['staticIps'] },
  run({ lightsail }, report) {
    report.each(lightsail.staticIps, (staticIp) =>
      verdict(
        staticIp.attached,
        `Lightsail static IP ${staticIp.name} is attached to instance ${staticIp.attachedTo}.`,
        `Lightsail static IP ${staticIp.name} is attached to no instance.`,
      ),
    );
  },
});
