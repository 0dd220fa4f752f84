import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { group } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_multiple_instance_types.js';

const cases: { name: string; byZone: Record<string, string[]>; status: 'PASS' | 'FAIL'; detail: string }[] = [
  { name: 'two zones with two types each pass', byZone: { a: ['m5.large', 'm6i.large'], b: ['m5.large', 'c5.large'] }, status: 'PASS', detail: 'each of its' },
  { name: 'a zone with a single type fails, naming it', byZone: { a: ['m5.large', 'm6i.large'], b: ['m5.large'] }, status: 'FAIL', detail: 'fewer than two instance types in b' },
  { name: 'one zone with several types fails', byZone: { a: ['m5.large', 'm6i.large'] }, status: 'FAIL', detail: 'several Availability Zones' },
  { name: 'a group running no instances fails', byZone: {}, status: 'FAIL', detail: 'several Availability Zones' },
];

testCheck(check, [
  { name: 'no groups', expect: [] },
  ...cases.map(
    ({ name, byZone, status, detail }): CheckCase<typeof check.uses> => ({
      name,
      given: ({ autoscaling }) => autoscaling.groups.add(group('web', { instanceTypesByZone: byZone })),
      expect: [{ status, resource: 'web', region: 'eu-west-1', detail }],
    }),
  ),
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ autoscaling }) => autoscaling.groups.fail({ region: 'us-east-1', operation: 'DescribeAutoScalingGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeAutoScalingGroups', region: 'us-east-1' }],
  },
]);
