import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { documentSecrets } from '../../../test/helpers/fixtures/ssm.js';
import check from './ssm_document_secrets.js';

testCheck(check, [
  { name: 'no documents', expect: [] },
  {
    name: 'clean content passes, a document without content passes, one with a secret fails',
    given: ({ ssm }) => {
      ssm.documentSecrets.add(documentSecrets('clean'));
      ssm.documentSecrets.add(documentSecrets('empty', { secrets: null }));
      ssm.documentSecrets.add(documentSecrets('leaky', { region: 'us-east-1', secrets: [{ line: 7, kind: 'AWS access key' }] }));
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'PASS', resource: 'empty', detail: 'no content' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'AWS access key on line 7' },
    ],
  },
  {
    name: 'content that could not be read: ERROR',
    given: ({ ssm }) => ssm.documentSecrets.add(documentSecrets('hidden', { secrets: unreadBy('ssm', 'GetDocument') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetDocument' }],
  },
  {
    name: 'documents that could not be listed: ERROR',
    given: ({ ssm }) => ssm.documentSecrets.fail({ region: 'eu-west-1', operation: 'ListDocuments', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'ssm:ListDocuments' }],
  },
]);
