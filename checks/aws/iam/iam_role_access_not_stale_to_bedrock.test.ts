import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { serviceAccess, serviceUse } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_role_access_not_stale_to_bedrock.js';

testCheck(check, [
  { name: 'no roles', expect: [] },
  {
    name: 'roles whose policies do not allow Bedrock are not judged',
    given: ({ iam }) => iam.roleServiceAccess.add(serviceAccess('role', 'web', [serviceUse('s3', 1), serviceUse('bedrock-agent', null)])),
    expect: [],
  },
  {
    name: 'Bedrock used within 60 days passes, later or never fails',
    given: ({ iam }) => {
      iam.roleServiceAccess.add(serviceAccess('role', 'recent', [serviceUse('bedrock', 10)]));
      iam.roleServiceAccess.add(serviceAccess('role', 'edge', [serviceUse('bedrock', 60.9)]));
      iam.roleServiceAccess.add(serviceAccess('role', 'stale', [serviceUse('s3', 1), serviceUse('bedrock', 61)]));
      iam.roleServiceAccess.add(serviceAccess('role', 'never', [serviceUse('bedrock', null)]));
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
    given: ({ iam }) => iam.roleServiceAccess.add(serviceAccess('role', 'app', unreadBy('iam', 'GetServiceLastAccessedDetails', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: 'app', detail: 'GetServiceLastAccessedDetails failed' }],
  },
  {
    name: 'unlisted roles are an error',
    given: ({ iam }) => iam.roleServiceAccess.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
