import { CodeartifactClient, ListPackagesCommand, ListPackageVersionsCommand, ListRepositoriesCommand } from '@aws-sdk/client-codeartifact';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (maxPackages: number | null = null) => ({
  account: FIXTURE_ACCOUNT,
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, max_codeartifact_packages: maxPackages },
});
const REPOSITORY_ARN = 'arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/releases';

const summary = (name: string, upstream: 'ALLOW' | 'BLOCK', namespace?: string) => ({
  format: 'npm' as const,
  package: name,
  ...(namespace ? { namespace } : {}),
  originConfiguration: { restrictions: { publish: 'ALLOW' as const, upstream } },
});

// moto 5.2.1 does not emulate CodeArtifact.
describe('CodeArtifact packages', () => {
  const codeartifact = mockClient(CodeartifactClient);
  afterEach(() => codeartifact.reset());
  afterAll(() => codeartifact.restore());

  function releasesRepository() {
    codeartifact.on(ListRepositoriesCommand).callsFake(async (_input, getClient: () => CodeartifactClient) =>
      (await getClient().config.region()) === 'eu-west-1'
        ? { repositories: [{ name: 'releases', arn: REPOSITORY_ARN, domainName: 'acme', domainOwner: '111122223333' }] }
        : { repositories: [] },
    );
  }

  it('reads each package with its origin controls and the origin of its latest version', async () => {
    releasesRepository();
    codeartifact.on(ListPackagesCommand).resolves({ packages: [summary('billing-core', 'BLOCK', 'acme'), summary('left-pad', 'ALLOW'), summary('draft', 'ALLOW')] });
    codeartifact.on(ListPackageVersionsCommand, { package: 'billing-core' }).resolves({ versions: [{ version: '2.0.0', revision: 'r', status: 'Published', origin: { originType: 'INTERNAL' } }] });
    codeartifact.on(ListPackageVersionsCommand, { package: 'left-pad' }).resolves({ versions: [{ version: '1.3.0', revision: 'r', status: 'Published', origin: { originType: 'EXTERNAL' } }] });
    codeartifact.on(ListPackageVersionsCommand, { package: 'draft' }).resolves({ versions: [] });

    const loaded = await loadService(scope(), 'codeartifact', ['packages']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.packages).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { arn: `${REPOSITORY_ARN}/acme:billing-core`, id: 'acme/billing-core', name: 'billing-core', region: 'eu-west-1', tags: {}, domainName: 'acme', upstream: 'BLOCK', latestOrigin: 'INTERNAL' },
      { arn: `${REPOSITORY_ARN}/draft`, id: 'acme/draft', name: 'draft', region: 'eu-west-1', tags: {}, domainName: 'acme', upstream: 'ALLOW', latestOrigin: 'UNKNOWN' },
      { arn: `${REPOSITORY_ARN}/left-pad`, id: 'acme/left-pad', name: 'left-pad', region: 'eu-west-1', tags: {}, domainName: 'acme', upstream: 'ALLOW', latestOrigin: 'EXTERNAL' },
    ]);
    expect(codeartifact.commandCalls(ListPackageVersionsCommand, { package: 'billing-core' })[0]?.args[0].input).toMatchObject({ namespace: 'acme', sortBy: 'PUBLISHED_TIME', maxResults: 1 });
  });

  it('stops at max_codeartifact_packages, before reading more versions', async () => {
    releasesRepository();
    codeartifact.on(ListPackagesCommand).resolves({ packages: [summary('a', 'ALLOW'), summary('b', 'ALLOW'), summary('c', 'ALLOW')] });
    codeartifact.on(ListPackageVersionsCommand).resolves({ versions: [] });

    const loaded = await loadService(scope(2), 'codeartifact', ['packages']);

    expect(loaded.packages.all().map((found) => found.name).sort()).toEqual(['a', 'b']);
    expect(codeartifact.commandCalls(ListPackageVersionsCommand)).toHaveLength(2);
  });

  it('a repository whose packages could not be listed leaves its region unread', async () => {
    releasesRepository();
    codeartifact.on(ListPackagesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const loaded = await loadService(scope(), 'codeartifact', ['packages']);

    expect(failuresIn(loaded).map(({ region, operation }) => ({ region, operation }))).toEqual([{ region: 'eu-west-1', operation: 'ListPackages' }]);
  });
});
