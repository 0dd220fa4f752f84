import { GetReplicationSetCommand, ListReplicationSetsCommand, ListResponsePlansCommand, SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { mockClient } from 'aws-sdk-client-mock';
import ssmincidents from '../../../src/services/ssmincidents/ssmincidents.js';
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

const SET_ARN = 'arn:aws:ssm-incidents::111122223333:replication-set/abc';

/** moto 5.2.1 has no Incident Manager, so it is read here from mocked answers. */
describe('Incident Manager collections', () => {
  const mock = mockClient(SSMIncidentsClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('lists the replication set once and describes it in the first region that knows it', async () => {
    mock.on(ListReplicationSetsCommand).resolves({ replicationSetArns: [SET_ARN] });
    mock.on(GetReplicationSetCommand).callsFake(async (_input: unknown, getClient: () => SSMIncidentsClient) => {
      if ((await getClient().config.region()) === 'us-east-1') throw denied('ResourceNotFoundException');
      return { replicationSet: { arn: SET_ARN, status: 'ACTIVE', regionMap: {}, deletionProtected: false, createdBy: 'x', createdTime: new Date(), lastModifiedBy: 'x', lastModifiedTime: new Date() } };
    });
    mock.on(ListResponsePlansCommand).resolves({ responsePlanSummaries: [{ arn: 'arn:aws:ssm-incidents::111122223333:response-plan/outage', name: 'outage' }] });

    const scan = loader();
    const [sets, plans] = await Promise.all([scan.load(ssmincidents.replicationSets), scan.load(ssmincidents.responsePlans)]);

    expect(readAll(sets)).toEqual([{ arn: SET_ARN, id: '111122223333', region: 'us-east-1', tags: {}, status: 'ACTIVE' }]);
    expect(mock.commandCalls(ListReplicationSetsCommand)).toHaveLength(1);
    expect(mock.commandCalls(GetReplicationSetCommand)).toHaveLength(2);
    // A response plan's ARN names no region: every region lists the same plan, kept once.
    expect(readAll(plans).map((plan) => plan.name)).toEqual(['outage']);
    expect(mock.commandCalls(ListResponsePlansCommand)).toHaveLength(2);
  });

  it('no replication set lists nothing; a denied describe leaves the status unread', async () => {
    mock.on(ListReplicationSetsCommand).resolves({ replicationSetArns: [] });
    expect((await loader().load(ssmincidents.replicationSets)).all()).toEqual([]);

    mock.on(ListReplicationSetsCommand).resolves({ replicationSetArns: [SET_ARN] });
    mock.on(GetReplicationSetCommand).rejects(denied());
    const sets = await loader().load(ssmincidents.replicationSets);
    expect(() => readAll(sets)).toThrow(/GetReplicationSet/);
  });
});
