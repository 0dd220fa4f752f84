import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { customOrigin, distribution, s3Origin } from '../../../test/helpers/fixtures/cloudfront.js';
import type { DistributionOrigin } from '../../../src/services/cloudfront/cloudfront.js';
import check from './cloudfront_distributions_origin_traffic_encrypted.js';

const table: { name: string; origin: DistributionOrigin; viewers: string; status: 'PASS' | 'FAIL' }[] = [
  { name: 'an S3 origin behind HTTPS-only viewers', origin: s3Origin('bucket', 'b'), viewers: 'https-only', status: 'PASS' },
  { name: 'an S3 origin behind viewers allowed HTTP', origin: s3Origin('bucket', 'b'), viewers: 'allow-all', status: 'FAIL' },
  { name: 'an https-only custom origin, whatever the viewers use', origin: customOrigin('api', 'api.example.com'), viewers: 'allow-all', status: 'PASS' },
  { name: 'an http-only custom origin', origin: customOrigin('api', 'api.example.com', { protocolPolicy: 'http-only' }), viewers: 'https-only', status: 'FAIL' },
  { name: 'a custom origin without a protocol policy', origin: customOrigin('api', 'api.example.com', { protocolPolicy: '' }), viewers: 'https-only', status: 'FAIL' },
  { name: 'a match-viewer origin behind HTTPS viewers', origin: customOrigin('api', 'api.example.com', { protocolPolicy: 'match-viewer' }), viewers: 'redirect-to-https', status: 'PASS' },
  { name: 'a match-viewer origin behind viewers allowed HTTP', origin: customOrigin('api', 'api.example.com', { protocolPolicy: 'match-viewer' }), viewers: 'allow-all', status: 'FAIL' },
];

testCheck(check, [
  { name: 'no distributions', expect: [] },
  ...table.map(
    ({ name, origin, viewers, status }): CheckCase<typeof check.uses> => ({
      name: `${name}: ${status}`,
      given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { origins: [origin], viewerProtocolPolicy: viewers })),
      expect: [{ status, resource: 'E1', region: 'us-east-1', ...(status === 'FAIL' ? { detail: origin.id } : {}) }],
    }),
  ),
  {
    name: 'every origin in the clear is named',
    given: ({ cloudfront }) =>
      cloudfront.distributions.add(
        distribution('E1', { origins: [customOrigin('a', 'a.example.com', { protocolPolicy: 'http-only' }), customOrigin('b', 'b.example.com'), customOrigin('c', 'c.example.com', { protocolPolicy: 'http-only' })] }),
      ),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'origins a, c unencrypted' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
