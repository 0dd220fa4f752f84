import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_volume_protected_by_backup_plan',
  uses: { ec2: ['volumes'], backup: ['selections'] },
  run({ ec2, backup, account }, report) {
    // Prowler pools the selections of every region, and honours only these two patterns besides exact ARNs.
    const everyVolume = `arn:${account.partition}:ec2:*:*:volume/*`;
    const selected = new Set(backup.selections.found().flatMap((selection) => selection.resources));
    const selectsAll = selected.has('*') || selected.has(everyVolume);
    report.each(ec2.volumes, (volume) => {
      const isProtected = selectsAll || selected.has(volume.arn);
      // Absence proves nothing while some region's selections are unknown.
      if (!isProtected) backup.selections.ensureListed();
      return verdict(isProtected, `EBS volume ${volume.id} is in a backup plan.`, `EBS volume ${volume.id} is in no backup plan.`);
    });
  },
});
