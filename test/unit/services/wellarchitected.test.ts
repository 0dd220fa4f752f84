import { ListWorkloadsCommand, WellArchitectedClient } from '@aws-sdk/client-wellarchitected';
import { mockClient } from 'aws-sdk-client-mock';
import wellarchitected from '../../../src/services/wellarchitected/wellarchitected.js';
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

/** moto 5.2.1 has no Well-Architected Tool, so it is read here from mocked answers. */
describe('Well-Architected collections', () => {
  const mock = mockClient(WellArchitectedClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists workloads per region with their risk counts, at 50 a page', async () => {
    mock.on(ListWorkloadsCommand).callsFake(async (_input: unknown, getClient: () => WellArchitectedClient) => {
      const region = await getClient().config.region();
      return { WorkloadSummaries: [{ WorkloadId: `w-${region}`, WorkloadArn: `arn:aws:wellarchitected:${region}:111122223333:workload/w-${region}`, WorkloadName: 'shop', RiskCounts: { HIGH: 2, NONE: 3 } }] };
    });

    const workloads = await loader().load(wellarchitected.workloads);

    expect(readAll(workloads).map(({ id, region, name, riskCounts }) => ({ id, region, name, riskCounts }))).toEqual([
      { id: 'w-eu-west-1', region: 'eu-west-1', name: 'shop', riskCounts: { HIGH: 2, NONE: 3 } },
      { id: 'w-us-east-1', region: 'us-east-1', name: 'shop', riskCounts: { HIGH: 2, NONE: 3 } },
    ]);
    expect(mock.commandCalls(ListWorkloadsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 50 });
  });

  it('a denied listing is a failure in each region', async () => {
    mock.on(ListWorkloadsCommand).rejects(denied());
    expect((await loader().load(wellarchitected.workloads)).listingFailures().map((failure) => failure.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
  });
});
