import { testCheck } from '../../../test/helpers/check-cases.js';
import { daysAgo, rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_console_access_unused.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users without a password, or who never signed in, pass; root is not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordLastUsed: daysAgo(400) }));
      iam.credentialReport.add(userCredentials('programmatic', { passwordLastUsed: daysAgo(400) }));
      iam.credentialReport.add(userCredentials('fresh', { passwordEnabled: true }));
    },
    expect: [
      { status: 'PASS', resource: 'programmatic', region: 'us-east-1', detail: 'never signed in' },
      { status: 'PASS', resource: 'fresh' },
    ],
  },
  {
    name: 'sign-ins within 45 days pass, older ones fail',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('active', { passwordEnabled: true, passwordLastUsed: daysAgo(45.5) }));
      iam.credentialReport.add(userCredentials('idle', { passwordEnabled: true, passwordLastUsed: daysAgo(46) }));
    },
    expect: [
      { status: 'PASS', resource: 'active', detail: '45 days ago' },
      { status: 'FAIL', resource: 'idle', detail: 'for 46 days, more than 45' },
    ],
  },
  {
    name: 'max_console_access_days sets the limit',
    config: { max_console_access_days: 90 },
    given: ({ iam }) => iam.credentialReport.add(userCredentials('idle', { passwordEnabled: true, passwordLastUsed: daysAgo(60) })),
    expect: [{ status: 'PASS', resource: 'idle' }],
  },
  {
    name: 'an unread credential report is an error',
    given: ({ iam }) => iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
