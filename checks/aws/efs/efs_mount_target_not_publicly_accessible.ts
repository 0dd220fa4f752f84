import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'efs_mount_target_not_publicly_accessible',
  uses: { efs: ['fileSystemMountTargets'], vpc: ['subnets'] },
  run({ efs, vpc }, report) {
    report.each(efs.fileSystemMountTargets, (fileSystem) => {
      const subnets = vpc.subnets.all(fileSystem.region);
      // A subnet the region's listing does not hold (one shared from elsewhere) gives no sign of being public.
      const inPublicSubnet = need(fileSystem.mountTargets).filter((target) => {
        const subnet = subnets.find((candidate) => candidate.id === target.subnetId);
        return subnet !== undefined && need(subnet.public);
      });
      return verdict(
        inPublicSubnet.length === 0,
        `EFS file system ${fileSystem.id} has no mount target in a public subnet.`,
        `EFS file system ${fileSystem.id} has mount targets in public subnets: ${inPublicSubnet.map((target) => target.id).join(', ')}.`,
      );
    });
  },
});
