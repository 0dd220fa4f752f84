import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicAttributes, classicWithAttributes } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_logging_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'access logs pass; off or not stated fails',
    given: ({ elb }) => {
      elb.loadBalancerAttributes.add(classicWithAttributes('logged'));
      elb.loadBalancerAttributes.add(classicWithAttributes('off', { attributes: classicAttributes({ accessLogEnabled: false }) }));
      elb.loadBalancerAttributes.add(classicWithAttributes('unstated', { attributes: classicAttributes({ accessLogEnabled: null }) }));
    },
    expect: [
      { status: 'PASS', resource: 'logged', detail: 'writes access logs' },
      { status: 'FAIL', resource: 'off', detail: 'does not write' },
      { status: 'FAIL', resource: 'unstated' },
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
