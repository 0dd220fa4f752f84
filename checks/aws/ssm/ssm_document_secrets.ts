import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ssm_document_secrets',
  uses: { ssm: ['documentSecrets'] },
  // Applied where the content is scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ ssm }, report) {
    report.each(ssm.documentSecrets, (document) => {
      const secrets = need(document.secrets);
      if (secrets === null) return pass(`Document ${document.id} has no content to hold secrets.`);
      if (secrets.length === 0) return pass(`No secrets found in document ${document.id}.`);
      const where = secrets.map(({ kind, line }) => `${kind} on line ${line}`).join('; ');
      return fail(`Potential secrets in document ${document.id}: ${where}.`);
    });
  },
});
