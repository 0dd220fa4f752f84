import type { CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_user_mfa_enabled_console_access.js';

const NO_KEY = { active: false, lastRotated: null, lastUsed: null };

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
    name: 'a console user with MFA passes',
    given: ({ iam }) => iam.credentialReport.add(user('alice')),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'active MFA device' }],
  },
  {
    name: 'a console user without MFA fails',
    given: ({ iam }) => iam.credentialReport.add(user('bob', { mfaActive: false })),
    expect: [{ status: 'FAIL', resource: 'bob', detail: 'no active MFA' }],
  },
  {
    name: 'a user without a console password passes',
    given: ({ iam }) => iam.credentialReport.add(user('robot', { passwordEnabled: false, mfaActive: false })),
    expect: [{ status: 'PASS', resource: 'robot', detail: 'no console password' }],
  },
  {
    name: 'the root user is left to the root checks',
    given: ({ iam }) =>
      iam.credentialReport.add({ ...user('<root_account>', { mfaActive: false }), root: true, arn: 'arn:aws:iam::111122223333:root' }),
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
