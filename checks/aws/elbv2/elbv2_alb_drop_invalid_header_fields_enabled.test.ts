import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { attributes, withAttributes } from '../../../test/helpers/fixtures/elbv2.js';
import check from './elbv2_alb_drop_invalid_header_fields_enabled.js';

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'ALBs pass only when they drop invalid headers; other types are not judged',
    given: ({ elbv2 }) => {
      elbv2.loadBalancerAttributes.add(withAttributes('drops'));
      elbv2.loadBalancerAttributes.add(withAttributes('keeps', { attributes: attributes({ dropInvalidHeaderFieldsEnabled: false }) }));
      elbv2.loadBalancerAttributes.add(withAttributes('unstated', { region: 'us-east-1', attributes: attributes({ dropInvalidHeaderFieldsEnabled: null }) }));
      elbv2.loadBalancerAttributes.add(withAttributes('nlb', { type: 'network', attributes: attributes({ dropInvalidHeaderFieldsEnabled: null }) }));
    },
    expect: [
      { status: 'PASS', resource: 'drops', region: 'eu-west-1', detail: 'removes HTTP headers' },
      { status: 'FAIL', resource: 'keeps', detail: 'forwards HTTP headers with invalid names' },
      { status: 'FAIL', resource: 'unstated', region: 'us-east-1' },
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
