import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { httpListener, withHttpListeners } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_ssl_listeners.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'an ALB passes without HTTP listeners or when its HTTP listener redirects to HTTPS',
    given: ({ elbv2 }) => {
      elbv2.httpListeners.add(withHttpListeners('https-only', { httpListeners: [] }));
      elbv2.httpListeners.add(withHttpListeners('redirects'));
      elbv2.httpListeners.add(withHttpListeners('forwards', { httpListeners: [httpListener(null)] }));
      elbv2.httpListeners.add(withHttpListeners('redirects-to-http', { httpListeners: [httpListener('HTTP')] }));
      elbv2.httpListeners.add(withHttpListeners('nlb', { type: 'network', httpListeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'https-only', detail: 'no plain-HTTP listeners' },
      { status: 'PASS', resource: 'redirects', detail: 'redirects to HTTPS' },
      { status: 'FAIL', resource: 'forwards', detail: 'port 80 that does not redirect' },
      { status: 'FAIL', resource: 'redirects-to-http' },
    ],
  },
  {
    name: 'with several HTTP listeners the last one listed decides, as in Prowler',
    given: ({ elbv2 }) => {
      elbv2.httpListeners.add(withHttpListeners('last-redirects', { httpListeners: [httpListener(null, 80), httpListener('HTTPS', 8080)] }));
      elbv2.httpListeners.add(withHttpListeners('last-forwards', { httpListeners: [httpListener('HTTPS', 80), httpListener(null, 8080)] }));
    },
    expect: [
      { status: 'PASS', resource: 'last-redirects', detail: 'port 8080' },
      { status: 'FAIL', resource: 'last-forwards', detail: 'port 8080' },
    ],
  },
  {
    name: 'unread rules are an error',
    given: ({ elbv2 }) => elbv2.httpListeners.add(withHttpListeners('alb', { httpListeners: unreadBy('elbv2', 'DescribeRules') })),
    expect: [{ status: 'ERROR', resource: 'alb', detail: 'DescribeRules' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.httpListeners.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
