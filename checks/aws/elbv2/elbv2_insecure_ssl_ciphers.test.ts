import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { listener, withListeners } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_insecure_ssl_ciphers.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'HTTPS listeners pass only with a TLS 1.2-or-later policy; TLS listeners are not judged',
    given: ({ elbv2 }) => {
      elbv2.listeners.add(withListeners('pq'));
      elbv2.listeners.add(withListeners('fs', { listeners: [listener({ sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' })] }));
      elbv2.listeners.add(withListeners('old', { listeners: [listener(), listener({ port: 8443, sslPolicy: 'ELBSecurityPolicy-2016-08' })] }));
      elbv2.listeners.add(withListeners('nlb-tls', { type: 'network', listeners: [listener({ protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-2016-08' })] }));
      elbv2.listeners.add(withListeners('http-only', { listeners: [listener({ protocol: 'HTTP', port: 80, sslPolicy: null })] }));
    },
    expect: [
      { status: 'PASS', resource: 'pq' },
      { status: 'PASS', resource: 'fs' },
      { status: 'FAIL', resource: 'old', detail: 'port 8443: ELBSecurityPolicy-2016-08' },
      { status: 'PASS', resource: 'nlb-tls' },
      { status: 'PASS', resource: 'http-only' },
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
