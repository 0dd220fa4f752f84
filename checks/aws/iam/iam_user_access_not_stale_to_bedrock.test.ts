import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { serviceAccess, serviceUse } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_access_not_stale_to_bedrock.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users whose policies do not allow Bedrock are not judged',
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'web', [serviceUse('s3', 1), serviceUse('bedrock-agent', null)])),
    expect: [],
  },
  {
    name: 'Bedrock used within 60 days passes, later or never fails',
    given: ({ iam }) => {
      iam.userServiceAccess.add(serviceAccess('user', 'recent', [serviceUse('bedrock', 10)]));
      iam.userServiceAccess.add(serviceAccess('user', 'edge', [serviceUse('bedrock', 60.9)]));
      iam.userServiceAccess.add(serviceAccess('user', 'stale', [serviceUse('s3', 1), serviceUse('bedrock', 61)]));
      iam.userServiceAccess.add(serviceAccess('user', 'never', [serviceUse('bedrock', null)]));
    },
    expect: [
      { status: 'PASS', resource: 'recent', region: 'us-east-1', detail: '10 days ago' },
      { status: 'PASS', resource: 'edge', detail: '60 days ago' },
      { status: 'FAIL', resource: 'stale', detail: 'for 61 days' },
      { status: 'FAIL', resource: 'never', detail: 'never has' },
    ],
  },
  {
    name: 'unread access data is an error',
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'app', unreadBy('iam', 'GetServiceLastAccessedDetails', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: 'app', detail: 'GetServiceLastAccessedDetails failed' }],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.userServiceAccess.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
