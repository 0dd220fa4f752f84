import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_root_mfa_enabled.js';

const ACTIVE_KEY = { active: true, lastRotated: new Date('2025-06-01T00:00:00Z'), lastUsed: null };

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'root with MFA passes',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: true })),
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'active MFA' }],
  },
  {
    name: 'root with a password and no MFA fails',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: true, mfaActive: false })),
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'no active MFA' }],
  },
  {
    name: 'root with only an access key and no MFA fails',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: false, mfaActive: false, accessKeys: [NO_ACCESS_KEY, ACTIVE_KEY] })),
    expect: [{ status: 'FAIL', resource: '<root_account>' }],
  },
  {
    name: 'root without any credential and IAM users are not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordEnabled: false, mfaActive: false }));
      iam.credentialReport.add(userCredentials('alice', { passwordEnabled: true }));
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
