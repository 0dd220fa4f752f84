import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import opensearch, { type Domain } from '../../../src/services/opensearch/opensearch.js';
import { need, type ResourceMap } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const loadDomains = () =>
  new CollectionLoader({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) }).load(opensearch.domains) as Promise<ResourceMap<Domain>>;

const status = (name: string, extra: Record<string, unknown> = {}) => ({
  DomainId: `111122223333/${name}`,
  DomainName: name,
  ARN: `arn:aws:es:eu-west-1:111122223333:domain/${name}`,
  ClusterConfig: {},
  ServiceSoftwareOptions: { UpdateAvailable: true },
  ...extra,
});

/**
 * moto 5.2.1 never reports a pending service software update, and cannot be made to fail one
 * DescribeDomains batch while answering another, so those cases are mocked here.
 */
describe('OpenSearch collections', () => {
  const mock = mockClient(OpenSearchClient);
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  it('describes five names a call; a failed batch leaves only its domains unread, and a malformed policy only the policy', async () => {
    const names = Array.from({ length: 7 }, (_, index) => `d${index}`);
    mock.on(ListDomainNamesCommand).callsFake(async (_input: unknown, getClient: () => OpenSearchClient) =>
      (await getClient().config.region()) === 'eu-west-1' ? { DomainNames: names.map((DomainName) => ({ DomainName })) } : { DomainNames: [] },
    );
    mock.on(DescribeDomainsCommand, { DomainNames: names.slice(0, 5) }).rejects(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
    mock.on(DescribeDomainsCommand, { DomainNames: names.slice(5) }).resolves({ DomainStatusList: [status('d5'), status('d6', { AccessPolicies: '{"Statement": "not a statement"}' })] });
    mock.on(ListTagsCommand).resolves({ TagList: [] });

    const domains = await loadDomains();

    expect(mock.commandCalls(DescribeDomainsCommand).map((call) => call.args[0].input.DomainNames)).toEqual([names.slice(0, 5), names.slice(5)]);
    const byName = new Map(domains.all().map((domain) => [domain.name, domain]));
    expect([...byName.keys()].sort()).toEqual(names);
    expect(() => need(byName.get('d0')!.settings)).toThrow(/DescribeDomains failed in eu-west-1: ThrottlingException/);
    expect(() => need(byName.get('d4')!.accessPolicy)).toThrow(/DescribeDomains/);
    expect(need(byName.get('d5')!.settings)).toMatchObject({ updateAvailable: true, dataNodeCount: 0, enabledLogTypes: [] });
    expect(need(byName.get('d5')!.accessPolicy)).toBeNull();
    expect(need(byName.get('d6')!.settings).updateAvailable).toBe(true);
    expect(() => need(byName.get('d6')!.accessPolicy)).toThrow(/DescribeDomains/);
  });

  it('a denied listing fails the region and describes nothing', async () => {
    mock.on(ListDomainNamesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));

    const domains = await loadDomains();

    expect(() => domains.all()).toThrow(/ListDomainNames/);
    expect(mock.commandCalls(DescribeDomainsCommand)).toHaveLength(0);
  });
});
