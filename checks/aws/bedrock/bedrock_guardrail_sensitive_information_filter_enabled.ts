import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_guardrail_sensitive_information_filter_enabled',
  uses: { bedrock: ['guardrailPolicies'] },
  run({ bedrock }, report) {
    report.each(bedrock.guardrailPolicies, (guardrail) =>
      verdict(
        need(guardrail.filters).sensitiveInformation,
        `Bedrock guardrail ${guardrail.name} blocks or masks sensitive information.`,
        `Bedrock guardrail ${guardrail.name} has no sensitive information filter, so it neither blocks nor masks sensitive information.`,
      ),
    );
  },
});
