import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_geo_restrictions_enabled.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  ...['whitelist', 'blacklist'].map(
    (type): CheckCase<typeof check.uses> => ({
      name: `a ${type} geo restriction passes`,
      given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { geoRestrictionType: type })),
      expect: [{ status: 'PASS', resource: 'E1', detail: type }],
    }),
  ),
  {
    name: 'no geo restriction fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { geoRestrictionType: 'none' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'every country' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
