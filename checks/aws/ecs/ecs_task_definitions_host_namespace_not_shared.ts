import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_definitions_host_namespace_not_shared',
  uses: { ecs: ['taskDefinitions'] },
  run({ ecs }, report) {
    report.each(ecs.taskDefinitions, (definition) =>
      verdict(
        need(definition.details).pidMode !== 'host',
        `ECS task definition ${definition.id} does not share the host's process namespace with its containers.`,
        `ECS task definition ${definition.id} shares the host's process namespace with its containers (pidMode host).`,
      ),
    );
  },
});
