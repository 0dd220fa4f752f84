import { testCheck } from '../../../test/helpers/check-cases.js';
import { distribution } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_https_sni_enabled.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'a custom certificate served through SNI passes',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1', detail: 'SNI' }],
  },
  {
    name: 'a custom certificate on dedicated IPs fails',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { sslSupportMethod: 'vip' })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'vip' }],
  },
  {
    name: 'a distribution without a custom certificate is not judged',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { usesDefaultCertificate: true, certificate: '', sslSupportMethod: 'vip' })),
    expect: [],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
