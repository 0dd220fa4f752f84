import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicListener, classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_ssl_listeners.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'HTTPS and SSL listeners pass; any HTTP or TCP listener fails; no listeners passes',
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('https-ssl', { listeners: [classicListener(), classicListener({ protocol: 'SSL', port: 8443 })] }));
      elb.loadBalancers.add(classicLoadBalancer('mixed', { listeners: [classicListener(), classicListener({ protocol: 'HTTP', port: 80, certificateArn: null })] }));
      elb.loadBalancers.add(classicLoadBalancer('tcp', { listeners: [classicListener({ protocol: 'TCP', port: 5432, certificateArn: null })] }));
      elb.loadBalancers.add(classicLoadBalancer('none', { listeners: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'https-ssl' },
      { status: 'FAIL', resource: 'mixed', detail: 'HTTP:80' },
      { status: 'FAIL', resource: 'tcp', detail: 'TCP:5432' },
      { status: 'PASS', resource: 'none' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
