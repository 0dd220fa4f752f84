import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { classicAttributes, classicWithAttributes } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_desync_mitigation_mode.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'defensive and strictest pass; monitor and no stated mode fail',
    given: ({ elb }) => {
      for (const [name, mode] of [['defensive', 'defensive'], ['strictest', 'strictest'], ['monitor', 'monitor'], ['unstated', null]] as const) {
        elb.loadBalancerAttributes.add(classicWithAttributes(name, { attributes: classicAttributes({ desyncMitigationMode: mode }) }));
      }
    },
    expect: [
      { status: 'PASS', resource: 'defensive', detail: 'defensive mode' },
      { status: 'PASS', resource: 'strictest', detail: 'strictest mode' },
      { status: 'FAIL', resource: 'monitor', detail: 'monitor mode, neither defensive nor strictest' },
      { status: 'FAIL', resource: 'unstated', detail: 'no stated mode' },
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
