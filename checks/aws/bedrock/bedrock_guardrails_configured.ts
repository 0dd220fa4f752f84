import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { offersService } from '../../../src/services/regions.js';

export default defineCheck({
  id: 'bedrock_guardrails_configured',
  uses: { bedrock: ['guardrails'] },
  run({ bedrock, account }, report) {
    // One finding per guardrail of a region, or one about the region when it has none.
    for (const region of account.regions.filter((candidate) => offersService('bedrock', candidate))) {
      const subject = { arn: `arn:${account.partition}:bedrock:${region}:${account.id}:guardrails`, id: 'bedrock-guardrails', region };
      report.about(subject, () => {
        const guardrails = bedrock.guardrails.all(region).sort((a, b) => a.name.localeCompare(b.name));
        if (guardrails.length === 0) return fail(`Bedrock has no guardrail in ${region}.`);
        return guardrails.map((guardrail) =>
          pass(`Bedrock guardrail ${guardrail.name} exists in ${region}; whether agents and invocations use it is not checked here.`, {
            arn: guardrail.arn,
            id: guardrail.id,
            name: guardrail.name,
            tags: guardrail.tags,
          }),
        );
      });
    }
  },
});
