import type { AccessKeyStatus } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, daysAgo, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_accesskey_unused.js';

const key = (lastUsedDaysAgo: number | null, active = true): AccessKeyStatus => ({
  active,
  lastRotated: daysAgo(400),
  lastUsed: lastUsedDaysAgo === null ? null : daysAgo(lastUsedDaysAgo),
});
const TAGS = { team: 'ops' };

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a user without active keys passes',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('alice', { tags: TAGS, accessKeys: [key(100, false), NO_ACCESS_KEY] }));
    },
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no active access keys' }],
  },
  {
    name: 'keys used within 45 days, or never, pass',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('bob', { tags: TAGS, accessKeys: [key(45.9), key(null)] }));
    },
    expect: [{ status: 'PASS', resource: 'bob', detail: 'no access key left unused' }],
  },
  {
    name: 'each key unused for more than 45 days fails on its own',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('carol', { tags: TAGS, accessKeys: [key(46), key(120)] }));
    },
    expect: [
      { status: 'FAIL', resource: 'carol/AccessKey1', detail: 'access key 1 for 46 days' },
      { status: 'FAIL', resource: 'carol/AccessKey2', detail: 'access key 2 for 120 days' },
    ],
  },
  {
    name: 'max_unused_access_keys_days from the config file moves the threshold',
    config: { max_unused_access_keys_days: 90 },
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('erin', { tags: TAGS, accessKeys: [key(60), key(120)] }));
    },
    expect: [{ status: 'FAIL', resource: 'erin/AccessKey2', detail: 'access key 2 for 120 days, more than 90' }],
  },
  {
    name: 'an inactive stale key is not judged beside an active one',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('dave', { tags: TAGS, accessKeys: [key(300, false), key(100)] }));
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
