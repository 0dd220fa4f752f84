import { EC2Client, paginateDescribeRouteTables, paginateDescribeSubnets } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, once, tagRecord } from '../collection.js';
import { networkInterfaces } from '../ec2/network-interfaces.js';
import { EC2_PAGE_SIZE, TagsSchema } from '../ec2/shared.js';
import { mapField, type AwsResource, type Field } from '../resource-map.js';

/** One route of a route table, reduced to where it sends what. */
export interface Route {
  destinationCidr: string | null;
  destinationIpv6Cidr: string | null;
  /** An internet gateway (igw-), egress-only gateway (eigw-), virtual private gateway or "local". */
  gatewayId: string | null;
  natGatewayId: string | null;
  vpcPeeringConnectionId: string | null;
  /** CreateRouteTable for the VPC's own local route, CreateRoute or EnableVgwRoutePropagation otherwise. */
  origin: string | null;
}

/** `id` is the route table ID. */
export interface RouteTable extends AwsResource {
  vpcId: string;
  /** The VPC's main table, which every subnet without a table of its own uses. */
  main: boolean;
  /** The subnets explicitly associated with the table. */
  subnetIds: string[];
  routes: Route[];
}

/** `id` is the subnet ID, `name` its Name tag when it has one. */
export interface Subnet extends AwsResource {
  vpcId: string;
  availabilityZone: string;
  cidrBlock: string | null;
  defaultForAz: boolean;
  mapPublicIpOnLaunch: boolean;
  /** Its route tables send 0.0.0.0/0 to an internet gateway (see `routingOf` for which tables count). */
  public: Field<boolean>;
  /** Its route tables send ::/0 to an internet gateway. */
  publicIpv6: Field<boolean>;
  /** Its route tables send something to a NAT gateway. */
  natGateway: Field<boolean>;
  /** Holds at least one network interface. */
  inUse: Field<boolean>;
}

/** DescribeRouteTables accepts at most 100 results a page. */
const ROUTE_TABLE_PAGE_SIZE = 100;

const RouteSchema = z
  .object({
    DestinationCidrBlock: z.string().nullish(),
    DestinationIpv6CidrBlock: z.string().nullish(),
    GatewayId: z.string().nullish(),
    NatGatewayId: z.string().nullish(),
    VpcPeeringConnectionId: z.string().nullish(),
    Origin: z.string().nullish(),
  })
  .transform(
    (route): Route => ({
      destinationCidr: route.DestinationCidrBlock ?? null,
      destinationIpv6Cidr: route.DestinationIpv6CidrBlock ?? null,
      gatewayId: route.GatewayId ?? null,
      natGatewayId: route.NatGatewayId ?? null,
      vpcPeeringConnectionId: route.VpcPeeringConnectionId ?? null,
      origin: route.Origin ?? null,
    }),
  );

const RouteTableSchema = z.object({
  RouteTableId: z.string(),
  VpcId: z.string(),
  Associations: z.array(z.object({ Main: z.boolean().nullish(), SubnetId: z.string().nullish() })).nullish(),
  Routes: z.array(RouteSchema).nullish(),
  Tags: TagsSchema,
});

const SubnetSchema = z.object({
  SubnetId: z.string(),
  SubnetArn: z.string(),
  VpcId: z.string(),
  AvailabilityZone: z.string(),
  CidrBlock: z.string().nullish(),
  DefaultForAz: z.boolean().default(false),
  MapPublicIpOnLaunch: z.boolean().default(false),
  Tags: TagsSchema,
});

/** A region's route tables, in one listing that both subnets and peering connections read. */
export const routeTables = defineCollection<RouteTable>({
  service: 'vpc',
  name: 'routeTables',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeRouteTables({ client: context.client(EC2Client), pageSize: ROUTE_TABLE_PAGE_SIZE }, {});
    for (const table of await context.items('DescribeRouteTables', pages, (page) => page.RouteTables, RouteTableSchema, 'route table')) {
      const associations = table.Associations ?? [];
      context.resources.add({
        arn: context.arn('ec2', `route-table/${table.RouteTableId}`),
        id: table.RouteTableId,
        region: context.region,
        tags: tagRecord(table.Tags),
        vpcId: table.VpcId,
        main: associations.some((association) => association.Main === true),
        subnetIds: associations.flatMap((association) => (association.SubnetId ? [association.SubnetId] : [])),
        routes: table.Routes ?? [],
      });
    }
  },
});

interface Routing {
  public: boolean;
  publicIpv6: boolean;
  natGateway: boolean;
}

/**
 * Where a subnet's traffic goes, read as Prowler reads it: the tables explicitly associated with
 * the subnet, or, when it has none, every main table of the region, whatever its VPC. Only full
 * internet gateways (igw-) make a subnet public; an egress-only one (eigw-) lets nothing in.
 */
function routingOf(subnetId: string, tables: readonly RouteTable[]): Routing {
  const explicit = tables.filter((table) => table.subnetIds.includes(subnetId));
  const routes = (explicit.length > 0 ? explicit : tables.filter((table) => table.main)).flatMap((table) => table.routes);
  const toInternetGateway = (route: Route) => route.gatewayId?.startsWith('igw-') === true;
  return {
    public: routes.some((route) => toInternetGateway(route) && route.destinationCidr === '0.0.0.0/0'),
    publicIpv6: routes.some((route) => toInternetGateway(route) && route.destinationIpv6Cidr === '::/0'),
    natGateway: routes.some((route) => route.natGatewayId !== null),
  };
}

/**
 * Subnets with whether they are public and in use: the subnet listing plus the region's route
 * table and network interface listings, instead of Prowler's filtered calls per subnet.
 */
export const subnets = defineCollection<Subnet, { routeTables: typeof routeTables; networkInterfaces: typeof networkInterfaces }>({
  service: 'vpc',
  name: 'subnets',
  scope: 'regional',
  needs: { routeTables, networkInterfaces },
  async load(context, dependencies) {
    const tables = once(() => dependencies.routeTables.all(context.region));
    const subnetsInUse = once(() => new Set(dependencies.networkInterfaces.all(context.region).map((networkInterface) => networkInterface.subnetId)));
    const pages = paginateDescribeSubnets({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const subnet of await context.items('DescribeSubnets', pages, (page) => page.Subnets, SubnetSchema, 'subnet')) {
      const arn = subnet.SubnetArn;
      const tags = tagRecord(subnet.Tags);
      const routing = await context.field('DescribeRouteTables', arn, () => routingOf(subnet.SubnetId, tables()));
      context.resources.add({
        arn,
        id: subnet.SubnetId,
        name: tags.Name || undefined,
        region: context.region,
        tags,
        vpcId: subnet.VpcId,
        availabilityZone: subnet.AvailabilityZone,
        cidrBlock: subnet.CidrBlock ?? null,
        defaultForAz: subnet.DefaultForAz,
        mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch,
        public: mapField(routing, (read) => read.public),
        publicIpv6: mapField(routing, (read) => read.publicIpv6),
        natGateway: mapField(routing, (read) => read.natGateway),
        inUse: await context.field('DescribeNetworkInterfaces', arn, () => subnetsInUse().has(subnet.SubnetId)),
      });
    }
  },
});

export default { routeTables, subnets };
