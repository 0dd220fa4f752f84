import { CodeCommitClient, GetBlobCommand, GetBranchCommand, GetFolderCommand, GetRepositoryCommand, ListRepositoriesCommand } from '@aws-sdk/client-codecommit';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (ignoreFiles: string[] = []) => ({
  account: FIXTURE_ACCOUNT,
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, secrets_ignore_files: ignoreFiles },
});
const arn = (name: string) => `arn:aws:codecommit:eu-west-1:111122223333:${name}`;
// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const connectionString = ['postgres://app:', 'S3cretPassw0rd', '@db.internal:5432/orders'].join('');
const text = (content: string) => new TextEncoder().encode(content);

// moto 5.2.1 has only CreateRepository and GetRepository of CodeCommit.
describe('CodeCommit repositories and their files', () => {
  const codecommit = mockClient(CodeCommitClient);
  afterEach(() => codecommit.reset());
  afterAll(() => codecommit.restore());

  function repositories(...names: string[]) {
    codecommit.on(ListRepositoriesCommand).callsFake(async (_input, getClient: () => CodeCommitClient) =>
      (await getClient().config.region()) === 'eu-west-1' ? { repositories: names.map((repositoryName) => ({ repositoryName, repositoryId: `id-${repositoryName}` })) } : { repositories: [] },
    );
  }

  function infraTree() {
    codecommit.on(GetRepositoryCommand, { repositoryName: 'infra' }).resolves({ repositoryMetadata: { defaultBranch: 'main' } });
    codecommit.on(GetBranchCommand, { repositoryName: 'infra', branchName: 'main' }).resolves({ branch: { branchName: 'main', commitId: 'c0ffee' } });
    codecommit.on(GetFolderCommand, { folderPath: '/' }).resolves({ commitId: 'c0ffee', folderPath: '/', subFolders: [{ absolutePath: 'config' }], files: [{ absolutePath: 'README.md', blobId: 'b-readme' }] });
    codecommit.on(GetFolderCommand, { folderPath: 'config' }).resolves({
      commitId: 'c0ffee',
      folderPath: 'config',
      files: [
        { absolutePath: 'config/app.env', blobId: 'b-env' },
        { absolutePath: 'config/dump.sql', blobId: 'b-dump' },
        { absolutePath: 'config/empty', blobId: 'b-empty' },
      ],
    });
    codecommit.on(GetBlobCommand, { blobId: 'b-readme' }).resolves({ content: text('# Infra\n') });
    codecommit.on(GetBlobCommand, { blobId: 'b-env' }).resolves({ content: text(`STAGE=prod\nDATABASE_URL=${connectionString}\n`) });
    codecommit.on(GetBlobCommand, { blobId: 'b-dump' }).rejects(Object.assign(new Error('too large'), { name: 'FileTooLargeException' }));
    codecommit.on(GetBlobCommand, { blobId: 'b-empty' }).resolves({ content: new Uint8Array() });
  }

  it('walks the default branch, scans every file, and notes files too large to fetch', async () => {
    repositories('infra', 'empty');
    infraTree();
    codecommit.on(GetRepositoryCommand, { repositoryName: 'empty' }).resolves({ repositoryMetadata: {} });

    const loaded = await loadService(scope(), 'codecommit', ['fileSecrets']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readFields(resourceAt(loaded.fileSecrets, arn('empty'))).scan).toBeNull();
    const scan = readFields(resourceAt(loaded.fileSecrets, arn('infra'))).scan;
    expect(scan).toMatchObject({ branch: 'main', commitId: 'c0ffee', unscanned: ['config/dump.sql'] });
    expect(scan?.secrets.map(({ path, line }) => ({ path, line }))).toEqual([{ path: 'config/app.env', line: 2 }]);
    expect(codecommit.commandCalls(GetBranchCommand)).toHaveLength(1);
  });

  it('never fetches files matching secrets_ignore_files', async () => {
    repositories('infra');
    infraTree();

    const loaded = await loadService(scope(['config/*.env', '*.sql']), 'codecommit', ['fileSecrets']);

    expect(readFields(resourceAt(loaded.fileSecrets, arn('infra'))).scan).toMatchObject({ secrets: [], unscanned: [] });
    expect(codecommit.commandCalls(GetBlobCommand).map((call) => call.args[0].input.blobId).sort()).toEqual(['b-empty', 'b-readme']);
  });

  it('a denied read leaves the repository unread, naming the call that failed', async () => {
    repositories('infra', 'locked');
    infraTree();
    codecommit.on(GetBlobCommand, { blobId: 'b-env' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    codecommit.on(GetRepositoryCommand, { repositoryName: 'locked' }).rejects(Object.assign(new Error('key denied'), { name: 'EncryptionKeyAccessDeniedException' }));

    const loaded = await loadService(scope(), 'codecommit', ['fileSecrets']);

    expect(failuresIn(loaded).map(({ operation, resourceArn }) => ({ operation, resourceArn }))).toEqual([{ operation: 'GetBlob', resourceArn: arn('infra') }]);
    expect(() => readFields(resourceAt(loaded.fileSecrets, arn('locked')))).toThrow(/GetRepository failed/);
  });
});
