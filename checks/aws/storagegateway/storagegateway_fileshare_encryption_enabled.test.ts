import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { fileShare } from '../../../test/helpers/fixtures/storagegateway.js';
import check from './storagegateway_fileshare_encryption_enabled.js';

testCheck(check, [
  { name: 'no file shares', expect: [] },
  {
    name: 'judges each file share',
    given: ({ storagegateway }) => {
      storagegateway.fileShares.add(fileShare('share-1', true));
      storagegateway.fileShares.add(fileShare('share-2', false, { type: 'SMB', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'share-1' },
      { status: 'FAIL', resource: 'share-2', region: 'us-east-1' },
    ],
  },
  {
    name: 'an unread description is an error',
    given: ({ storagegateway }) => storagegateway.fileShares.add(fileShare('share-1', unreadBy('storagegateway', 'DescribeNFSFileShares'))),
    expect: [{ status: 'ERROR', resource: 'share-1', detail: 'DescribeNFSFileShares' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ storagegateway }) => storagegateway.fileShares.fail({ region: 'eu-west-1', operation: 'ListFileShares', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'storagegateway:ListFileShares' }],
  },
]);
