import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'glue_data_catalogs_not_publicly_accessible',
  uses: { glue: ['catalogPolicies'] },
  run({ glue }, report) {
    report.each(glue.catalogPolicies, (catalog) => {
      if (catalog.policy === null) return notApplicable('the Data Catalog has no resource policy');
      return verdict(
        !isPolicyPublic(catalog.policy),
        `The resource policy of the Glue Data Catalog in ${catalog.region} does not make it public.`,
        `The resource policy of the Glue Data Catalog in ${catalog.region} makes it public.`,
      );
    });
  },
});
