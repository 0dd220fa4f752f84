import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_no_root_access_key.js';

const ACTIVE_KEY = { active: true, lastRotated: new Date('2025-06-01T00:00:00Z'), lastUsed: null };
const INACTIVE_KEY = { ...ACTIVE_KEY, active: false };

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'root with a password and no keys passes',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: true, accessKeys: [INACTIVE_KEY, NO_ACCESS_KEY] })),
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'no active access keys' }],
  },
  {
    name: 'root with one active key fails',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: false, accessKeys: [NO_ACCESS_KEY, ACTIVE_KEY] })),
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'one active access key' }],
  },
  {
    name: 'root with two active keys fails',
    given: ({ iam }) => iam.credentialReport.add(rootCredentials({ passwordEnabled: true, accessKeys: [ACTIVE_KEY, ACTIVE_KEY] })),
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'two active access keys' }],
  },
  {
    name: 'root without any credential and IAM users are not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordEnabled: false }));
      iam.credentialReport.add(userCredentials('bob', { passwordEnabled: true, mfaActive: true, accessKeys: [ACTIVE_KEY, NO_ACCESS_KEY] }));
    },
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GenerateCredentialReport', message: 'ThrottlingException: slow down' }),
    expect: [{ status: 'ERROR', resource: 'iam:GenerateCredentialReport' }],
  },
]);
