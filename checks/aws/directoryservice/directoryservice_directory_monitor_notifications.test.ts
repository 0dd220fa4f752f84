import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { directoryEventTopics } from '../../../test/helpers/fixtures/directoryservice.js';
import check from './directoryservice_directory_monitor_notifications.js';

testCheck(check, [
  { name: 'no directories', expect: [] },
  {
    name: 'a directory passes when any SNS topic hears of its status changes',
    given: ({ directoryservice }) => {
      directoryservice.directoryEventTopics.add(directoryEventTopics('d-watched'));
      directoryservice.directoryEventTopics.add(directoryEventTopics('d-unwatched', { eventTopics: [] }));
      directoryservice.directoryEventTopics.add(directoryEventTopics('d-shared', { type: 'SharedMicrosoftAD', eventTopics: [] }));
    },
    expect: [
      { status: 'PASS', resource: 'd-watched', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'd-unwatched', detail: 'no SNS topic' },
      { status: 'FAIL', resource: 'd-shared' },
    ],
  },
  {
    name: 'event topics that could not be read are an error for each directory',
    given: ({ directoryservice }) => directoryservice.directoryEventTopics.add(directoryEventTopics('d-unknown', { eventTopics: unreadBy('directoryservice', 'DescribeEventTopics') })),
    expect: [{ status: 'ERROR', resource: 'd-unknown', detail: 'DescribeEventTopics' }],
  },
  {
    name: 'a region whose directories could not be listed is an error there',
    given: ({ directoryservice }) => directoryservice.directoryEventTopics.fail({ region: 'us-east-1', operation: 'DescribeDirectories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'directoryservice:DescribeDirectories', region: 'us-east-1' }],
  },
]);
