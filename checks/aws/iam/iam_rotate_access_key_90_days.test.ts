import type { AccessKeyStatus } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, daysAgo, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_rotate_access_key_90_days.js';

const key = (rotatedDaysAgo: number, active = true): AccessKeyStatus => ({ active, lastRotated: daysAgo(rotatedDaysAgo), lastUsed: null });

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a user without access keys passes',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('alice', { accessKeys: [NO_ACCESS_KEY, NO_ACCESS_KEY] }));
    },
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no access keys' }],
  },
  {
    name: 'keys rotated within 90 days, and inactive old keys, pass',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('bob', { accessKeys: [key(90.5), key(500, false)] }));
    },
    expect: [{ status: 'PASS', resource: 'bob', detail: 'no active access key older than 90 days' }],
  },
  {
    name: 'each active key older than 90 days fails on its own',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('carol', { accessKeys: [key(91), key(365)] }));
    },
    expect: [
      { status: 'FAIL', resource: 'carol-access-key-1', detail: 'access key 1 for 91 days' },
      { status: 'FAIL', resource: 'carol-access-key-2', detail: 'access key 2 for 365 days' },
    ],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
