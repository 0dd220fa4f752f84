import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'bedrock_agent_guardrail_enabled',
  uses: { bedrock: ['agents'] },
  run({ bedrock }, report) {
    report.each(bedrock.agents, (agent) =>
      verdict(
        agent.guardrailId !== null,
        `Bedrock agent ${agent.name} protects its sessions with guardrail ${agent.guardrailId}.`,
        `Bedrock agent ${agent.name} has no guardrail protecting its sessions.`,
      ),
    );
  },
});
