import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { accessPoint, publicAccessBlock } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_access_point_public_access_block.js';

testCheck(check, [
  { name: 'no access points', expect: [] },
  {
    name: 'an access point blocking everything passes; one missing a switch fails',
    given: ({ s3 }) => {
      s3.accessPoints.add(accessPoint('blocked'));
      s3.accessPoints.add(accessPoint('open', publicAccessBlock({ restrictPublicBuckets: false })));
    },
    expect: [
      { status: 'PASS', resource: 'blocked', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'open', detail: 'does not have every' },
    ],
  },
  { name: 'an unread access point is an error', given: ({ s3 }) => s3.accessPoints.add(accessPoint('x', unreadBy('s3', 'GetAccessPoint'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetAccessPoint' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.accessPoints.fail({ region: 'eu-west-1', operation: 'ListAccessPoints', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListAccessPoints' }] },
]);
