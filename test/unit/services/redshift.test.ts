import { DescribeClusterParametersCommand, DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { Collection } from '../../../src/services/collection.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import redshift from '../../../src/services/redshift/redshift.js';
import type { AwsResource, ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readFields } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
function loader() {
  const scan = new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return { load: <T extends AwsResource>(collection: Collection<T>) => scan.load(collection) as Promise<ResourceMap<T>> };
}

const clusterIn = (id: string, group: string | undefined) => ({
  ClusterIdentifier: id,
  MultiAZ: 'Enabled',
  ...(group ? { ClusterParameterGroups: [{ ParameterGroupName: group }] } : {}),
});

/**
 * moto 5.2.1 answers DescribeClusterParameters with Redshift's defaults whatever the group holds
 * (require_ssl is never true there) and reports no MultiAZ, so both are read here from mocked answers.
 */
describe('Redshift collections', () => {
  const mock = mockClient(RedshiftClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('reads require_ssl once per parameter group of a region, across its pages, and Multi-AZ from the cluster', async () => {
    mock.on(DescribeClustersCommand).callsFake(async (_input: unknown, getClient: () => RedshiftClient) =>
      (await getClient().config.region()) === 'eu-west-1'
        ? { Clusters: [clusterIn('a', 'strict'), clusterIn('b', 'strict'), clusterIn('c', 'lax'), clusterIn('d', 'denied'), clusterIn('e', undefined)] }
        : { Clusters: [] },
    );
    mock
      .on(DescribeClusterParametersCommand, { ParameterGroupName: 'strict' })
      .resolvesOnce({ Parameters: [{ ParameterName: 'datestyle', ParameterValue: 'ISO, MDY' }], Marker: 'next' })
      .resolvesOnce({ Parameters: [{ ParameterName: 'REQUIRE_SSL', ParameterValue: 'TRUE' }] });
    mock.on(DescribeClusterParametersCommand, { ParameterGroupName: 'lax' }).resolves({ Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'false' }] });
    mock.on(DescribeClusterParametersCommand, { ParameterGroupName: 'denied' }).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));

    const scan = loader();
    const [clusters, parameters] = await Promise.all([scan.load(redshift.clusters), scan.load(redshift.clusterParameters)]);

    expect(clusters.all().map((cluster) => [cluster.id, cluster.multiAz])).toEqual([['a', 'Enabled'], ['b', 'Enabled'], ['c', 'Enabled'], ['d', 'Enabled'], ['e', 'Enabled']]);
    const requireSsl = (id: string) => readFields(parameters.all().find((cluster) => cluster.id === id)!).requireSsl;
    expect(requireSsl('a')).toBe(true);
    expect(requireSsl('b')).toBe(true);
    expect(requireSsl('c')).toBe(false);
    expect(requireSsl('e')).toBe(false);
    expect(() => requireSsl('d')).toThrow(/DescribeClusterParameters/);
    expect(parameters.failures).toEqual([
      expect.objectContaining({ region: 'eu-west-1', operation: 'DescribeClusterParameters', resourceArn: 'arn:aws:redshift:eu-west-1:111122223333:parametergroup:denied' }),
    ]);
    const groupsAsked = mock.commandCalls(DescribeClusterParametersCommand).map((call) => call.args[0].input.ParameterGroupName);
    expect(groupsAsked.sort()).toEqual(['denied', 'lax', 'strict', 'strict']);
  });

  it('a region whose clusters could not be listed fails the parameters there with the listing call', async () => {
    mock.on(DescribeClustersCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));

    const parameters = await loader().load(redshift.clusterParameters);

    expect(() => parameters.all()).toThrow(/DescribeClusters/);
    expect(mock.commandCalls(DescribeClusterParametersCommand)).toHaveLength(0);
  });
});
