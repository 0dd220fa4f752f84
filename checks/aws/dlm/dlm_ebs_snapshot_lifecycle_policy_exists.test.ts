import { testCheck } from '../../../test/helpers/check-cases.js';
import { dlmRegionPolicies } from '../../../test/helpers/fixtures/dlm.js';
import { snapshot } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './dlm_ebs_snapshot_lifecycle_policy_exists.js';

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'judges only regions holding snapshots, by whether they have a policy',
    given: ({ dlm, ec2 }) => {
      ec2.snapshots.add(snapshot('snap-eu', { region: 'eu-west-1' }));
      ec2.snapshots.add(snapshot('snap-us', { region: 'us-east-1' }));
      dlm.regionPolicies.add(dlmRegionPolicies('eu-west-1', 'policy-1'));
      dlm.regionPolicies.add(dlmRegionPolicies('us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: '111122223333', region: 'eu-west-1', detail: '1 lifecycle policy' },
      { status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'no lifecycle policy' },
    ],
  },
  {
    name: 'a region without snapshots is not judged',
    given: ({ dlm, ec2 }) => {
      ec2.snapshots.add(snapshot('snap-eu', { region: 'eu-west-1' }));
      dlm.regionPolicies.add(dlmRegionPolicies('us-east-1'));
    },
    expect: [],
  },
  {
    name: "a region whose snapshots could not be listed is an error",
    given: ({ dlm, ec2 }) => {
      ec2.snapshots.fail({ region: 'us-east-1', operation: 'DescribeSnapshots', message: 'UnauthorizedOperation: denied' });
      dlm.regionPolicies.add(dlmRegionPolicies('us-east-1'));
    },
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'us-east-1', detail: 'DescribeSnapshots' }],
  },
  {
    name: 'a region whose policies could not be read is an error there',
    given: ({ dlm }) => dlm.regionPolicies.fail({ region: 'eu-west-1', operation: 'GetLifecyclePolicies', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'dlm:GetLifecyclePolicies', region: 'eu-west-1' }],
  },
]);
