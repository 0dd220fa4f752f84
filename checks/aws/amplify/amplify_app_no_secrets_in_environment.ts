import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'amplify_app_no_secrets_in_environment',
  uses: { amplify: ['appSecrets'] },
  // Read by the collection, which scans each app as it loads it.
  config: ['secrets_ignore_patterns'],
  run({ amplify }, report) {
    report.each(amplify.appSecrets, (app) => {
      const where = `the environment variables and build settings of Amplify app ${app.name}`;
      const scan = need(app.secretScan);
      if (scan === null || (scan.scanned && scan.secrets.length === 0)) return pass(`No secrets found in ${where}.`);
      if (!scan.scanned) return manual(`Could not scan ${where} for secrets (${scan.reason}); review them by hand.`);
      const found = scan.secrets.map((secret) => `${secret.kind} in ${secret.where}`).join(', ');
      return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in ${where}: ${found}.`);
    });
  },
});
