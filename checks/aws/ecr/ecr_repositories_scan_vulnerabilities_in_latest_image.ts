import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { EcrSeverityCounts } from '../../../src/services/ecr/ecr.js';

/** The severities that fail at each minimum; LOW and INFORMATIONAL weigh none, as in Prowler. */
const FAILING_SEVERITIES: Readonly<Record<string, readonly (keyof EcrSeverityCounts)[]>> = {
  CRITICAL: ['critical'],
  HIGH: ['critical', 'high'],
  MEDIUM: ['critical', 'high', 'medium'],
};

export default defineCheck({
  id: 'ecr_repositories_scan_vulnerabilities_in_latest_image',
  uses: { ecr: ['latestImages'] },
  config: ['ecr_repository_vulnerability_minimum_severity'],
  run({ ecr, config }, report) {
    const weighed = FAILING_SEVERITIES[config.ecr_repository_vulnerability_minimum_severity] ?? [];
    report.each(ecr.latestImages, (repository) => {
      const image = need(repository.latestImage);
      if (!image) return notApplicable('no scannable image (or scan on push is off)');
      const what = `The latest ${image.type} image of ECR repository ${repository.name} (tag ${image.tag}, digest ${image.digest})`;
      if (!image.status) return fail(`${what} has not been scanned.`);
      if (image.status === 'FAILED') return fail(`${what} has a failed scan.`);
      const counts = image.severityCounts;
      if (counts && weighed.some((severity) => counts[severity] > 0)) {
        return fail(`${what} has findings: ${weighed.map((severity) => `${severity.toUpperCase()} ${counts[severity]}`).join(', ')}.`);
      }
      return pass(`${what} was scanned with no findings at or above ${config.ecr_repository_vulnerability_minimum_severity}.`);
    });
  },
});
