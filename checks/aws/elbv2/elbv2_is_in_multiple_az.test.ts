import { testCheck } from '../../../test/helpers/check-cases.js';
import { loadBalancer } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_is_in_multiple_az.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'two zones meet the default minimum, one does not',
    given: ({ elbv2 }) => {
      elbv2.loadBalancers.add(loadBalancer('two'));
      elbv2.loadBalancers.add(loadBalancer('one', { type: 'network', availabilityZones: ['eu-west-1a'] }));
    },
    expect: [
      { status: 'PASS', resource: 'two', detail: 'at least 2' },
      { status: 'FAIL', resource: 'one', detail: 'fewer than 2' },
    ],
  },
  {
    name: 'elbv2_min_azs raises the bar',
    config: { elbv2_min_azs: 3 },
    given: ({ elbv2 }) => {
      elbv2.loadBalancers.add(loadBalancer('two'));
      elbv2.loadBalancers.add(loadBalancer('three', { availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] }));
    },
    expect: [
      { status: 'FAIL', resource: 'two', detail: 'fewer than 3' },
      { status: 'PASS', resource: 'three' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
