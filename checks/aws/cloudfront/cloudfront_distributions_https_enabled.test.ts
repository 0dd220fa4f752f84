import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_https_enabled.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  ...[
    { policy: 'https-only', status: 'PASS', detail: 'HTTPS viewers only' },
    { policy: 'redirect-to-https', status: 'PASS', detail: 'redirects' },
    { policy: 'allow-all', status: 'FAIL', detail: 'plain HTTP' },
  ].map(
    ({ policy, status, detail }): CheckCase<typeof check.uses> => ({
      name: `viewer protocol policy ${policy} is ${status}`,
      given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { viewerProtocolPolicy: policy })),
      expect: [{ status: status as 'PASS' | 'FAIL', resource: 'E1', region: 'us-east-1', detail }],
    }),
  ),
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
