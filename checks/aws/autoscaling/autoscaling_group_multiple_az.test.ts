import { testCheck } from '../../../test/helpers/check-cases.js';
import { group } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_multiple_az.js';

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'a group in two zones passes, one in a single zone fails',
    given: ({ autoscaling }) => {
      autoscaling.groups.add(group('web'));
      autoscaling.groups.add(group('batch', { availabilityZones: ['us-east-1a'], region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'web', region: 'eu-west-1', detail: 'spans 2' },
      { status: 'FAIL', resource: 'batch', region: 'us-east-1', detail: 'single Availability Zone' },
    ],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ autoscaling }) => autoscaling.groups.fail({ region: 'us-east-1', operation: 'DescribeAutoScalingGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeAutoScalingGroups', region: 'us-east-1' }],
  },
]);
