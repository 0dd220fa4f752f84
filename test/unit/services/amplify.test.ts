import { AmplifyClient, ListAppsCommand, ListBranchesCommand } from '@aws-sdk/client-amplify';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import amplify from '../../../src/services/amplify/amplify.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const appArn = (region: string, id: string) => `arn:aws:amplify:${region}:111122223333:apps/${id}`;
const app = (region: string, id: string, extra: object = {}) => ({
  appId: id,
  appArn: appArn(region, id),
  name: `${id}-site`,
  platform: 'WEB',
  createTime: new Date(),
  updateTime: new Date(),
  repository: '',
  environmentVariables: {},
  defaultDomain: 'example.com',
  enableBranchAutoBuild: false,
  enableBasicAuth: false,
  description: '',
  ...extra,
});
const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));
// A real-looking (not AWS's documented example) access key, so the detector reports it.
const ACCESS_KEY = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');

/** moto 5.2.1 has no Amplify, so it is read here from mocked answers. */
describe('Amplify collections', () => {
  const mock = mockClient(AmplifyClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists apps per region and scans app variables, build settings and branch variables for secrets', async () => {
    mock.on(ListAppsCommand).callsFake(async function (this: unknown, _input: unknown, getClient: () => AmplifyClient) {
      const region = await getClient().config.region();
      return region === 'eu-west-1'
        ? { apps: [app(region, 'd1clean', { environmentVariables: { STAGE: 'prod' }, tags: { team: 'web' } }), app(region, 'd2leaky', { buildSpec: 'version: 1\nfrontend:\n  phases: {}' })] }
        : { apps: [app(region, 'd3empty')] };
    });
    mock.on(ListBranchesCommand, { appId: 'd1clean' }).resolves({ branches: [] });
    mock.on(ListBranchesCommand, { appId: 'd3empty' }).resolves({ branches: [] });
    mock
      .on(ListBranchesCommand, { appId: 'd2leaky' })
      .resolvesOnce({ branches: [{ branchName: 'dev', environmentVariables: {} } as never], nextToken: 'next' })
      .resolvesOnce({ branches: [{ branchName: 'main', environmentVariables: { AWS_KEY: ACCESS_KEY } } as never] });

    const scan = loader();
    const [apps, secrets] = await Promise.all([scan.load(amplify.apps), scan.load(amplify.appSecrets)]);

    expect(byId(readAll(apps)).map(({ id, region, tags, buildSpec }) => ({ id, region, tags, buildSpec }))).toEqual([
      { id: 'd1clean', region: 'eu-west-1', tags: { team: 'web' }, buildSpec: '' },
      { id: 'd2leaky', region: 'eu-west-1', tags: {}, buildSpec: 'version: 1\nfrontend:\n  phases: {}' },
      { id: 'd3empty', region: 'us-east-1', tags: {}, buildSpec: '' },
    ]);
    expect(byId(readAll(secrets)).map(({ id, secretScan }) => ({ id, secretScan }))).toEqual([
      { id: 'd1clean', secretScan: { scanned: true, secrets: [] } },
      { id: 'd2leaky', secretScan: { scanned: true, secrets: [{ where: "branch 'main' environment variable 'AWS_KEY'", kind: 'AWS access key' }] } },
      { id: 'd3empty', secretScan: null },
    ]);
    expect(mock.commandCalls(ListAppsCommand).map((call) => call.args[0].input)).toContainEqual(expect.objectContaining({ maxResults: 100 }));
  });

  it('apps alone make no branch calls; a denied branch listing leaves that app unread', async () => {
    mock.on(ListAppsCommand).callsFake(async function (this: unknown, _input: unknown, getClient: () => AmplifyClient) {
      const region = await getClient().config.region();
      return { apps: region === 'eu-west-1' ? [app(region, 'd1hidden', { environmentVariables: { STAGE: 'prod' } })] : [] };
    });
    mock.on(ListBranchesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const apps = await loader().load(amplify.apps);
    expect(apps.all()).toHaveLength(1);
    expect(mock.commandCalls(ListBranchesCommand)).toHaveLength(0);

    const secrets = await loader().load(amplify.appSecrets);
    expect(secrets.failures).toEqual([expect.objectContaining({ operation: 'ListBranches', region: 'eu-west-1', resourceArn: appArn('eu-west-1', 'd1hidden') })]);
  });

  it('a denied app listing is a failure in that region', async () => {
    mock.on(ListAppsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const secrets = await loader().load(amplify.appSecrets);
    expect(secrets.failures.map(({ operation, region }) => ({ operation, region }))).toEqual(
      expect.arrayContaining([
        { operation: 'ListApps', region: 'eu-west-1' },
        { operation: 'ListApps', region: 'us-east-1' },
      ]),
    );
  });
});
