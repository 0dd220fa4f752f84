import { CodePipelineClient, GetPipelineCommand, ListPipelinesCommand } from '@aws-sdk/client-codepipeline';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll, readFields, resourceAt } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (name: string) => `arn:aws:codepipeline:eu-west-1:111122223333:${name}`;

const sourceStage = (provider: string, configuration: Record<string, string>) => ({
  pipeline: {
    name: 'p',
    roleArn: 'role',
    stages: [{ name: 'Source', actions: [{ name: 'Source', actionTypeId: { category: 'Source' as const, owner: 'AWS' as const, provider, version: '1' }, configuration }] }],
  },
});

/** What the repository hosts answer, by address; an address not listed fails as a network error would. */
function hostsAnswer(answers: Record<string, { status: number; url?: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const answer = answers[url];
      if (!answer) return Promise.reject(new TypeError('fetch failed'));
      return Promise.resolve({ status: answer.status, ok: answer.status >= 200 && answer.status < 300, url: answer.url ?? url });
    }),
  );
}

// moto 5.2.1 answers pipeline times the SDK cannot parse, so its ListPipelines cannot be read.
describe('CodePipeline pipelines and their repositories', () => {
  const codepipeline = mockClient(CodePipelineClient);
  beforeEach(() => {
    codepipeline.on(ListPipelinesCommand).callsFake(async (_input, getClient: () => CodePipelineClient) =>
      (await getClient().config.region()) === 'eu-west-1' ? { pipelines: [{ name: 'deploy' }, { name: 'docs' }, { name: 'wiki' }, { name: 'assets' }] } : { pipelines: [] },
    );
    for (const name of ['deploy', 'docs', 'wiki']) {
      codepipeline.on(GetPipelineCommand, { name }).resolves(sourceStage('CodeStarSourceConnection', { ConnectionArn: 'c', FullRepositoryId: `acme/${name}` }));
    }
    codepipeline.on(GetPipelineCommand, { name: 'assets' }).resolves(sourceStage('S3', { S3Bucket: 'assets' }));
  });
  afterEach(() => {
    codepipeline.reset();
    vi.unstubAllGlobals();
  });
  afterAll(() => codepipeline.restore());

  it('reads each pipeline source from its first action', async () => {
    const loaded = await loadService(scope(), 'codepipeline', ['pipelines']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(Object.fromEntries(readAll(loaded.pipelines).map((pipeline) => [pipeline.name, pipeline.source]))).toEqual({
      deploy: { provider: 'CodeStarSourceConnection', repositoryId: 'acme/deploy' },
      docs: { provider: 'CodeStarSourceConnection', repositoryId: 'acme/docs' },
      wiki: { provider: 'CodeStarSourceConnection', repositoryId: 'acme/wiki' },
      assets: { provider: 'S3', repositoryId: '' },
    });
  });

  it('looks at GitHub, then GitLab, anonymously; only connected repositories are looked at', async () => {
    hostsAnswer({
      'https://github.com/acme/deploy': { status: 404 },
      'https://gitlab.com/acme/deploy': { status: 200, url: 'https://gitlab.com/users/sign_in' },
      'https://github.com/acme/docs': { status: 200 },
      'https://github.com/acme/wiki': { status: 404 },
      'https://gitlab.com/acme/wiki': { status: 200 },
    });

    const loaded = await loadService(scope(), 'codepipeline', ['repositories']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(Object.fromEntries(readAll(loaded.repositories).map((repository) => [repository.name, repository.publicUrl]))).toEqual({
      deploy: null,
      docs: 'https://github.com/acme/docs',
      wiki: 'https://gitlab.com/acme/wiki',
    });
    expect(vi.mocked(fetch).mock.calls.map(([url]) => url)).not.toContain('https://gitlab.com/acme/docs');
  });

  it('a host that does not answer leaves the repository unread, never private', async () => {
    hostsAnswer({ 'https://github.com/acme/deploy': { status: 404 }, 'https://github.com/acme/docs': { status: 503 }, 'https://github.com/acme/wiki': { status: 404 } });

    const loaded = await loadService(scope(), 'codepipeline', ['repositories']);

    expect(failuresIn(loaded).map(({ operation, resourceArn }) => ({ operation, resourceArn })).sort((a, b) => a.resourceArn!.localeCompare(b.resourceArn!))).toEqual([
      { operation: 'anonymous repository request', resourceArn: arn('deploy') },
      { operation: 'anonymous repository request', resourceArn: arn('docs') },
      { operation: 'anonymous repository request', resourceArn: arn('wiki') },
    ]);
    expect(() => readFields(resourceAt(loaded.repositories, arn('docs')))).toThrow(/HTTP 503/);
  });

  it('a pipeline whose source could not be read is kept, unread', async () => {
    codepipeline.on(GetPipelineCommand, { name: 'docs' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    hostsAnswer({ 'https://github.com/acme/deploy': { status: 404 }, 'https://gitlab.com/acme/deploy': { status: 404 }, 'https://github.com/acme/wiki': { status: 404 }, 'https://gitlab.com/acme/wiki': { status: 404 } });

    const loaded = await loadService(scope(), 'codepipeline', ['repositories']);

    expect(loaded.repositories.all().map((repository) => repository.name).sort()).toEqual(['deploy', 'docs', 'wiki']);
    expect(() => readFields(resourceAt(loaded.repositories, arn('docs')))).toThrow(/GetPipeline/);
  });
});
