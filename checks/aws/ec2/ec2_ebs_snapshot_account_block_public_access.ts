import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_snapshot_account_block_public_access',
  uses: { ec2: ['snapshotBlockPublicAccess'] },
  run({ ec2, options }, report) {
    report.each(ec2.snapshotBlockPublicAccess, (setting) => {
      if (!options.scanUnusedServices && !need(setting.hasSnapshots)) return notApplicable('the region holds no snapshot of the account');
      if (setting.state === 'block-all-sharing') return pass(`EBS snapshot block public access blocks all public sharing in ${setting.region}.`);
      if (setting.state === 'block-new-sharing') {
        return fail(`EBS snapshot block public access blocks only new public sharing in ${setting.region}: snapshots already public stay public.`);
      }
      return fail(`EBS snapshot block public access is off in ${setting.region} (${setting.state}).`);
    });
  },
});
