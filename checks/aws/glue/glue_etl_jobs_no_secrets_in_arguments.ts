import { defineCheck, fail, manual, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_etl_jobs_no_secrets_in_arguments',
  uses: { glue: ['jobArgumentSecrets'] },
  // Read by the collection, which scans the arguments as it loads them.
  config: ['secrets_ignore_patterns'],
  run({ glue }, report) {
    report.each(glue.jobArgumentSecrets, (job) => {
      const where = `default arguments of Glue job ${job.name}`;
      const scan = job.argumentScan;
      if (!scan.scanned) return manual(`Could not scan the ${where} for secrets (${scan.reason}); review them by hand.`);
      if (scan.secrets.length === 0) return pass(`No secrets found in the ${where}.`);
      const found = scan.secrets.map((secret) => `${secret.kind} in argument ${secret.key}`).join(', ');
      return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in the ${where}: ${found}.`);
    });
  },
});
