import { ChangeResourceRecordSetsCommand, ChangeTagsForResourceCommand, CreateHostedZoneCommand, CreateQueryLoggingConfigCommand, Route53Client } from '@aws-sdk/client-route-53';
import { RegisterDomainCommand, Route53DomainsClient, type ContactDetail } from '@aws-sdk/client-route-53-domains';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWS_IP_RANGES_URL } from '../../src/services/route53/aws-ip-ranges.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoEndpoint, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const LOG_GROUP = '/aws/route53/example.com';
const LOG_GROUP_ARN = `arn:aws:logs:us-east-1:${MOTO_ACCOUNT}:log-group:${LOG_GROUP}:*`;

/** Route 53 logs queries to a log group that must exist; no CloudWatch Logs SDK is installed, so moto is asked directly. */
async function createLogGroup(name: string): Promise<void> {
  const response = await fetch(motoEndpoint(), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'Logs_20140328.CreateLogGroup',
      Authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/logs/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify({ logGroupName: name }),
  });
  if (!response.ok) throw new Error(`CreateLogGroup failed: ${response.status}`);
}

const contact: ContactDetail = {
  FirstName: 'Ada',
  LastName: 'Lovelace',
  ContactType: 'PERSON',
  AddressLine1: '1 Main St',
  City: 'London',
  CountryCode: 'GB',
  ZipCode: 'N1 1AA',
  PhoneNumber: '+44.2070000000',
  Email: 'ada@example.com',
};

async function zoneId(route53: Route53Client, name: string, privateIn?: string): Promise<string> {
  const response = await route53.send(
    new CreateHostedZoneCommand({
      Name: name,
      CallerReference: name,
      ...(privateIn ? { VPC: { VPCRegion: 'us-east-1', VPCId: privateIn }, HostedZoneConfig: { PrivateZone: true } } : {}),
    }),
  );
  return response.HostedZone!.Id!.replace('/hostedzone/', '');
}

/** AWS's address feed as the test serves it: one IPv4 and one IPv6 range, and a prefix that is not one. */
const AWS_RANGES = { prefixes: [{ ip_prefix: '54.0.0.0/16' }, { ip_prefix: 'bogus' }], ipv6_prefixes: [{ ipv6_prefix: '2600:1f18::/33' }] };

/** Serves AWS's address feed from AWS_RANGES, so that the test needs no internet; moto's own requests pass through. */
function serveAwsRanges(): void {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
    urlOf(input) === AWS_IP_RANGES_URL ? Promise.resolve(Response.json(AWS_RANGES)) : realFetch(input, init),
  );
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

describe('Route 53 collections against moto', () => {
  beforeEach(resetMoto);
  afterEach(() => vi.restoreAllMocks());

  it('reads hosted zones once, in the global region, with tags, query logging and record sets', async () => {
    const route53 = new Route53Client(seedConfig('us-east-1'));
    const publicZone = await zoneId(route53, 'example.com');
    const privateZone = await zoneId(route53, 'internal.example', 'vpc-12345678');
    await createLogGroup(LOG_GROUP);
    await route53.send(new CreateQueryLoggingConfigCommand({ HostedZoneId: publicZone, CloudWatchLogsLogGroupArn: LOG_GROUP_ARN }));
    await route53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: publicZone, AddTags: [{ Key: 'team', Value: 'dns' }] }));
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: publicZone,
        ChangeBatch: {
          Changes: [
            { Action: 'CREATE', ResourceRecordSet: { Name: 'db.example.com', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '10.0.0.5' }] } },
            { Action: 'CREATE', ResourceRecordSet: { Name: 'www.example.com', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '54.0.3.4' }, { Value: '198.51.100.7' }] } },
            { Action: 'CREATE', ResourceRecordSet: { Name: 'site.example.com', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'site.s3-website-eu-west-1.amazonaws.com' }] } },
          ],
        },
      }),
    );

    serveAwsRanges();

    const loaded = await loadService(await motoScope(REGIONS), 'route53', ['hostedZones', 'recordSets']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.hostedZones.all()).toHaveLength(2);
    expect(readFields(resourceAt(loaded.hostedZones, `arn:aws:route53:::hostedzone/${publicZone}`))).toMatchObject({
      id: publicZone,
      name: 'example.com.',
      region: 'us-east-1',
      tags: { team: 'dns' },
      privateZone: false,
      queryLogGroupArn: LOG_GROUP_ARN,
    });
    expect(readFields(resourceAt(loaded.hostedZones, `arn:aws:route53:::hostedzone/${privateZone}`))).toMatchObject({
      privateZone: true,
      queryLogGroupArn: null,
    });
    const records = readFields(resourceAt(loaded.recordSets, `arn:aws:route53:::hostedzone/${publicZone}`));
    expect(records.recordSets).toEqual(
      expect.arrayContaining([
        { name: 'db.example.com.', type: 'A', values: ['10.0.0.5'], alias: false },
        { name: 'www.example.com.', type: 'A', values: ['54.0.3.4', '198.51.100.7'], alias: false },
        { name: 'site.example.com.', type: 'CNAME', values: ['site.s3-website-eu-west-1.amazonaws.com'], alias: false },
        expect.objectContaining({ type: 'SOA' }),
      ]),
    );
    expect([...records.awsAddresses]).toEqual(['54.0.3.4']);
    // The feed is fetched once, and only for the zone that holds addresses.
    expect(vi.mocked(globalThis.fetch).mock.calls.filter(([url]) => urlOf(url) === AWS_IP_RANGES_URL)).toHaveLength(1);
    expect(readFields(resourceAt(loaded.recordSets, `arn:aws:route53:::hostedzone/${privateZone}`)).awsAddresses).toEqual(new Set());
  });

  it('reads registered domains in us-east-1; moto has no ListTagsForDomain, which is recorded and leaves them untagged', async () => {
    const domains = new Route53DomainsClient(seedConfig('us-east-1'));
    const register = (name: string, privacy: boolean) =>
      domains.send(
        new RegisterDomainCommand({
          DomainName: name,
          DurationInYears: 2,
          AdminContact: contact,
          RegistrantContact: contact,
          TechContact: contact,
          PrivacyProtectAdminContact: privacy,
          PrivacyProtectRegistrantContact: privacy,
          PrivacyProtectTechContact: privacy,
        }),
      );
    await register('private-example.com', true);
    await register('open-example.com', false);

    const loaded = await loadService(await motoScope(REGIONS), 'route53', ['domains']);

    expect(failuresIn(loaded).map((failure) => [failure.operation, failure.resourceArn])).toEqual(
      expect.arrayContaining([
        ['ListTagsForDomain', 'arn:aws:route53:::domain/private-example.com'],
        ['ListTagsForDomain', 'arn:aws:route53:::domain/open-example.com'],
      ]),
    );
    expect(loaded.domains.listingFailures()).toEqual([]);
    expect(readAll(loaded.domains).map(({ id, region, adminPrivacy, tags }) => ({ id, region, adminPrivacy, tags }))).toEqual(
      expect.arrayContaining([
        { id: 'private-example.com', region: 'us-east-1', adminPrivacy: true, tags: {} },
        { id: 'open-example.com', region: 'us-east-1', adminPrivacy: false, tags: {} },
      ]),
    );
  });

  it('an account without zones or domains has none, and no failures', async () => {
    const loaded = await loadService(await motoScope(REGIONS), 'route53');

    expect(failuresIn(loaded)).toEqual([]);
    expect(loaded.hostedZones.all()).toEqual([]);
    expect(loaded.recordSets.all()).toEqual([]);
    expect(loaded.domains.all()).toEqual([]);
  });
});
