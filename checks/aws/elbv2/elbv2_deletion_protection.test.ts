import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { attributes, withAttributes } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_deletion_protection.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'every type passes only with deletion protection on',
    given: ({ elbv2 }) => {
      elbv2.loadBalancerAttributes.add(withAttributes('alb'));
      elbv2.loadBalancerAttributes.add(withAttributes('nlb', { type: 'network', attributes: attributes({ deletionProtectionEnabled: false }) }));
      elbv2.loadBalancerAttributes.add(withAttributes('gwlb', { type: 'gateway', attributes: attributes({ deletionProtectionEnabled: null }) }));
    },
    expect: [
      { status: 'PASS', resource: 'alb', detail: 'protected from deletion' },
      { status: 'FAIL', resource: 'nlb', detail: 'can be deleted' },
      { status: 'FAIL', resource: 'gwlb' },
    ],
  },
  {
    name: 'unread attributes are an error',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.add(withAttributes('alb', { attributes: unreadBy('elbv2', 'DescribeLoadBalancerAttributes') })),
    expect: [{ status: 'ERROR', resource: 'alb', detail: 'DescribeLoadBalancerAttributes' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.fail({ region: 'us-east-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'us-east-1' }],
  },
]);
