import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { documentSharing } from '../../../test/helpers/fixtures/ssm.js';
import check from './ssm_documents_set_as_public.js';

testCheck(check, [
  { name: 'no documents', expect: [] },
  {
    name: 'not shared, or shared with the account itself, passes; public fails; an untrusted account fails',
    given: ({ ssm }) => {
      ssm.documentSharing.add(documentSharing('private'));
      ssm.documentSharing.add(documentSharing('self', { sharedWith: ['111122223333'] }));
      ssm.documentSharing.add(documentSharing('public', { sharedWith: ['all'] }));
      ssm.documentSharing.add(documentSharing('partner', { sharedWith: ['444455556666'] }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'PASS', resource: 'self' },
      { status: 'FAIL', resource: 'public', detail: 'is public' },
      { status: 'FAIL', resource: 'partner', detail: 'not trusted: 444455556666' },
    ],
  },
  {
    name: 'accounts in trusted_account_ids may be shared with; one untrusted among them fails',
    config: { trusted_account_ids: ['444455556666'] },
    given: ({ ssm }) => {
      ssm.documentSharing.add(documentSharing('partner', { sharedWith: ['444455556666'] }));
      ssm.documentSharing.add(documentSharing('mixed', { sharedWith: ['444455556666', '777788889999'] }));
    },
    expect: [
      { status: 'PASS', resource: 'partner', detail: 'trusted accounts: 444455556666' },
      { status: 'FAIL', resource: 'mixed', detail: '777788889999' },
    ],
  },
  {
    name: 'permissions that could not be read: ERROR',
    given: ({ ssm }) => ssm.documentSharing.add(documentSharing('hidden', { sharedWith: unreadBy('ssm', 'DescribeDocumentPermission') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeDocumentPermission' }],
  },
  {
    name: 'documents that could not be listed: ERROR',
    given: ({ ssm }) => ssm.documentSharing.fail({ region: 'us-east-1', operation: 'ListDocuments', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'ssm:ListDocuments', region: 'us-east-1' }],
  },
]);
