import {
  ListHostedZonesCommand,
  ListQueryLoggingConfigsCommand,
  ListResourceRecordSetsCommand,
  ListTagsForResourcesCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { GetDomainDetailCommand, ListDomainsCommand, ListTagsForDomainCommand, Route53DomainsClient } from '@aws-sdk/client-route-53-domains';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import { failureOf, type ResourceMap } from '../../../src/services/resource-map.js';
import route53, { type HostedZone, type HostedZoneRecords } from '../../../src/services/route53/route53.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (account: AccountScope = FIXTURE_ACCOUNT) => ({ account, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const denied = () => Object.assign(new Error('not authorized'), { name: 'AccessDenied' });
const zone = (id: string) => ({ Id: `/hostedzone/${id}`, Name: `${id.toLowerCase()}.example.`, CallerReference: id, Config: { PrivateZone: false } });

describe('Route 53 collections on AWS-shaped answers', () => {
  const route53Mock = mockClient(Route53Client);
  const domainsMock = mockClient(Route53DomainsClient);
  afterEach(() => {
    route53Mock.reset();
    domainsMock.reset();
    vi.restoreAllMocks();
  });
  afterAll(() => {
    route53Mock.restore();
    domainsMock.restore();
  });

  it('tags zones ten per call and reads query logging once for the account', async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `Z${index}`);
    route53Mock.on(ListHostedZonesCommand).resolves({ HostedZones: ids.map(zone), IsTruncated: false, MaxItems: 100, Marker: '' });
    route53Mock.on(ListTagsForResourcesCommand).callsFake(({ ResourceIds }: { ResourceIds: string[] }) => ({
      ResourceTagSets: ResourceIds.map((id) => ({ ResourceType: 'hostedzone', ResourceId: id, Tags: [{ Key: 'zone', Value: id }] })),
    }));
    route53Mock.on(ListQueryLoggingConfigsCommand).resolves({ QueryLoggingConfigs: [{ Id: 'q', HostedZoneId: 'Z3', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:dns' }] });

    const zones = (await new CollectionLoader(scope()).load(route53.hostedZones)) as ResourceMap<HostedZone>;

    expect(zones.failures).toEqual([]);
    expect(readAll(zones).map(({ id, tags, queryLogGroupArn, region }) => ({ id, tags, queryLogGroupArn, region }))).toEqual(
      ids.map((id) => ({ id, tags: { zone: id }, queryLogGroupArn: id === 'Z3' ? 'arn:aws:logs:us-east-1:111122223333:log-group:dns' : null, region: 'us-east-1' })),
    );
    expect(route53Mock.commandCalls(ListTagsForResourcesCommand).map((call) => call.args[0].input.ResourceIds?.length)).toEqual([10, 2]);
    expect(route53Mock.commandCalls(ListQueryLoggingConfigsCommand)).toHaveLength(1);
    expect(route53Mock.commandCalls(ListHostedZonesCommand)[0]!.args[0].input).toMatchObject({ MaxItems: 100 });
  });

  it('a denied query logging listing leaves every zone unread there, and denied tags leave zones untagged', async () => {
    route53Mock.on(ListHostedZonesCommand).resolves({ HostedZones: [zone('Z1')], IsTruncated: false, MaxItems: 100, Marker: '' });
    route53Mock.on(ListTagsForResourcesCommand).rejects(denied());
    route53Mock.on(ListQueryLoggingConfigsCommand).rejects(denied());

    const zones = (await new CollectionLoader(scope()).load(route53.hostedZones)) as ResourceMap<HostedZone>;
    const [only] = zones.all();

    expect(failureOf(only!.queryLogGroupArn)).toMatchObject({ operation: 'ListQueryLoggingConfigs', resourceArn: 'arn:aws:route53:::hostedzone/Z1' });
    expect(only!.tags).toEqual({});
    expect(zones.failures.map((failure) => failure.operation).sort()).toEqual(['ListQueryLoggingConfigs', 'ListTagsForResources']);
  });

  it('follows record set pages, and a feed that cannot be fetched leaves only zones holding addresses unread', async () => {
    route53Mock.on(ListHostedZonesCommand).resolves({ HostedZones: [zone('Z1'), zone('Z2')], IsTruncated: false, MaxItems: 100, Marker: '' });
    route53Mock.on(ListTagsForResourcesCommand).resolves({ ResourceTagSets: [] });
    route53Mock.on(ListQueryLoggingConfigsCommand).resolves({ QueryLoggingConfigs: [] });
    route53Mock
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z1', StartRecordName: undefined })
      .resolves({ ResourceRecordSets: [{ Name: 'a.z1.example.', Type: 'A', ResourceRecords: [{ Value: '54.0.0.1' }] }], IsTruncated: true, NextRecordName: 'b.z1.example.', NextRecordType: 'A', MaxItems: 300 })
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z1', StartRecordName: 'b.z1.example.' })
      .resolves({ ResourceRecordSets: [{ Name: 'b.z1.example.', Type: 'A', AliasTarget: { HostedZoneId: 'Z35', DNSName: 'lb.example.', EvaluateTargetHealth: false } }], IsTruncated: false, MaxItems: 300 })
      .on(ListResourceRecordSetsCommand, { HostedZoneId: 'Z2' })
      .resolves({ ResourceRecordSets: [{ Name: 'z2.example.', Type: 'TXT', ResourceRecords: [{ Value: '"v=spf1 -all"' }] }], IsTruncated: false, MaxItems: 300 });
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));

    const zones = (await new CollectionLoader(scope()).load(route53.recordSets)) as ResourceMap<HostedZoneRecords>;
    const [first, second] = ['Z1', 'Z2'].map((id) => zones.all().find((candidate) => candidate.id === id)!);

    expect(failureOf(first!.recordSets)).toBeUndefined();
    expect(failureOf(first!.awsAddresses)).toMatchObject({ operation: 'GET ip-ranges.json', resourceArn: 'arn:aws:route53:::hostedzone/Z1' });
    expect(failureOf(first!.awsAddresses)!.message).toContain('could not be fetched');
    expect(failureOf(second!.awsAddresses)).toBeUndefined();
    expect(route53Mock.commandCalls(ListResourceRecordSetsCommand).map((call) => call.args[0].input)).toEqual([
      { HostedZoneId: 'Z1', MaxItems: 300 },
      { HostedZoneId: 'Z2', MaxItems: 300 },
      { HostedZoneId: 'Z1', MaxItems: 300, StartRecordName: 'b.z1.example.', StartRecordType: 'A' },
    ]);
  });

  it('reads each domain once for its detail and tags', async () => {
    let listedIn: string | undefined;
    domainsMock.on(ListDomainsCommand).callsFake(async (_input: unknown, getClient: () => Route53DomainsClient) => {
      listedIn = await getClient().config.region();
      return { Domains: [{ DomainName: 'example.com' }] };
    });
    domainsMock.on(GetDomainDetailCommand).resolves({ DomainName: 'example.com', AdminPrivacy: false, StatusList: ['clientTransferProhibited'], Nameservers: [], AdminContact: {}, RegistrantContact: {}, TechContact: {} });
    domainsMock.on(ListTagsForDomainCommand).resolves({ TagList: [{ Key: 'owner', Value: 'web' }] });

    const domains = await new CollectionLoader(scope()).load(route53.domains);

    expect(domains.failures).toEqual([]);
    expect(readAll(domains)).toEqual([
      { arn: 'arn:aws:route53:::domain/example.com', id: 'example.com', name: 'example.com', region: 'us-east-1', tags: { owner: 'web' }, adminPrivacy: false, statusList: ['clientTransferProhibited'] },
    ]);
    expect(listedIn).toBe('us-east-1');
  });

  it('outside the aws partition there are no domains to read', async () => {
    const govCloud: AccountScope = { ...FIXTURE_ACCOUNT, partition: 'aws-us-gov', regions: ['us-gov-west-1'], globalRegion: 'us-gov-west-1' };

    const domains = await new CollectionLoader(scope(govCloud)).load(route53.domains);

    expect(domains.all()).toEqual([]);
    expect(domainsMock.calls()).toHaveLength(0);
  });
});
