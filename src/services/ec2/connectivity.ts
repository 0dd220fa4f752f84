import { DescribeAddressesCommand, EC2Client, paginateDescribeClientVpnEndpoints, paginateDescribeTransitGateways } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema } from './shared.js';

/**
 * An Elastic IP address of the account. `arn` is its allocation's ARN and `id` its public IP, as
 * Prowler reports both.
 */
export interface ElasticIp extends AwsResource {
  publicIp: string | null;
  allocationId: string | null;
  /** Set while the address is associated with an instance or a network interface. */
  associationId: string | null;
  instanceId: string | null;
  networkInterfaceId: string | null;
  privateIp: string | null;
}

export interface TransitGateway extends AwsResource {
  /** pending, available, modifying, deleting, deleted. */
  state: string;
  /** Whether attachments shared from other accounts are accepted without review. */
  autoAcceptSharedAttachments: boolean;
}

export interface ClientVpnEndpoint extends AwsResource {
  /** Whether client connection attempts are logged to CloudWatch Logs. */
  connectionLogging: boolean;
}

/** What Shodan's host API reports about an address. */
export interface ShodanHost {
  ports: number[];
  isp: string | null;
  country: string | null;
}

/** An Elastic IP looked up in Shodan; `arn`, `id` and `tags` are the address's own. */
export interface ElasticIpShodan extends AwsResource {
  publicIp: string;
  /** What Shodan has indexed about the address; null when Shodan has no record of it. */
  host: Field<ShodanHost | null>;
}

const AddressSchema = z.object({
  PublicIp: z.string().nullish(),
  AllocationId: z.string().nullish(),
  AssociationId: z.string().nullish(),
  InstanceId: z.string().nullish(),
  NetworkInterfaceId: z.string().nullish(),
  PrivateIpAddress: z.string().nullish(),
  Tags: TagsSchema,
});

const TransitGatewaySchema = z.object({
  TransitGatewayId: z.string(),
  TransitGatewayArn: z.string(),
  State: z.string(),
  Options: z.object({ AutoAcceptSharedAttachments: z.string().nullish() }).nullish(),
  Tags: TagsSchema,
});

const ClientVpnEndpointSchema = z.object({
  ClientVpnEndpointId: z.string(),
  ConnectionLogOptions: z.object({ Enabled: z.boolean() }),
  Tags: TagsSchema,
});

const addresses = defineCollection<ElasticIp>({
  service: 'ec2',
  name: 'addresses',
  scope: 'regional',
  async load(context) {
    // DescribeAddresses has no pages: one call answers with every address of the region.
    await context.read('DescribeAddresses', async () => {
      const response = await context.client(EC2Client).send(new DescribeAddressesCommand({}));
      for (const raw of response.Addresses ?? []) {
        const address = parse(AddressSchema, raw, 'Elastic IP address');
        const publicIp = address.PublicIp ?? null;
        const allocationId = address.AllocationId ?? null;
        context.resources.add({
          arn: context.arn('ec2', `eip-allocation/${allocationId ?? publicIp}`),
          id: publicIp ?? allocationId ?? '',
          region: context.region,
          tags: tagRecord(address.Tags),
          publicIp,
          allocationId,
          associationId: address.AssociationId ?? null,
          instanceId: address.InstanceId || null,
          networkInterfaceId: address.NetworkInterfaceId ?? null,
          privateIp: address.PrivateIpAddress ?? null,
        });
      }
    });
  },
});

const transitGateways = defineCollection<TransitGateway>({
  service: 'ec2',
  name: 'transitGateways',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeTransitGateways({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const gateway of await context.items('DescribeTransitGateways', pages, (page) => page.TransitGateways, TransitGatewaySchema, 'transit gateway')) {
      context.resources.add({
        arn: gateway.TransitGatewayArn,
        id: gateway.TransitGatewayId,
        region: context.region,
        tags: tagRecord(gateway.Tags),
        state: gateway.State,
        autoAcceptSharedAttachments: gateway.Options?.AutoAcceptSharedAttachments === 'enable',
      });
    }
  },
});

const clientVpnEndpoints = defineCollection<ClientVpnEndpoint>({
  service: 'ec2',
  name: 'clientVpnEndpoints',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeClientVpnEndpoints({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    const listed = await context.items('DescribeClientVpnEndpoints', pages, (page) => page.ClientVpnEndpoints, ClientVpnEndpointSchema, 'Client VPN endpoint');
    for (const endpoint of listed) {
      context.resources.add({
        arn: context.arn('ec2', `client-vpn-endpoint/${endpoint.ClientVpnEndpointId}`),
        id: endpoint.ClientVpnEndpointId,
        region: context.region,
        tags: tagRecord(endpoint.Tags),
        connectionLogging: endpoint.ConnectionLogOptions.Enabled,
      });
    }
  },
});

/** Shodan's API; SCANNER_SHODAN_URL points the lookups elsewhere (tests answer them locally). */
const SHODAN_URL = 'https://api.shodan.io';
const SHODAN_OPERATION = 'Shodan host lookup';
const SHODAN_TIMEOUT_MS = 15_000;
/** Shodan meters its API at about a request a second, so every region's lookups share a small pool. */
const shodanPool = pLimit(2);

const ShodanHostSchema = z.object({
  ports: z.array(z.number()).default([]),
  isp: z.string().nullish(),
  country_name: z.string().nullish(),
});

const ShodanErrorSchema = z.object({ error: z.string() });

/**
 * What Shodan knows of one address. Its answer "No information available for that IP" means the
 * address is not indexed; any other refusal is a failed lookup. The key travels in the query
 * string, as Shodan wants it, and is kept out of every error message.
 */
async function lookUpHost(ip: string, apiKey: string): Promise<ShodanHost | null> {
  const base = (process.env.SCANNER_SHODAN_URL ?? SHODAN_URL).replace(/\/+$/, '');
  const url = `${base}/shodan/host/${encodeURIComponent(ip)}?key=${encodeURIComponent(apiKey)}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(SHODAN_TIMEOUT_MS) });
  } catch (error) {
    // fetch's own errors may quote the URL, and with it the key: only their kind is passed on.
    if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`no answer within ${SHODAN_TIMEOUT_MS / 1000} s`);
    const code = error instanceof Error && error.cause instanceof Error && 'code' in error.cause ? ` (${String(error.cause.code)})` : '';
    throw new Error(`Shodan could not be reached${code}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const host = parse(ShodanHostSchema, body, 'Shodan host');
    return { ports: host.ports, isp: host.isp ?? null, country: host.country_name ?? null };
  }
  const refusal = ShodanErrorSchema.safeParse(body).data?.error.replaceAll(apiKey, '<key>');
  if (refusal?.includes('No information available for that IP')) return null;
  throw new Error(`HTTP ${response.status}${refusal ? `: ${refusal}` : ''}`);
}

/**
 * The region's Elastic IPs as Shodan sees them: one call to Shodan per address with a public IP.
 * Without an API key nothing is looked up (the scan leaves the check out and says so).
 */
const elasticIpShodan = defineCollection<ElasticIpShodan, { addresses: typeof addresses }>({
  service: 'ec2',
  name: 'elasticIpShodan',
  scope: 'regional',
  needs: { addresses },
  async load(context, dependencies) {
    const apiKey = context.config.shodan_api_key;
    if (!apiKey) return;
    await context.read('DescribeAddresses', async () => {
      const lookups = dependencies.addresses.all(context.region).map(async (address) => {
        const { publicIp } = address;
        if (publicIp === null) return;
        const host = await context.field(SHODAN_OPERATION, address.arn, () => shodanPool(() => lookUpHost(publicIp, apiKey)));
        context.resources.add({ arn: address.arn, id: publicIp, region: context.region, tags: address.tags, publicIp, host });
      });
      await Promise.all(lookups);
    });
  },
});

export default { addresses, transitGateways, clientVpnEndpoints, elasticIpShodan };
