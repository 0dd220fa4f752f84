import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ebs_volume_snapshots_exists',
  uses: { ec2: ['volumes', 'snapshots'] },
  run({ ec2 }, report) {
    // Matched by volume ID across every region, as Prowler does.
    const snapshotted = new Set(ec2.snapshots.found().map((snapshot) => snapshot.volumeId));
    report.each(ec2.volumes, (volume) => {
      const hasSnapshot = snapshotted.has(volume.id);
      if (!hasSnapshot) ec2.snapshots.ensureListed();
      return verdict(hasSnapshot, `EBS volume ${volume.id} has at least one snapshot.`, `EBS volume ${volume.id} has no snapshot.`);
    });
  },
});
