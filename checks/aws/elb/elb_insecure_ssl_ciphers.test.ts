import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicListener, classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_insecure_ssl_ciphers.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'HTTPS listeners pass only with the TLS 1.2 policy; other protocols are not judged',
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('tls12'));
      elb.loadBalancers.add(classicLoadBalancer('old-policy', { listeners: [classicListener(), classicListener({ port: 8443, policyNames: ['ELBSecurityPolicy-2016-08'] })] }));
      elb.loadBalancers.add(classicLoadBalancer('ssl-and-http', { listeners: [classicListener({ protocol: 'SSL', policyNames: [] }), classicListener({ protocol: 'HTTP', port: 80, policyNames: [] })] }));
      elb.loadBalancers.add(classicLoadBalancer('no-listeners', { listeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'tls12' },
      { status: 'FAIL', resource: 'old-policy', detail: 'port 8443' },
      { status: 'PASS', resource: 'ssl-and-http' },
      { status: 'PASS', resource: 'no-listeners' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('lb', { region: 'us-east-1' }));
      elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'lb', region: 'us-east-1' },
      { status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' },
    ],
  },
]);
