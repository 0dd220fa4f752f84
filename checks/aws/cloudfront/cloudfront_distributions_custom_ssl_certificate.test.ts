import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_custom_ssl_certificate.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'a distribution with its own certificate passes, in the global region',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'its own SSL/TLS certificate' }],
  },
  {
    name: 'the default cloudfront.net certificate fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { usesDefaultCertificate: true, certificate: '' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'default' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
