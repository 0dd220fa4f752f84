import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { repositorySecrets } from '../../../test/helpers/fixtures/codecommit.js';
import check from './codecommit_repository_no_secrets.js';

const tip = { branch: 'main', commitId: 'abc123' };

testCheck(check, [
  { name: 'no repositories', expect: [] },
  {
    name: 'fails repositories with likely secrets, asks for review of unfetchable files, passes the rest',
    given: ({ codecommit }) => {
      codecommit.fileSecrets.add(repositorySecrets('clean'));
      codecommit.fileSecrets.add(repositorySecrets('empty', { scan: null }));
      codecommit.fileSecrets.add(
        repositorySecrets('leaky', {
          region: 'us-east-1',
          scan: { ...tip, unscanned: ['/big.bin'], secrets: [{ path: 'config/app.env', line: 3, kind: 'AWS access key' }, { path: 'id_rsa', line: 1, kind: 'Private key' }] },
        }),
      );
      codecommit.fileSecrets.add(repositorySecrets('huge', { scan: { ...tip, secrets: [], unscanned: ['/data/dump.sql'] } }));
    },
    expect: [
      { status: 'PASS', resource: 'clean', detail: 'branch main' },
      { status: 'PASS', resource: 'empty', detail: 'no default branch' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'branch main (commit abc123): config/app.env on line 3 (AWS access key), id_rsa on line 1 (Private key)' },
      { status: 'MANUAL', resource: 'huge', detail: '/data/dump.sql' },
    ],
  },
  {
    name: 'files that could not be read are an error',
    given: ({ codecommit }) => codecommit.fileSecrets.add(repositorySecrets('hidden', { scan: unreadBy('codecommit', 'GetBlob') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetBlob' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codecommit }) => codecommit.fileSecrets.fail({ region: 'eu-west-1', operation: 'ListRepositories', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codecommit:ListRepositories' }],
  },
]);
