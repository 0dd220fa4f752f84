import type { AccessKeyStatus } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_no_setup_initial_access_key.js';

const NEVER_USED: AccessKeyStatus = { active: true, lastRotated: new Date('2025-01-01T00:00:00Z'), lastUsed: null };
const USED: AccessKeyStatus = { ...NEVER_USED, lastUsed: new Date('2025-02-01T00:00:00Z') };

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a console user whose keys were used passes',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('alice', { passwordEnabled: true, mfaActive: true, accessKeys: [USED, NO_ACCESS_KEY] })),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no active access key that was never used' }],
  },
  {
    name: 'a console user with a never-used active key fails',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('bob', { passwordEnabled: true, mfaActive: true, accessKeys: [USED, NEVER_USED] })),
    expect: [{ status: 'FAIL', resource: 'bob', detail: 'access key 2' }],
  },
  {
    name: 'two never-used keys give two findings',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('carol', { passwordEnabled: true, mfaActive: true, accessKeys: [NEVER_USED, NEVER_USED] })),
    expect: [
      { status: 'FAIL', resource: 'carol', detail: 'access key 1' },
      { status: 'FAIL', resource: 'carol', detail: 'access key 2' },
    ],
  },
  {
    name: 'users without a console password, and inactive keys, pass',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('robot', { passwordEnabled: false, mfaActive: true, accessKeys: [NEVER_USED, NO_ACCESS_KEY] }));
      iam.credentialReport.add(userCredentials('dave', { passwordEnabled: true, mfaActive: true, accessKeys: [{ ...NEVER_USED, active: false }, NO_ACCESS_KEY] }));
    },
    expect: [
      { status: 'PASS', resource: 'robot' },
      { status: 'PASS', resource: 'dave' },
    ],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
