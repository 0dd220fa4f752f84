import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { NO_ACCESS_KEY, daysAgo, serviceAccess, serviceUse, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_with_temporary_credentials.js';

const INACTIVE_KEY = { active: false, lastRotated: daysAgo(30), lastUsed: null };

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users fail only with both an access key and other services',
    given: ({ iam }) => {
      iam.userServiceAccess.add(serviceAccess('user', 'keyless', [serviceUse('s3', 1)]));
      iam.credentialReport.add(userCredentials('keyless'));
      iam.userServiceAccess.add(serviceAccess('user', 'assumer', [serviceUse('sts', 1), serviceUse('iam', null)]));
      iam.credentialReport.add(userCredentials('assumer', { accessKeys: [INACTIVE_KEY, NO_ACCESS_KEY] }));
      // Allowed but never used still counts, as in Prowler; so does an inactive key.
      iam.userServiceAccess.add(serviceAccess('user', 'broad', [serviceUse('sts', 1), serviceUse('ec2', null)]));
      iam.credentialReport.add(userCredentials('broad', { accessKeys: [NO_ACCESS_KEY, INACTIVE_KEY] }));
    },
    expect: [
      { status: 'PASS', resource: 'keyless', region: 'us-east-1' },
      { status: 'PASS', resource: 'assumer', detail: 'no long-lived access keys' },
      { status: 'FAIL', resource: 'broad', detail: 'has long-lived access keys' },
    ],
  },
  {
    name: 'unread access data is an error',
    given: ({ iam }) => iam.userServiceAccess.add(serviceAccess('user', 'app', unreadBy('iam', 'GetServiceLastAccessedDetails', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: 'app' }],
  },
  {
    name: 'an unread credential report is an error',
    given: ({ iam }) => {
      iam.userServiceAccess.add(serviceAccess('user', 'app', [serviceUse('s3', 1)]));
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'app', detail: 'GetCredentialReport failed' }],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.userServiceAccess.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
