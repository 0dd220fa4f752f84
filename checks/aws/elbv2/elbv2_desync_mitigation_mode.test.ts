import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { attributes, withAttributes } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_desync_mitigation_mode.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'a protective mode passes; otherwise only a load balancer known to keep invalid headers fails',
    given: ({ elbv2 }) => {
      const cases = [
        ['strictest', 'strictest', false],
        ['defensive', 'defensive', false],
        ['monitor-keeps', 'monitor', false],
        ['monitor-drops', 'monitor', true],
        ['monitor-unstated', 'monitor', null],
        ['nothing-stated', null, null],
      ] as const;
      for (const [name, mode, drops] of cases) {
        elbv2.loadBalancerAttributes.add(withAttributes(name, { attributes: attributes({ desyncMitigationMode: mode, dropInvalidHeaderFieldsEnabled: drops }) }));
      }
      elbv2.loadBalancerAttributes.add(withAttributes('nlb', { type: 'network', attributes: attributes({ desyncMitigationMode: null, dropInvalidHeaderFieldsEnabled: false }) }));
    },
    expect: [
      { status: 'PASS', resource: 'strictest', detail: 'strictest mode' },
      { status: 'PASS', resource: 'defensive', detail: 'defensive mode' },
      { status: 'FAIL', resource: 'monitor-keeps', detail: 'keeps invalid header fields' },
      { status: 'PASS', resource: 'monitor-drops', detail: 'drops invalid header fields' },
      { status: 'PASS', resource: 'monitor-unstated', detail: 'states no header-field setting' },
      { status: 'PASS', resource: 'nothing-stated', detail: 'no stated mode' },
    ],
  },
  {
    name: 'unread attributes are an error',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.add(withAttributes('alb', { attributes: unreadBy('elbv2', 'DescribeLoadBalancerAttributes') })),
    expect: [{ status: 'ERROR', resource: 'alb', detail: 'DescribeLoadBalancerAttributes' }],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elbv2 }) => elbv2.loadBalancerAttributes.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elbv2:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
