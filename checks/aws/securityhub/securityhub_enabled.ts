import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'securityhub_enabled',
  uses: { securityhub: ['hubs', 'hubSources'] },
  run({ securityhub }, report) {
    report.each(securityhub.hubs, (hub) => {
      if (!hub.active) return fail(`Security Hub is not enabled in ${hub.region}.`);
      const sources = securityhub.hubSources.all(hub.region).find((candidate) => candidate.arn === hub.arn);
      const standards = sources ? need(sources.standards) : [];
      if (standards.length > 0) return pass(`Security Hub is enabled in ${hub.region} with standards: ${standards.join(', ')}.`);
      const integrations = sources ? need(sources.integrations) : [];
      if (integrations.length > 0) return pass(`Security Hub is enabled in ${hub.region} without standards but with integrations: ${integrations.join(', ')}.`);
      return fail(`Security Hub is enabled in ${hub.region} but has no standard or integration enabled.`);
    });
  },
});
