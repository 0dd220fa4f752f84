import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { customOrigin, distribution, s3Origin } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_using_deprecated_ssl_protocols.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'origins allowing TLS 1.2 only pass',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { origins: [s3Origin('a', 'a'), customOrigin('api', 'api.example.com')] })),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1' }],
  },
  ...['SSLv3', 'TLSv1', 'TLSv1.1'].map(
    (protocol): CheckCase<typeof check.uses> => ({
      name: `an origin allowing ${protocol} fails`,
      given: ({ cloudfront }) =>
        cloudfront.distributions.add(distribution('E1', { origins: [customOrigin('api', 'api.example.com', { sslProtocols: ['TLSv1.2', protocol] })] })),
      expect: [{ status: 'FAIL', resource: 'E1', detail: 'deprecated' }],
    }),
  ),
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
