import type { AccessKeyStatus, CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_user_accesskey_unused.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const NO_KEY: AccessKeyStatus = { active: false, lastRotated: null, lastUsed: null };
const key = (lastUsedDaysAgo: number | null, active = true): AccessKeyStatus => ({
  active,
  lastRotated: daysAgo(400),
  lastUsed: lastUsedDaysAgo === null ? null : daysAgo(lastUsedDaysAgo),
});

function user(name: string, accessKeys: [AccessKeyStatus, AccessKeyStatus]): CredentialReportEntry {
  return {
    arn: `arn:aws:iam::111122223333:user/${name}`,
    id: name,
    region: 'us-east-1',
    tags: { team: 'ops' },
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
    name: 'a user without active keys passes',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('alice', [key(100, false), NO_KEY]));
    },
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no active access keys' }],
  },
  {
    name: 'keys used within 45 days, or never, pass',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('bob', [key(45.9), key(null)]));
    },
    expect: [{ status: 'PASS', resource: 'bob', detail: 'no access key left unused' }],
  },
  {
    name: 'each key unused for more than 45 days fails on its own',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('carol', [key(46), key(120)]));
    },
    expect: [
      { status: 'FAIL', resource: 'carol/AccessKey1', detail: 'access key 1 for 46 days' },
      { status: 'FAIL', resource: 'carol/AccessKey2', detail: 'access key 2 for 120 days' },
    ],
  },
  {
    name: 'an inactive stale key is not judged beside an active one',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(user('dave', [key(300, false), key(100)]));
    },
    expect: [{ status: 'FAIL', resource: 'dave/AccessKey2' }],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
