import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { distributionWithOriginBuckets } from '../../../test/helpers/fixtures/cloudfront.js';
import check from './cloudfront_distributions_s3_origin_non_existent_bucket.js';

testCheck(check, [
  { name: 'no distributions', expect: [] },
  {
    name: 'origins whose buckets exist pass',
    given: ({ cloudfront }) => cloudfront.s3OriginBuckets.add(distributionWithOriginBuckets('E1')),
    expect: [{ status: 'PASS', resource: 'E1', region: 'us-east-1' }],
  },
  {
    name: 'missing buckets fail and are named',
    given: ({ cloudfront }) => cloudfront.s3OriginBuckets.add(distributionWithOriginBuckets('E1', { missingOriginBuckets: ['old-site', 'old-assets'] })),
    expect: [{ status: 'FAIL', resource: 'E1', detail: 'old-site, old-assets' }],
  },
  {
    name: 'a bucket whose existence could not be told is an error',
    given: ({ cloudfront }) => cloudfront.s3OriginBuckets.add(distributionWithOriginBuckets('E1', { missingOriginBuckets: unreadBy('cloudfront', 'HeadBucket', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'E1', detail: 'HeadBucket' }],
  },
  {
    name: 'a failed distribution listing is an error',
    given: ({ cloudfront }) => cloudfront.s3OriginBuckets.fail({ region: 'us-east-1', operation: 'ListDistributions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudfront:ListDistributions', region: 'us-east-1' }],
  },
]);
