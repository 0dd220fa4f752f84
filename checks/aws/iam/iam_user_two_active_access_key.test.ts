import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, daysAgo, rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_two_active_access_key.js';

const ACTIVE = { active: true, lastRotated: daysAgo(10), lastUsed: null };
const INACTIVE = { active: false, lastRotated: daysAgo(100), lastUsed: null };

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'every row is judged, the root user included',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ accessKeys: [ACTIVE, ACTIVE] }));
      iam.credentialReport.add(userCredentials('none'));
      iam.credentialReport.add(userCredentials('one', { accessKeys: [NO_ACCESS_KEY, ACTIVE] }));
      iam.credentialReport.add(userCredentials('rotating', { accessKeys: [INACTIVE, ACTIVE] }));
      iam.credentialReport.add(userCredentials('two', { accessKeys: [ACTIVE, ACTIVE] }));
    },
    expect: [
      { status: 'FAIL', resource: '<root_account>', region: 'us-east-1' },
      { status: 'PASS', resource: 'none' },
      { status: 'PASS', resource: 'one' },
      { status: 'PASS', resource: 'rotating', detail: 'does not have two' },
      { status: 'FAIL', resource: 'two', detail: 'has two active' },
    ],
  },
  {
    name: 'an unread credential report is an error',
    given: ({ iam }) => iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
