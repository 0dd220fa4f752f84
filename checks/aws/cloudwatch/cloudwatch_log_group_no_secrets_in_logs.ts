import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudwatch_log_group_no_secrets_in_logs',
  uses: { cloudwatch: ['logGroupSecrets'] },
  // Applied where the events are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ cloudwatch }, report) {
    report.each(cloudwatch.logGroupSecrets, (group) => {
      const secrets = need(group.secrets);
      if (secrets.length === 0) return pass(`No likely secrets in the recent events of log group ${group.id}.`);
      const found = secrets.map((secret) => `${secret.kind} in stream ${secret.logStream} at ${new Date(secret.timestamp).toISOString()}`);
      return fail(`Likely secrets in the recent events of log group ${group.id}: ${[...new Set(found)].join('; ')}.`);
    });
  },
});
