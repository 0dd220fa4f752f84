import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecr_registry_scan_images_on_push_enabled',
  uses: { ecr: ['registries'] },
  run({ ecr }, report) {
    report.each(ecr.registries, (registry) => {
      if (registry.repositoryCount === 0) return notApplicable('no repositories: the registry is not in use');
      const scanType = need(registry.scanType);
      const rules = need(registry.rules);
      if (rules.length === 0) return fail(`ECR registry ${registry.id} in ${registry.region} scans ${scanType} without any scan rule.`);
      // As Prowler weighs the rules: any rule without filters, or with the catch-all "*", covers every repository.
      const coversAll = rules.some((rule) => rule.filters.length === 0 || rule.filters.includes('*'));
      return coversAll
        ? pass(`ECR registry ${registry.id} in ${registry.region} has ${scanType} scanning rules that cover every repository.`)
        : fail(`ECR registry ${registry.id} in ${registry.region} has ${scanType} scanning rules limited to repositories matching filters.`);
    });
  },
});
