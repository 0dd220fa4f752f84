import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_environment_secrets',
  uses: { ecs: ['taskDefinitionSecrets'] },
  // Applied where the environments are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ ecs }, report) {
    report.each(ecs.taskDefinitionSecrets, (definition) => {
      const containers = need(definition.secrets);
      const found = containers.map(
        ({ container, found: secrets }) => `container ${container}: ${secrets.map(({ kind, variable }) => `${kind} in variable ${variable}`).join(', ')}`,
      );
      return verdict(
        containers.length === 0,
        `No secrets found in the environment variables of ECS task definition ${definition.id}.`,
        `Likely secrets in the environment variables of ECS task definition ${definition.id}: ${found.join('; ')}.`,
      );
    });
  },
});
