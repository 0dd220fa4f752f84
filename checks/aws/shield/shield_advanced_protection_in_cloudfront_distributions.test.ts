import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_cloudfront_distributions.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'E1',
    arn: distribution('E1').arn,
    add: (data) => data.cloudfront.distributions.add(distribution('E1')),
    failListing: (data) => data.cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    failedListing: 'cloudfront:ListDistributions',
  }),
]);
