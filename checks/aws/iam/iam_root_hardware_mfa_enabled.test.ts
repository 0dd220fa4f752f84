import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { accountSummary, daysAgo, rootCredentials, userCredentials, virtualMfaDevice } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_root_hardware_mfa_enabled.js';

const ROOT_ARN = fixtureArn('iam', '', 'root');
const ROOT_KEY = { active: true, lastRotated: daysAgo(10), lastUsed: null };

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'a root user without credentials, and IAM users, are not judged',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ mfaActive: false }));
      iam.credentialReport.add(userCredentials('alice', { passwordEnabled: true }));
      iam.accountSummary.add(accountSummary(false));
    },
    expect: [],
  },
  {
    name: 'root with a key and hardware MFA passes',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ accessKeys: [ROOT_KEY, ROOT_KEY] }));
      iam.accountSummary.add(accountSummary(true));
      iam.virtualMfaDevices.add(virtualMfaDevice('alice', fixtureArn('iam', '', 'user/alice')));
      iam.virtualMfaDevices.add(virtualMfaDevice('spare', null));
    },
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'hardware MFA' }],
  },
  {
    name: 'root with a virtual MFA device fails',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordEnabled: true }));
      iam.accountSummary.add(accountSummary(true));
      iam.virtualMfaDevices.add(virtualMfaDevice('root-account-mfa-device', ROOT_ARN));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'virtual MFA' }],
  },
  {
    name: 'root with credentials and no MFA fails',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ accessKeys: [ROOT_KEY, { active: false, lastRotated: null, lastUsed: null }] }));
      iam.accountSummary.add(accountSummary(false));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'no MFA' }],
  },
  {
    name: 'unread virtual devices are an error',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordEnabled: true }));
      iam.accountSummary.add(accountSummary(true));
      iam.virtualMfaDevices.fail({ region: 'us-east-1', operation: 'ListVirtualMFADevices', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '<root_account>', detail: 'ListVirtualMFADevices failed' }],
  },
  {
    name: 'an unread account summary is an error',
    given: ({ iam }) => {
      iam.credentialReport.add(rootCredentials({ passwordEnabled: true }));
      iam.accountSummary.fail({ region: 'us-east-1', operation: 'GetAccountSummary', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '<root_account>', detail: 'GetAccountSummary failed' }],
  },
  {
    name: 'an unread credential report is an error',
    given: ({ iam }) => iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
