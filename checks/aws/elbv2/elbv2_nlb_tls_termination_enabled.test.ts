import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { listener, withListeners } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_nlb_tls_termination_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'an NLB passes with any TLS listener; other types are not judged',
    given: ({ elbv2 }) => {
      elbv2.listeners.add(withListeners('tls', { type: 'network', listeners: [listener({ protocol: 'TCP', port: 22, sslPolicy: null }), listener({ protocol: 'TLS' })] }));
      elbv2.listeners.add(withListeners('tcp', { type: 'network', listeners: [listener({ protocol: 'TCP', sslPolicy: null })] }));
      elbv2.listeners.add(withListeners('empty', { type: 'network', listeners: [] }));
      elbv2.listeners.add(withListeners('alb', { listeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'tls', detail: 'terminates TLS' },
      { status: 'FAIL', resource: 'tcp', detail: 'no TLS listener' },
      { status: 'FAIL', resource: 'empty' },
    ],
  },
  {
    name: 'unread listeners are an error',
    given: ({ elbv2 }) => elbv2.listeners.add(withListeners('nlb', { type: 'network', listeners: unreadBy('elbv2', 'DescribeListeners') })),
    expect: [{ status: 'ERROR', resource: 'nlb', detail: 'DescribeListeners' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.listeners.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
