import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicAttributes, classicWithAttributes } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_cross_zone_load_balancing_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'cross-zone balancing passes; off or not stated fails',
    given: ({ elb }) => {
      elb.loadBalancerAttributes.add(classicWithAttributes('on'));
      elb.loadBalancerAttributes.add(classicWithAttributes('off', { attributes: classicAttributes({ crossZoneLoadBalancingEnabled: false }) }));
      elb.loadBalancerAttributes.add(classicWithAttributes('unstated', { attributes: classicAttributes({ crossZoneLoadBalancingEnabled: null }) }));
    },
    expect: [
      { status: 'PASS', resource: 'on', detail: 'every Availability Zone' },
      { status: 'FAIL', resource: 'off', detail: 'does not balance' },
      { status: 'FAIL', resource: 'unstated' },
    ],
  },
  {
    name: 'unread attributes are an error',
    given: ({ elb }) => elb.loadBalancerAttributes.add(classicWithAttributes('lb', { attributes: unreadBy('elb', 'DescribeLoadBalancerAttributes') })),
    expect: [{ status: 'ERROR', resource: 'lb', detail: 'DescribeLoadBalancerAttributes' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancerAttributes.fail({ region: 'us-east-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'us-east-1' }],
  },
]);
