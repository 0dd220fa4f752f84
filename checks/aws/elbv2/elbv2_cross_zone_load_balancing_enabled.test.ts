import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { attributes, withAttributes } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_cross_zone_load_balancing_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'network and gateway load balancers pass only with cross-zone balancing; ALBs are not judged',
    given: ({ elbv2 }) => {
      elbv2.loadBalancerAttributes.add(withAttributes('nlb-on', { type: 'network' }));
      elbv2.loadBalancerAttributes.add(withAttributes('nlb-off', { type: 'network', attributes: attributes({ crossZoneLoadBalancingEnabled: false }) }));
      elbv2.loadBalancerAttributes.add(withAttributes('gwlb-unstated', { type: 'gateway', attributes: attributes({ crossZoneLoadBalancingEnabled: null }) }));
      elbv2.loadBalancerAttributes.add(withAttributes('alb', { attributes: attributes({ crossZoneLoadBalancingEnabled: false }) }));
    },
    expect: [
      { status: 'PASS', resource: 'nlb-on', detail: 'every Availability Zone' },
      { status: 'FAIL', resource: 'nlb-off', detail: 'does not balance' },
      { status: 'FAIL', resource: 'gwlb-unstated', detail: '(gateway)' },
    ],
  },
  {
    name: 'unread attributes are an error',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.add(withAttributes('nlb', { type: 'network', attributes: unreadBy('elbv2', 'DescribeLoadBalancerAttributes') })),
    expect: [{ status: 'ERROR', resource: 'nlb', detail: 'DescribeLoadBalancerAttributes' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
