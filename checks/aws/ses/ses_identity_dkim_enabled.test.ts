import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { sesIdentity } from '../../../test/helpers/fixtures/ses.js';
import check from './ses_identity_dkim_enabled.js';

testCheck(check, [
  { name: 'no identities', expect: [] },
  {
    name: 'only a verified DKIM with signing on passes',
    given: ({ ses }) => {
      ses.identities.add(sesIdentity('signed.example.com'));
      ses.identities.add(sesIdentity('unsigned.example.com', { dkimSigningEnabled: false }));
      ses.identities.add(sesIdentity('pending.example.com', { dkimStatus: 'PENDING' }));
      ses.identities.add(sesIdentity('failed.example.com', { dkimStatus: 'FAILED' }));
      ses.identities.add(sesIdentity('ops@example.com', { dkimStatus: null, dkimSigningEnabled: false }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'signed.example.com' },
      { status: 'FAIL', resource: 'unsigned.example.com', detail: 'signing off' },
      { status: 'FAIL', resource: 'pending.example.com', detail: 'PENDING' },
      { status: 'FAIL', resource: 'failed.example.com', detail: 'failed' },
      { status: 'FAIL', resource: 'ops@example.com', region: 'us-east-1', detail: 'no DKIM' },
    ],
  },
  {
    name: 'an identity that could not be read: ERROR',
    given: ({ ses }) => ses.identities.add(sesIdentity('hidden.example.com', {}, { details: unreadBy('ses', 'GetEmailIdentity') })),
    expect: [{ status: 'ERROR', resource: 'hidden.example.com', detail: 'GetEmailIdentity' }],
  },
  {
    name: 'identities that could not be listed: ERROR',
    given: ({ ses }) => ses.identities.fail({ region: 'eu-west-1', operation: 'ListEmailIdentities', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'ses:ListEmailIdentities' }],
  },
]);
