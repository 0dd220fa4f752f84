import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_root_hardware_mfa_enabled',
  uses: { iam: ['credentialReport', 'accountSummary', 'virtualMfaDevices'] },
  run({ iam, account }, report) {
    // Hardware MFA for root is judged only in the commercial partition, as in Prowler.
    if (account.partition !== 'aws') return;
    report.each(iam.credentialReport, (entry) => {
      if (!entry.root) return notApplicable('not the root user');
      if (!entry.passwordEnabled && !entry.accessKeys.some((key) => key.active)) return notApplicable('the root user has no credentials');
      const subject = { arn: `arn:${account.partition}:iam::${account.id}:mfa`, id: entry.id };
      const mfaEnabled = iam.accountSummary.all().some((summary) => (summary.counts.AccountMFAEnabled ?? 0) > 0);
      if (!mfaEnabled) return fail('The root user has credentials but no MFA enabled.', subject);
      // Any virtual device assigned to an ARN containing "root" counts as the root user's, as in Prowler.
      const virtual = iam.virtualMfaDevices.all().some((device) => device.userArn?.includes('root') ?? false);
      return virtual ? fail('The root user has a virtual MFA device, not a hardware one.', subject) : pass('The root user has a hardware MFA device.', subject);
    });
  },
});
