import type { AccessKeyStatus, CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_rotate_access_key_90_days.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const NO_KEY: AccessKeyStatus = { active: false, lastRotated: null, lastUsed: null };
const key = (rotatedDaysAgo: number, active = true): AccessKeyStatus => ({ active, lastRotated: daysAgo(rotatedDaysAgo), lastUsed: null });

function user(name: string, accessKeys: [AccessKeyStatus, AccessKeyStatus]): CredentialReportEntry {
  return {
    arn: `arn:aws:iam::111122223333:user/${name}`,
    id: name,
    region: 'us-east-1',
    tags: {},
    root: false,
    passwordEnabled: false,
    passwordLastUsed: null,
    mfaActive: false,
    accessKeys,
  };
}

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a user without access keys passes',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('alice', [NO_KEY, NO_KEY]));
    },
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no access keys' }],
  },
  {
    name: 'keys rotated within 90 days, and inactive old keys, pass',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('bob', [key(90.5), key(500, false)]));
    },
    expect: [{ status: 'PASS', resource: 'bob', detail: 'no active access key older than 90 days' }],
  },
  {
    name: 'each active key older than 90 days fails on its own',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('carol', [key(91), key(365)]));
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
