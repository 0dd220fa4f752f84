import { ListIndexesCommand, ResourceExplorer2Client } from '@aws-sdk/client-resource-explorer-2';
import { mockClient } from 'aws-sdk-client-mock';
import resourceexplorer2 from '../../../src/services/resourceexplorer2/resourceexplorer2.js';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
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
const denied = (name = 'AccessDeniedException') => Object.assign(new Error('denied'), { name });

/** moto 5.2.1 has no Resource Explorer, so it is read here from mocked answers. */
describe('Resource Explorer collections', () => {
  const mock = mockClient(ResourceExplorer2Client);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists every region index with one paginated call in the global region', async () => {
    mock
      .on(ListIndexesCommand)
      .resolvesOnce({ Indexes: [{ Arn: 'arn:aws:resource-explorer-2:us-east-1:111122223333:index/a', Region: 'us-east-1', Type: 'AGGREGATOR' }], NextToken: 'n' })
      .resolvesOnce({ Indexes: [{ Arn: 'arn:aws:resource-explorer-2:eu-west-1:111122223333:index/b', Region: 'eu-west-1', Type: 'LOCAL' }] });

    const indexes = await loader().load(resourceexplorer2.indexes);

    expect(readAll(indexes)).toEqual([
      { arn: 'arn:aws:resource-explorer-2:us-east-1:111122223333:index/a', id: '111122223333', region: 'us-east-1', tags: {}, type: 'AGGREGATOR' },
      { arn: 'arn:aws:resource-explorer-2:eu-west-1:111122223333:index/b', id: '111122223333', region: 'eu-west-1', tags: {}, type: 'LOCAL' },
    ]);
    expect(mock.commandCalls(ListIndexesCommand).map((call) => call.args[0].input.MaxResults)).toEqual([100, 100]);
  });

  it('a denied listing is a failure, never "no index"', async () => {
    mock.on(ListIndexesCommand).rejects(denied());
    expect((await loader().load(resourceexplorer2.indexes)).listingFailures()).toMatchObject([{ region: 'us-east-1', operation: 'ListIndexes' }]);
  });
});
