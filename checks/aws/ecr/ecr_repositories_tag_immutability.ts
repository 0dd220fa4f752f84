import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecr_repositories_tag_immutability',
  uses: { ecr: ['repositories'] },
  run({ ecr }, report) {
    // Only plain MUTABLE fails: the _WITH_EXCLUSION settings count as configured, as in Prowler.
    report.each(ecr.repositories, (repository) =>
      verdict(
        repository.tagMutability !== 'MUTABLE',
        `ECR repository ${repository.name} has tag immutability configured (${repository.tagMutability}).`,
        `ECR repository ${repository.name} lets image tags be overwritten (MUTABLE).`,
      ),
    );
  },
});
