import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';
import type { Vpc } from '../../../src/services/vpc/vpc.js';

/** Regions holding a VPC of the account's own; default VPCs do not show a deliberate spread. */
function regionsWithOwnVpcs(vpcs: readonly Vpc[]): Set<string> {
  return new Set(vpcs.filter((vpc) => !vpc.isDefault).map((vpc) => vpc.region));
}

export default defineCheck({
  id: 'vpc_different_regions',
  uses: { vpc: ['vpcs'] },
  run({ vpc: network, account }, report) {
    const region = account.globalRegion;
    report.about({ arn: `arn:${account.partition}:ec2:${region}:${account.id}:vpc`, id: account.id, region }, () => {
      // Two regions with VPCs settle it even when another region could not be listed.
      const seen = regionsWithOwnVpcs(network.vpcs.found());
      if (seen.size > 1) return pass(`Non-default VPCs exist in ${seen.size} regions.`);
      const vpcs = network.vpcs.all();
      if (vpcs.length === 0) return notApplicable('no VPC in any scanned region');
      return fail(seen.size === 0 ? 'No region has a non-default VPC.' : `Non-default VPCs exist only in ${[...seen].join('')}.`);
    });
  },
});
