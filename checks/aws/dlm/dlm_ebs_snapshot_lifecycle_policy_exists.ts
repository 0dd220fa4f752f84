import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { someInRegion } from '../../../src/checks/port-exposure.js';

export default defineCheck({
  id: 'dlm_ebs_snapshot_lifecycle_policy_exists',
  uses: { dlm: ['regionPolicies'], ec2: ['snapshots'] },
  run({ dlm, ec2 }, report) {
    report.each(dlm.regionPolicies, (policies) => {
      if (!someInRegion(ec2.snapshots, policies.region, () => true)) return notApplicable(`the account has no EBS snapshots in ${policies.region}`);
      return verdict(
        policies.policyIds.length > 0,
        `Data Lifecycle Manager has ${policies.policyIds.length} lifecycle ${policies.policyIds.length === 1 ? 'policy' : 'policies'} in ${policies.region}.`,
        `Data Lifecycle Manager has no lifecycle policy in ${policies.region}, where the account keeps EBS snapshots.`,
      );
    });
  },
});
