import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { userMfaDevices, virtualSerial } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_user_hardware_mfa_enabled.js';

testCheck(check, [
  { name: 'no users', expect: [] },
  {
    name: 'users are judged by the kind of their devices',
    given: ({ iam }) => {
      iam.userMfaDevices.add(userMfaDevices('none', []));
      iam.userMfaDevices.add(userMfaDevices('token', ['GAHT12345678']));
      iam.userMfaDevices.add(userMfaDevices('passkey', ['arn:aws:iam::111122223333:u2f/user/passkey/key-1']));
      iam.userMfaDevices.add(userMfaDevices('app', [virtualSerial('app')]));
      iam.userMfaDevices.add(userMfaDevices('both', ['GAHT12345678', virtualSerial('both')]));
      iam.userMfaDevices.add(userMfaDevices('sms', ['arn:aws:iam::111122223333:sms-mfa/sms']));
    },
    expect: [
      { status: 'FAIL', resource: 'none', region: 'us-east-1', detail: 'no MFA device' },
      { status: 'PASS', resource: 'token', detail: 'only hardware' },
      { status: 'PASS', resource: 'passkey' },
      { status: 'FAIL', resource: 'app', detail: 'virtual MFA device' },
      { status: 'FAIL', resource: 'both' },
      { status: 'FAIL', resource: 'sms' },
    ],
  },
  {
    name: 'unread devices are an error',
    given: ({ iam }) => iam.userMfaDevices.add(userMfaDevices('alice', unreadBy('iam', 'ListMFADevices', 'us-east-1'))),
    expect: [{ status: 'ERROR', resource: 'alice', detail: 'ListMFADevices failed' }],
  },
  {
    name: 'unlisted users are an error',
    given: ({ iam }) => iam.userMfaDevices.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
