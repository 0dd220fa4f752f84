import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { directoryLogSubscriptions } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_directory_log_forwarding_enabled.js';

testCheck(check, [
  { name: 'no directories', expect: [] },
  {
    name: 'a directory passes when it forwards its logs to any log group',
    given: ({ directoryservice }) => {
      directoryservice.directoryLogSubscriptions.add(directoryLogSubscriptions('d-logged'));
      directoryservice.directoryLogSubscriptions.add(directoryLogSubscriptions('d-quiet', { logGroups: [], type: 'SimpleAD', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'd-logged', region: 'eu-west-1', detail: '/aws/directoryservice/d-logged' },
      { status: 'FAIL', resource: 'd-quiet', region: 'us-east-1' },
    ],
  },
  {
    name: 'log subscriptions that could not be listed are an error for each directory',
    given: ({ directoryservice }) => directoryservice.directoryLogSubscriptions.add(directoryLogSubscriptions('d-unknown', { logGroups: unreadBy('directoryservice', 'ListLogSubscriptions') })),
    expect: [{ status: 'ERROR', resource: 'd-unknown', detail: 'ListLogSubscriptions' }],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directoryLogSubscriptions.fail({ region: 'eu-west-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'eu-west-1' }],
  },
]);
