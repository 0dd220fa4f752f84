import { DescribeVpnConnectionsCommand, EC2Client, paginateDescribeVpcPeeringConnections } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, once, parse, tagRecord } from '../collection.js';
import { EC2_PAGE_SIZE, TagsSchema } from '../ec2/shared.js';
import type { AwsResource, Field } from '../resource-map.js';
import { routeTables, type RouteTable } from './subnets.js';

/** A route table that routes to a peering connection, with the peered destinations it lists. */
export interface PeeringRouteTable {
  id: string;
  /** IPv4 destinations of the table's peering routes (to this or any other peering connection). */
  destinationCidrs: string[];
}

/** `id` is the peering connection ID. */
export interface VpcPeeringConnection extends AwsResource {
  requesterVpcId: string;
  accepterVpcId: string;
  /** The requester VPC's primary CIDR block. */
  requesterCidr: string | null;
  /** The region's route tables with a route to this connection. */
  routeTables: Field<PeeringRouteTable[]>;
}

/** A site-to-site VPN connection; `id` is its ID. */
export interface VpnConnection extends AwsResource {
  /** Each tunnel's status (UP or DOWN), as the virtual private gateway last reported it. */
  tunnelStatuses: string[];
}

const VpcInfoSchema = z.object({ VpcId: z.string(), CidrBlock: z.string().nullish() });
const AccepterInfoSchema = z.object({ VpcId: z.string() });

const PeeringConnectionSchema = z.object({
  VpcPeeringConnectionId: z.string(),
  RequesterVpcInfo: VpcInfoSchema,
  AccepterVpcInfo: AccepterInfoSchema,
  Tags: TagsSchema,
});

const VpnConnectionSchema = z.object({
  VpnConnectionId: z.string(),
  VgwTelemetry: z.array(z.object({ Status: z.string() })).nullish(),
  Tags: TagsSchema,
});

/**
 * The peering routes of each table that routes to `connectionId`. The table's own local routes
 * (origin CreateRouteTable) never count, whatever they point at.
 */
function peeringRouteTables(connectionId: string, tables: readonly RouteTable[]): PeeringRouteTable[] {
  return tables
    .filter((table) => table.routes.some((route) => route.vpcPeeringConnectionId === connectionId))
    .map((table) => ({
      id: table.id,
      destinationCidrs: table.routes.flatMap((route) =>
        route.origin !== 'CreateRouteTable' && route.vpcPeeringConnectionId !== null && route.destinationCidr !== null ? [route.destinationCidr] : [],
      ),
    }));
}

/** Peering connections and the route tables that use them, from the region's one route table listing. */
export const peeringConnections = defineCollection<VpcPeeringConnection, { routeTables: typeof routeTables }>({
  service: 'vpc',
  name: 'peeringConnections',
  scope: 'regional',
  needs: { routeTables },
  async load(context, dependencies) {
    const tables = once(() => dependencies.routeTables.all(context.region));
    const pages = paginateDescribeVpcPeeringConnections({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    const listed = await context.items('DescribeVpcPeeringConnections', pages, (page) => page.VpcPeeringConnections, PeeringConnectionSchema, 'VPC peering connection');
    for (const connection of listed) {
      const arn = context.arn('ec2', `vpc-peering-connection/${connection.VpcPeeringConnectionId}`);
      const tags = tagRecord(connection.Tags);
      context.resources.add({
        arn,
        id: connection.VpcPeeringConnectionId,
        name: tags.Name || undefined,
        region: context.region,
        tags,
        requesterVpcId: connection.RequesterVpcInfo.VpcId,
        accepterVpcId: connection.AccepterVpcInfo.VpcId,
        requesterCidr: connection.RequesterVpcInfo.CidrBlock ?? null,
        routeTables: await context.field('DescribeRouteTables', arn, () => peeringRouteTables(connection.VpcPeeringConnectionId, tables())),
      });
    }
  },
});

/** DescribeVpnConnections is not paginated: one call returns every connection of the region. */
export const vpnConnections = defineCollection<VpnConnection>({
  service: 'vpc',
  name: 'vpnConnections',
  scope: 'regional',
  async load(context) {
    await context.read('DescribeVpnConnections', async () => {
      const response = await context.client(EC2Client).send(new DescribeVpnConnectionsCommand({}));
      for (const raw of response.VpnConnections ?? []) {
        const connection = parse(VpnConnectionSchema, raw, 'VPN connection');
        const tags = tagRecord(connection.Tags);
        context.resources.add({
          arn: context.arn('ec2', `vpn-connection/${connection.VpnConnectionId}`),
          id: connection.VpnConnectionId,
          name: tags.Name || undefined,
          region: context.region,
          tags,
          tunnelStatuses: (connection.VgwTelemetry ?? []).map((tunnel) => tunnel.Status),
        });
      }
    });
  },
});

export default { peeringConnections, vpnConnections };
