import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_models_registry_in_use',
  uses: { sagemaker: ['modelRegistries'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.modelRegistries, (registry) => {
      if (!registry.hasGroups) return fail(`The model registry in ${registry.region} has no model package groups.`);
      if (registry.hasApprovedPackages) return pass(`The model registry in ${registry.region} holds an approved model package.`);
      return fail(`The model registry in ${registry.region} has model package groups but no approved model package.`);
    });
  },
});
