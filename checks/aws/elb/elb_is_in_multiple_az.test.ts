import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_is_in_multiple_az.js';

const threeZones = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'two zones meet the default minimum, one does not',
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('two'));
      elb.loadBalancers.add(classicLoadBalancer('one', { availabilityZones: ['eu-west-1a'] }));
    },
    expect: [
      { status: 'PASS', resource: 'two', detail: 'at least 2' },
      { status: 'FAIL', resource: 'one', detail: 'fewer than 2' },
    ],
  },
  {
    name: 'elb_min_azs raises the bar',
    config: { elb_min_azs: 3 },
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('two'));
      elb.loadBalancers.add(classicLoadBalancer('three', { availabilityZones: threeZones }));
    },
    expect: [
      { status: 'FAIL', resource: 'two', detail: 'fewer than 3' },
      { status: 'PASS', resource: 'three' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
