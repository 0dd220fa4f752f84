import { testCheck } from '../../../test/helpers/check-cases.js';
import { multiRegionAccessPoint, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_multi_region_access_point_public_access_block.js';

testCheck(check, [
  { name: 'no Multi-Region Access Points', expect: [] },
  {
    name: 'full blocking passes, partial fails, both reported in us-west-2',
    given: ({ s3 }) => {
      s3.multiRegionAccessPoints.add(multiRegionAccessPoint('blocked'));
      s3.multiRegionAccessPoints.add(multiRegionAccessPoint('open', publicAccessBlock({ blockPublicAcls: false })));
    },
    expect: [
      { status: 'PASS', resource: 'blocked', region: 'us-west-2', detail: 'buckets east, west' },
      { status: 'FAIL', resource: 'open', region: 'us-west-2' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ s3 }) => s3.multiRegionAccessPoints.fail({ region: 'us-west-2', operation: 'ListMultiRegionAccessPoints', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 's3:ListMultiRegionAccessPoints', region: 'us-west-2' }],
  },
]);
