import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'ecr_repositories_not_publicly_accessible',
  uses: { ecr: ['repositoryPolicies'] },
  run({ ecr }, report) {
    report.each(ecr.repositoryPolicies, (repository) => {
      const policy = need(repository.policy);
      return verdict(
        policy === null || !isPolicyPublic(policy),
        `ECR repository ${repository.name} is not open to the public.`,
        `ECR repository ${repository.name} has a policy that opens it to the public.`,
      );
    });
  },
});
