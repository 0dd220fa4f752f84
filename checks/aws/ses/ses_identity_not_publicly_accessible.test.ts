import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { PUBLIC_SENDING, sesIdentity } from '../../../test/helpers/fixtures/ses.js';
import check from './ses_identity_not_publicly_accessible.js';

const DENY_OTHERS = { Statement: [{ Effect: 'Deny' as const, Principal: { AWS: ['*'] }, Action: ['ses:*'], Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } }] };
const SCOPED = { Statement: [{ ...PUBLIC_SENDING.Statement[0]!, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }] };

testCheck(check, [
  { name: 'no identities', expect: [] },
  {
    name: 'an identity without policies is not judged',
    given: ({ ses }) => ses.identities.add(sesIdentity('bare.example.com')),
    expect: [],
  },
  {
    name: 'a public Allow fails; with an explicit Deny in any policy it is MANUAL; a limited one passes',
    given: ({ ses }) => {
      ses.identities.add(sesIdentity('open.example.com', { policies: { open: PUBLIC_SENDING } }));
      ses.identities.add(sesIdentity('guarded.example.com', { policies: { open: PUBLIC_SENDING, guard: DENY_OTHERS } }));
      ses.identities.add(sesIdentity('scoped.example.com', { policies: { scoped: SCOPED } }));
    },
    expect: [
      { status: 'FAIL', resource: 'open.example.com' },
      { status: 'MANUAL', resource: 'guarded.example.com', detail: 'Deny' },
      { status: 'PASS', resource: 'scoped.example.com' },
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
