import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

/** Origins of a package published in the domain (or of unknown origin), which dependency confusion targets. */
const INTERNAL_ORIGINS = new Set(['INTERNAL', 'UNKNOWN']);

export default defineCheck({
  id: 'codeartifact_packages_external_public_publishing_disabled',
  uses: { codeartifact: ['packages'] },
  run({ codeartifact }, report) {
    report.each(codeartifact.packages, (found) => {
      if (!INTERNAL_ORIGINS.has(need(found.latestOrigin))) return notApplicable('the latest version came from an external connection');
      return verdict(
        found.upstream !== 'ALLOW',
        `Internal package ${found.name} of domain ${found.domainName} blocks versions from upstream repositories, so it is not exposed to dependency confusion.`,
        `Internal package ${found.name} of domain ${found.domainName} accepts versions from upstream repositories, so it is exposed to dependency confusion.`,
      );
    });
  },
});
