import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecr_repositories_scan_images_on_push_enabled',
  uses: { ecr: ['repositories'] },
  run({ ecr }, report) {
    report.each(ecr.repositories, (repository) =>
      verdict(repository.scanOnPush, `ECR repository ${repository.name} scans images on push.`, `ECR repository ${repository.name} does not scan images on push.`),
    );
  },
});
