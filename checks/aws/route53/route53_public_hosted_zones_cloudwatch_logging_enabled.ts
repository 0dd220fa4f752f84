import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'route53_public_hosted_zones_cloudwatch_logging_enabled',
  uses: { route53: ['hostedZones'] },
  run({ route53 }, report) {
    report.each(route53.hostedZones, (zone) => {
      if (zone.privateZone) return notApplicable('a private hosted zone');
      const logGroup = need(zone.queryLogGroupArn);
      return verdict(
        logGroup !== null,
        `Public hosted zone ${zone.id} logs DNS queries to ${logGroup}.`,
        `Public hosted zone ${zone.id} does not log DNS queries.`,
      );
    });
  },
});
