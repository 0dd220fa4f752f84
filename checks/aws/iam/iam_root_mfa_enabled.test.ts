import type { CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_root_mfa_enabled.js';

const NO_KEY = { active: false, lastRotated: null, lastUsed: null };
const ACTIVE_KEY = { active: true, lastRotated: new Date('2025-06-01T00:00:00Z'), lastUsed: null };

function root(fields: Partial<CredentialReportEntry> = {}): CredentialReportEntry {
  return {
    arn: 'arn:aws:iam::111122223333:root',
    id: '<root_account>',
    region: 'us-east-1',
    tags: {},
    root: true,
    passwordEnabled: true,
    passwordLastUsed: null,
    mfaActive: true,
    accessKeys: [NO_KEY, NO_KEY],
    ...fields,
  };
}

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'root with MFA passes',
    given: ({ iam }) => iam.credentialReport.add(root()),
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'active MFA' }],
  },
  {
    name: 'root with a password and no MFA fails',
    given: ({ iam }) => iam.credentialReport.add(root({ mfaActive: false })),
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'no active MFA' }],
  },
  {
    name: 'root with only an access key and no MFA fails',
    given: ({ iam }) => iam.credentialReport.add(root({ passwordEnabled: false, mfaActive: false, accessKeys: [NO_KEY, ACTIVE_KEY] })),
    expect: [{ status: 'FAIL', resource: '<root_account>' }],
  },
  {
    name: 'root without any credential and IAM users are not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(root({ passwordEnabled: false, mfaActive: false }));
      iam.credentialReport.add({ ...root({ mfaActive: false }), root: false, id: 'alice', arn: 'arn:aws:iam::111122223333:user/alice' });
    },
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport', region: 'us-east-1' }],
  },
]);
