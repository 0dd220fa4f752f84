import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { withListeners } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_listeners_underneath.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'a load balancer with listeners passes, one without fails',
    given: ({ elbv2 }) => {
      elbv2.listeners.add(withListeners('used'));
      elbv2.listeners.add(withListeners('empty', { type: 'gateway', listeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'used', detail: '1 listeners' },
      { status: 'FAIL', resource: 'empty', detail: 'no listeners' },
    ],
  },
  {
    name: 'unread listeners are an error',
    given: ({ elbv2 }) => elbv2.listeners.add(withListeners('alb', { listeners: unreadBy('elbv2', 'DescribeListeners') })),
    expect: [{ status: 'ERROR', resource: 'alb', detail: 'DescribeListeners' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.listeners.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
