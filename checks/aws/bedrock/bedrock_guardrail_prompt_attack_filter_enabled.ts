import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_guardrail_prompt_attack_filter_enabled',
  uses: { bedrock: ['guardrailPolicies'] },
  run({ bedrock }, report) {
    report.each(bedrock.guardrailPolicies, (guardrail) => {
      const strength = need(guardrail.filters).promptAttackStrength;
      if (!strength) return fail(`Bedrock guardrail ${guardrail.name} has no prompt attack filter.`);
      if (strength !== 'HIGH') return fail(`Bedrock guardrail ${guardrail.name} filters prompt attacks at ${strength} strength, not HIGH.`);
      return pass(`Bedrock guardrail ${guardrail.name} filters prompt attacks at HIGH strength.`);
    });
  },
});
