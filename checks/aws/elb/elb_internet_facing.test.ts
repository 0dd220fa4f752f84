import { testCheck } from '../../../test/helpers/check-cases.js';
import { classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_internet_facing.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'internal passes, internet-facing fails naming its DNS name',
    given: ({ elb }) => {
      elb.loadBalancers.add(classicLoadBalancer('private'));
      elb.loadBalancers.add(classicLoadBalancer('public', { scheme: 'internet-facing', dnsName: 'public-1.eu-west-1.elb.amazonaws.com' }));
    },
    expect: [
      { status: 'PASS', resource: 'private', detail: 'internal' },
      { status: 'FAIL', resource: 'public', detail: 'public-1.eu-west-1.elb.amazonaws.com' },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
