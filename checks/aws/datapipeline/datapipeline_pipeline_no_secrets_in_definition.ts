import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'datapipeline_pipeline_no_secrets_in_definition',
  uses: { datapipeline: ['definitions'] },
  // Applied where the definition is scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ datapipeline }, report) {
    report.each(datapipeline.definitions, (pipeline) => {
      const secrets = need(pipeline.secrets);
      if (secrets.length === 0) return pass(`No secrets found in the definition of Data Pipeline ${pipeline.name}.`);
      const where = secrets.map(({ kind, location }) => `${kind} in ${location}`).join('; ');
      return fail(`Potential secrets in the definition of Data Pipeline ${pipeline.name}: ${where}.`);
    });
  },
});
