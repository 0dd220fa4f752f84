import { AccessAnalyzerClient, ListAnalyzersCommand, ListFindingsCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import accessanalyzer from '../../../src/services/accessanalyzer/accessanalyzer.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
/** A fresh scan's loader, handing back each collection typed as its own resources. */
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}
const ARN = (region: string, name: string) => `arn:aws:access-analyzer:${region}:111122223333:analyzer/${name}`;

/** moto 5.2.1 has no Access Analyzer, so it is read here from mocked answers. */
describe('Access Analyzer collections', () => {
  const mock = mockClient(AccessAnalyzerClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists analyzers per region, with a stand-in where there are none, and counts active findings of active analyzers only', async () => {
    mock.on(ListAnalyzersCommand).callsFake(async function (this: unknown, _input: unknown, getClient: () => AccessAnalyzerClient) {
      const region = await getClient().config.region();
      return region === 'eu-west-1'
        ? { analyzers: [
            { arn: ARN(region, 'main'), name: 'main', status: 'ACTIVE', type: 'ACCOUNT', tags: { team: 'sec' }, createdAt: new Date() },
            { arn: ARN(region, 'unused'), name: 'unused', status: 'ACTIVE', type: 'ACCOUNT_UNUSED_ACCESS', createdAt: new Date() },
            { arn: ARN(region, 'off'), name: 'off', status: 'DISABLED', type: 'ACCOUNT', createdAt: new Date() },
          ] }
        : { analyzers: [] };
    });
    mock.on(ListFindingsCommand, { analyzerArn: ARN('eu-west-1', 'main') }).resolvesOnce({ findings: [{} as never, {} as never], nextToken: 't' }).resolvesOnce({ findings: [{} as never] });
    mock.on(ListFindingsCommand, { analyzerArn: ARN('eu-west-1', 'unused') }).rejects(Object.assign(new Error('unsupported analyzer type'), { name: 'ValidationException' }));

    const scan = loader();
    const [analyzers, findings] = await Promise.all([scan.load(accessanalyzer.analyzers), scan.load(accessanalyzer.analyzerFindings)]);

    expect(readAll(analyzers).map(({ id, region, status, tags }) => ({ id, region, status, tags }))).toEqual([
      { id: 'main', region: 'eu-west-1', status: 'ACTIVE', tags: { team: 'sec' } },
      { id: 'unused', region: 'eu-west-1', status: 'ACTIVE', tags: {} },
      { id: 'off', region: 'eu-west-1', status: 'DISABLED', tags: {} },
      { id: 'analyzer/unknown', region: 'us-east-1', status: 'NOT_AVAILABLE', tags: {} },
    ]);
    expect(analyzers.all().find((a) => a.region === 'us-east-1')?.arn).toBe('arn:aws:accessanalyzer:us-east-1:111122223333:analyzer/unknown');
    expect(readAll(findings).map(({ id, activeFindings }) => ({ id, activeFindings }))).toEqual([
      { id: 'main', activeFindings: 3 },
      { id: 'unused', activeFindings: 0 },
    ]);
    expect(mock.commandCalls(ListFindingsCommand).map((call) => call.args[0].input)).toContainEqual(expect.objectContaining({ analyzerArn: ARN('eu-west-1', 'main'), filter: { status: { eq: ['ACTIVE'] } } }));
    expect(mock.commandCalls(ListFindingsCommand).filter((call) => call.args[0].input.analyzerArn === ARN('eu-west-1', 'off'))).toHaveLength(0);
  });

  it('a denied listing is a failure in that region, with no stand-in there', async () => {
    mock.on(ListAnalyzersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const analyzers = await loader().load(accessanalyzer.analyzers);

    expect(analyzers.found()).toEqual([]);
    expect(analyzers.listingFailures().map((failure) => failure.operation)).toEqual(['ListAnalyzers', 'ListAnalyzers']);
  });
});
