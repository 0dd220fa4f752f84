import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { hostedZone } from '../../../test/helpers/fixtures/route53.js';
import check from './route53_public_hosted_zones_cloudwatch_logging_enabled.js';

testCheck(check, [
  { name: 'no hosted zones', expect: [] },
  {
    name: 'a public zone logging its queries passes and names the log group',
    given: ({ route53 }) => route53.hostedZones.add(hostedZone('Z1')),
    expect: [{ status: 'PASS', resource: 'Z1', region: 'us-east-1', detail: 'log-group:/aws/route53/Z1' }],
  },
  {
    name: 'a public zone without query logging fails',
    given: ({ route53 }) => route53.hostedZones.add(hostedZone('Z1', { queryLogGroupArn: null })),
    expect: [{ status: 'FAIL', resource: 'Z1', detail: 'does not log' }],
  },
  {
    name: 'private zones are not judged',
    given: ({ route53 }) => route53.hostedZones.add(hostedZone('Z1', { privateZone: true, queryLogGroupArn: null })),
    expect: [],
  },
  {
    name: 'unreadable query logging is an error',
    given: ({ route53 }) => route53.hostedZones.add(hostedZone('Z1', { queryLogGroupArn: unreadBy('route53', 'ListQueryLoggingConfigs', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'Z1', detail: 'ListQueryLoggingConfigs' }],
  },
  {
    name: 'a failed zone listing is an error',
    given: ({ route53 }) => route53.hostedZones.fail({ region: 'us-east-1', operation: 'ListHostedZones', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'route53:ListHostedZones', region: 'us-east-1' }],
  },
]);
