import { testCheck } from '../../../test/helpers/check-cases.js';
import { customOrigin, distribution, s3Origin } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_s3_origin_access_control.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'S3 origins behind origin access control pass',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { origins: [s3Origin('a', 'a'), s3Origin('b', 'b')] })),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1' }],
  },
  {
    name: 'an S3 origin without origin access control fails and is named',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { origins: [s3Origin('a', 'a'), s3Origin('legacy', 'b', { originAccessControlId: '' })] })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'S3 origins legacy without' }],
  },
  {
    name: 'a distribution with custom origins only is not judged',
    given: ({ cloudfront }) => cloudfront.distributions.add(distribution('E1', { origins: [customOrigin('api', 'api.example.com')] })),
    expect: [],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.distributions.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
