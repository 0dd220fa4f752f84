import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecr_repositories_lifecycle_policy_enabled',
  uses: { ecr: ['lifecyclePolicies'] },
  run({ ecr }, report) {
    report.each(ecr.lifecyclePolicies, (repository) =>
      verdict(
        need(repository.lifecyclePolicy) !== null,
        `ECR repository ${repository.name} has a lifecycle policy.`,
        `ECR repository ${repository.name} has no lifecycle policy.`,
      ),
    );
  },
});
