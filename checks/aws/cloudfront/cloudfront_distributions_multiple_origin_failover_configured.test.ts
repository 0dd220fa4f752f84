import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_multiple_origin_failover_configured.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'origin groups of two origins or more pass',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { originGroupSizes: [2, 3] })),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1' }],
  },
  {
    name: 'one group with a single origin fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { originGroupSizes: [2, 1] })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'fewer than 2 origins' }],
  },
  {
    name: 'a distribution without origin groups passes, as in Prowler',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { originGroupSizes: [] })),
    expect: [{ status: 'PASS', resource: 'E1' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
