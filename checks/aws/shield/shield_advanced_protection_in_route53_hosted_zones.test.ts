import { testCheck } from '../../../test/helpers/check-cases.js';
import { hostedZone } from '../../../test/helpers/fixtures/route53.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_route53_hosted_zones.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'Z1',
    arn: hostedZone('Z1').arn,
    add: (data) => data.route53.hostedZones.add(hostedZone('Z1')),
    failListing: (data) => data.route53.hostedZones.fail({ region: 'us-east-1', operation: 'ListHostedZones', message: 'AccessDenied: denied' }),
    failedListing: 'route53:ListHostedZones',
  }),
]);
