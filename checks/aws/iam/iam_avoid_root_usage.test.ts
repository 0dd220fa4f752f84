import type { AccessKeyStatus } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { NO_ACCESS_KEY, daysAgo, rootCredentials, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_avoid_root_usage.js';

const keyUsed = (days: number): AccessKeyStatus => ({ active: true, lastRotated: daysAgo(500), lastUsed: daysAgo(days) });

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'a root user never used passes',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials());
    },
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'not been used' }],
  },
  {
    name: 'a root password used two days ago passes',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordLastUsed: daysAgo(2) }));
    },
    expect: [{ status: 'PASS', resource: '<root_account>' }],
  },
  {
    name: 'a root password used within the last day fails',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordLastUsed: daysAgo(1.9) }));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'last used 1 days ago' }],
  },
  {
    name: 'a root access key used today fails when the password was never used',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ accessKeys: [NO_ACCESS_KEY, keyUsed(0.2)] }));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'last used 0 days ago' }],
  },
  {
    name: "as in Prowler, the password's last use decides over a more recent key use",
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordLastUsed: daysAgo(30), accessKeys: [keyUsed(0.5), NO_ACCESS_KEY] }));
    },
    expect: [{ status: 'PASS', resource: '<root_account>' }],
  },
  {
    name: 'IAM users are not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(userCredentials('alice', { mfaActive: true, passwordLastUsed: daysAgo(0) }));
    },
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
