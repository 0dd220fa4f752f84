import { defineCheck, fail, manual, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_catalog_connection_no_secrets',
  uses: { glue: ['connectionSecrets'] },
  // Read by the collection, which scans the properties as it loads them.
  config: ['secrets_ignore_patterns'],
  run({ glue }, report) {
    report.each(glue.connectionSecrets, (connection) => {
      const where = `properties of Glue Data Catalog connection ${connection.name}`;
      const scan = connection.propertyScan;
      if (!scan.scanned) return manual(`Could not scan the ${where} for secrets (${scan.reason}); review them by hand.`);
      if (scan.secrets.length === 0) return pass(`No secrets found in the ${where}.`);
      const found = scan.secrets.map((secret) => `${secret.kind} in property ${secret.key}`).join(', ');
      return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in the ${where}: ${found}.`);
    });
  },
});
