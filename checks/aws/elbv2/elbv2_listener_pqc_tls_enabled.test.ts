import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { listener, withListeners } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_listener_pqc_tls_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'every HTTPS and TLS listener must use a post-quantum policy; none at all passes',
    given: ({ elbv2 }) => {
      elbv2.listeners.add(withListeners('pq'));
      elbv2.listeners.add(withListeners('nlb-classical', { type: 'network', listeners: [listener({ protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })] }));
      elbv2.listeners.add(withListeners('mixed', { listeners: [listener(), listener({ port: 8443, sslPolicy: null })] }));
      elbv2.listeners.add(withListeners('http-only', { listeners: [listener({ protocol: 'HTTP', port: 80, sslPolicy: null })] }));
      elbv2.listeners.add(withListeners('none', { listeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'pq', detail: 'every HTTPS and TLS listener' },
      { status: 'FAIL', resource: 'nlb-classical', detail: 'TLS:443' },
      { status: 'FAIL', resource: 'mixed', detail: 'HTTPS:8443' },
      { status: 'PASS', resource: 'http-only', detail: 'terminates no TLS' },
      { status: 'PASS', resource: 'none', detail: 'terminates no TLS' },
    ],
  },
  {
    name: 'elbv2_listener_pqc_tls_allowed_policies decides which policies count',
    config: { elbv2_listener_pqc_tls_allowed_policies: ['ELBSecurityPolicy-TLS13-1-2-2021-06'] },
    given: ({ elbv2 }) => {
      elbv2.listeners.add(withListeners('pq'));
      elbv2.listeners.add(withListeners('allowed', { listeners: [listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })] }));
    },
    expect: [
      { status: 'FAIL', resource: 'pq' },
      { status: 'PASS', resource: 'allowed' },
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
