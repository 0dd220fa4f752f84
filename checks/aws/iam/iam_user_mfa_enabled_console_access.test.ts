import { testCheck } from '../../../test/helpers/check-cases.js';
import { rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_mfa_enabled_console_access.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'a console user with MFA passes',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('alice', { passwordEnabled: true, mfaActive: true })),
    expect: [{ status: 'PASS', resource: 'alice', region: 'us-east-1', detail: 'active MFA device' }],
  },
  {
    name: 'a console user without MFA fails',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('bob', { passwordEnabled: true, mfaActive: false })),
    expect: [{ status: 'FAIL', resource: 'bob', detail: 'no active MFA' }],
  },
  {
    name: 'a user without a console password passes',
    given: ({ iam }) => iam.credentialReport.add(userCredentials('robot', { passwordEnabled: false, mfaActive: false })),
    expect: [{ status: 'PASS', resource: 'robot', detail: 'no console password' }],
  },
  {
    name: 'the root user is left to the root checks',
    given: ({ iam }) =>
      iam.credentialReport.add(rootCredentials({ passwordEnabled: true, mfaActive: false })),
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
