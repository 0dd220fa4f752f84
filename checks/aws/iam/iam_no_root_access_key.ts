import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_no_root_access_key',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (entry) => {
      if (!entry.root) return notApplicable('not the root user');
      const activeKeys = entry.accessKeys.filter((key) => key.active).length;
      if (!entry.passwordEnabled && activeKeys === 0) return notApplicable('the root user has no credentials');
      if (activeKeys === 0) return pass('The root user has no active access keys.');
      return fail(`The root user has ${activeKeys === 1 ? 'one active access key' : 'two active access keys'}.`);
    });
  },
});
