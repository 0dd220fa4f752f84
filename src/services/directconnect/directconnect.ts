import {
  DescribeConnectionsCommand,
  DescribeVirtualInterfacesCommand,
  DirectConnectClient,
  type DescribeConnectionsCommandInput,
  type DescribeConnectionsCommandOutput,
} from '@aws-sdk/client-direct-connect';
import type { DeserializeMiddleware } from '@aws-sdk/types';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** A Direct Connect connection; `id` is its connection ID. */
export interface DxConnection extends AwsResource {
  /** The Direct Connect location (colocation facility) it terminates in. */
  location: string;
}

/**
 * A gateway as the region's virtual interfaces see it: a virtual private gateway or a Direct
 * Connect gateway, with the virtual interfaces of this region attached to it. A Direct Connect
 * gateway is global, but each region's interfaces make it a resource of that region, as in Prowler.
 */
export interface DxGateway extends AwsResource {
  kind: 'virtual private gateway' | 'Direct Connect gateway';
  virtualInterfaceIds: string[];
}

const TagsSchema = z.array(z.object({ key: z.string(), value: z.string().nullish() })).nullish();

const ConnectionSchema = z.object({
  connectionId: z.string(),
  connectionName: z.string().nullish(),
  location: z.string(),
  tags: TagsSchema,
});

const VirtualInterfaceSchema = z.object({
  virtualInterfaceId: z.string(),
  virtualGatewayId: z.string().nullish(),
  directConnectGatewayId: z.string().nullish(),
});

/** Direct Connect answers at most 100 items a page. */
const PAGE_SIZE = 100;

/**
 * The pages of a Direct Connect listing. These operations gained paging late and the SDK has no
 * paginator for them; an endpoint that does not page answers everything without a token.
 */
async function* pagesOf<Page extends { nextToken?: string | undefined }>(fetchPage: (page: { maxResults: number; nextToken?: string }) => Promise<Page>): AsyncGenerator<Page> {
  let nextToken: string | undefined;
  do {
    const page: Page = await fetchPage({ maxResults: PAGE_SIZE, ...(nextToken ? { nextToken } : {}) });
    yield page;
    nextToken = page.nextToken;
  } while (nextToken);
}

/**
 * Emulators (moto 5.2) answer a connection's loaIssueTime as text where AWS sends epoch seconds,
 * and the SDK then rejects the whole listing. Nothing here reads that field, so a text value is
 * removed from the answer before the SDK parses it; AWS's own answers pass unchanged.
 */
const dropTextLoaIssueTime: DeserializeMiddleware<DescribeConnectionsCommandInput, DescribeConnectionsCommandOutput> = (next) => async (args) => {
  const result = await next(args);
  const response = result.response as { body?: unknown };
  if (!isByteStream(response.body)) return result;
  const chunks: Uint8Array[] = [];
  for await (const chunk of response.body) chunks.push(chunk);
  const raw = Buffer.concat(chunks);
  // The stream is spent: the SDK reads these bytes instead, or the corrected ones below.
  response.body = raw;
  let answer: unknown;
  try {
    answer = JSON.parse(raw.toString('utf8'));
  } catch {
    return result;
  }
  const listed = (answer as { connections?: unknown } | null)?.connections;
  if (!Array.isArray(listed)) return result;
  for (const connection of listed as Record<string, unknown>[]) if (typeof connection.loaIssueTime === 'string') delete connection.loaIssueTime;
  response.body = Buffer.from(JSON.stringify(answer), 'utf8');
  return result;
};

function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

const connections = defineCollection<DxConnection>({
  service: 'directconnect',
  name: 'connections',
  scope: 'regional',
  async load(context) {
    const client = context.client(DirectConnectClient);
    const pages = pagesOf((paging) => {
      const command = new DescribeConnectionsCommand(paging);
      command.middlewareStack.add(dropTextLoaIssueTime, { step: 'deserialize', priority: 'low', name: 'dropTextLoaIssueTime' });
      return client.send(command);
    });
    for (const connection of await context.items('DescribeConnections', pages, (page) => page.connections, ConnectionSchema, 'Direct Connect connection')) {
      context.resources.add({
        arn: context.arn('directconnect', `dxcon/${connection.connectionId}`),
        id: connection.connectionId,
        name: connection.connectionName ?? undefined,
        region: context.region,
        tags: Object.fromEntries((connection.tags ?? []).map((tag) => [tag.key, tag.value ?? ''])),
        location: connection.location,
      });
    }
  },
});

/** The gateways the region's virtual interfaces attach to, from one listing of those interfaces. */
const gateways = defineCollection<DxGateway>({
  service: 'directconnect',
  name: 'gateways',
  scope: 'regional',
  async load(context) {
    const client = context.client(DirectConnectClient);
    const pages = pagesOf((paging) => client.send(new DescribeVirtualInterfacesCommand(paging)));
    const interfaces: z.infer<typeof VirtualInterfaceSchema>[] = [];
    // A gateway's interfaces may span pages: a listing cut short would undercount them, so it adds no gateway at all.
    const listed = await context.read('DescribeVirtualInterfaces', async () => {
      for await (const page of pages) for (const raw of page.virtualInterfaces ?? []) interfaces.push(parse(VirtualInterfaceSchema, raw, 'virtual interface'));
    });
    if (!listed) return;
    const attached = new Map<string, DxGateway>();
    const attach = (arn: string, id: string, kind: DxGateway['kind'], interfaceId: string) => {
      const gateway = attached.get(arn) ?? { arn, id, region: context.region, tags: {}, kind, virtualInterfaceIds: [] };
      gateway.virtualInterfaceIds.push(interfaceId);
      attached.set(arn, gateway);
    };
    for (const vif of interfaces) {
      if (vif.virtualGatewayId) {
        attach(context.arn('directconnect', `virtual-gateway/${vif.virtualGatewayId}`), vif.virtualGatewayId, 'virtual private gateway', vif.virtualInterfaceId);
      }
      if (vif.directConnectGatewayId) {
        attach(context.arn('directconnect', `dx-gateway/${vif.directConnectGatewayId}`), vif.directConnectGatewayId, 'Direct Connect gateway', vif.virtualInterfaceId);
      }
    }
    for (const gateway of attached.values()) context.resources.add(gateway);
  },
});

export default { connections, gateways };
