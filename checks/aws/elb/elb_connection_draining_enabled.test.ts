import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicAttributes, classicWithAttributes } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_connection_draining_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'draining passes, no draining or no stated draining fails',
    given: ({ elb }) => {
      elb.loadBalancerAttributes.add(classicWithAttributes('on'));
      elb.loadBalancerAttributes.add(classicWithAttributes('off', { attributes: classicAttributes({ connectionDrainingEnabled: false }) }));
      elb.loadBalancerAttributes.add(classicWithAttributes('unstated', { region: 'us-east-1', attributes: classicAttributes({ connectionDrainingEnabled: null }) }));
    },
    expect: [
      { status: 'PASS', resource: 'on', region: 'eu-west-1', detail: 'connection draining' },
      { status: 'FAIL', resource: 'off', detail: 'does not use connection draining' },
      { status: 'FAIL', resource: 'unstated', region: 'us-east-1' },
    ],
  },
  {
    name: 'unread attributes are an error',
    given: ({ elb }) => elb.loadBalancerAttributes.add(classicWithAttributes('lb', { attributes: unreadBy('elb', 'DescribeLoadBalancerAttributes') })),
    expect: [{ status: 'ERROR', resource: 'lb', detail: 'DescribeLoadBalancerAttributes' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancerAttributes.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
