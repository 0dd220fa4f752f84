import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'batch_job_definition_no_secrets',
  uses: { batch: ['jobDefinitions'] },
  // Applied where the job definitions are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ batch }, report) {
    report.each(batch.jobDefinitions, (definition) => {
      const places = definition.secrets.map((secret) => ('variable' in secret ? `${secret.kind} in environment variable ${secret.variable}` : `${secret.kind} in the command`));
      return verdict(
        places.length === 0,
        `No secrets found in Batch job definition ${definition.id}.`,
        `Likely secrets in Batch job definition ${definition.id}: ${places.join(', ')}.`,
      );
    });
  },
});
