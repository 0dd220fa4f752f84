import type { AccessKeyStatus, CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_user_no_setup_initial_access_key.js';

const NO_KEY: AccessKeyStatus = { active: false, lastRotated: null, lastUsed: null };
const NEVER_USED: AccessKeyStatus = { active: true, lastRotated: new Date('2025-01-01T00:00:00Z'), lastUsed: null };
const USED: AccessKeyStatus = { ...NEVER_USED, lastUsed: new Date('2025-02-01T00:00:00Z') };

function user(name: string, fields: Partial<CredentialReportEntry> = {}): CredentialReportEntry {
  return {
    arn: `arn:aws:iam::111122223333:user/${name}`,
    id: name,
    region: 'us-east-1',
    tags: {},
    root: false,
    passwordEnabled: true,
    passwordLastUsed: null,
    mfaActive: true,
    accessKeys: [NO_KEY, NO_KEY],
    ...fields,
  };
}

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a console user whose keys were used passes',
    given: ({ iam }) => iam.credentialReport.add(user('alice', { accessKeys: [USED, NO_KEY] })),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'no active access key that was never used' }],
  },
  {
    name: 'a console user with a never-used active key fails',
    given: ({ iam }) => iam.credentialReport.add(user('bob', { accessKeys: [USED, NEVER_USED] })),
    expect: [{ status: 'FAIL', resource: 'bob', detail: 'access key 2' }],
  },
  {
    name: 'two never-used keys give two findings',
    given: ({ iam }) => iam.credentialReport.add(user('carol', { accessKeys: [NEVER_USED, NEVER_USED] })),
    expect: [
      { status: 'FAIL', resource: 'carol', detail: 'access key 1' },
      { status: 'FAIL', resource: 'carol', detail: 'access key 2' },
    ],
  },
  {
    name: 'users without a console password, and inactive keys, pass',
    given: ({ iam }) => {
      iam.credentialReport.add(user('robot', { passwordEnabled: false, accessKeys: [NEVER_USED, NO_KEY] }));
      iam.credentialReport.add(user('dave', { accessKeys: [{ ...NEVER_USED, active: false }, NO_KEY] }));
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
