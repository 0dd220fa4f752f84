import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { offersService } from '../../../src/services/regions.js';

export default defineCheck({
  id: 'bedrock_prompt_management_exists',
  uses: { bedrock: ['prompts'] },
  run({ bedrock, account }, report) {
    // One finding per prompt of a region, or one about the region when it has none.
    for (const region of account.regions.filter((candidate) => offersService('bedrock', candidate))) {
      const subject = { arn: `arn:${account.partition}:bedrock:${region}:${account.id}:prompt-management`, id: 'prompt-management', region };
      report.about(subject, () => {
        const prompts = bedrock.prompts.all(region).sort((a, b) => a.name.localeCompare(b.name));
        if (prompts.length === 0) return fail(`Bedrock Prompt Management holds no prompt in ${region}.`);
        return prompts.map((prompt) => pass(`Bedrock Prompt Management holds prompt ${prompt.name} in ${region}.`, { arn: prompt.arn, id: prompt.id, name: prompt.name }));
      });
    }
  },
});
