import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_endpoint_config_prod_variant_instances',
  uses: { sagemaker: ['endpointConfigSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.endpointConfigSettings, (config) => {
      const single = need(config.settings)
        .productionVariants.filter((variant) => variant.initialInstanceCount <= 1)
        .map((variant) => variant.name);
      return verdict(
        single.length === 0,
        `Endpoint config ${config.name} starts every production variant on more than one instance.`,
        `Endpoint config ${config.name} starts production variants ${single.join(', ')} on fewer than two instances.`,
      );
    });
  },
});
