import {
  DescribeLoggingStatusCommand,
  RedshiftClient,
  paginateDescribeClusterParameters,
  paginateDescribeClusterSnapshots,
  paginateDescribeClusterSubnetGroups,
  paginateDescribeClusters,
} from '@aws-sdk/client-redshift';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

/** Redshift's Describe* listings return at most 100 records a page. */
const PAGE_SIZE = 100;

/** A provisioned Redshift cluster; `id` and `name` are its identifier. */
export interface Cluster extends AwsResource {
  vpcId: string | null;
  /** The VPC security groups whose association is active. */
  activeSecurityGroupIds: string[];
  /** The endpoint's address; null while the cluster has none (being created). */
  endpointAddress: string | null;
  publiclyAccessible: boolean;
  /** Major version upgrades are applied in the maintenance window. */
  allowVersionUpgrade: boolean;
  encrypted: boolean;
  /** Enabled or Disabled, as AWS writes it; null when AWS says nothing. */
  multiAz: string | null;
  masterUsername: string | null;
  enhancedVpcRouting: boolean;
  /** The name of the database created with the cluster. */
  databaseName: string | null;
  /** The first parameter group AWS lists for the cluster. */
  parameterGroupName: string | null;
  subnetGroupName: string | null;
}

export interface ClusterLogging extends Cluster {
  /** Audit logging (to S3 or CloudWatch Logs) is on. */
  auditLogging: Field<boolean>;
}

export interface ClusterParameters extends Cluster {
  /** The cluster's parameter group sets require_ssl to true. */
  requireSsl: Field<boolean>;
}

/** A cluster snapshot, automated or manual; `id` is the snapshot identifier. */
export interface ClusterSnapshot extends AwsResource {
  clusterId: string;
}

/** A cluster subnet group; `id` and `name` are its name. */
export interface ClusterSubnetGroup extends AwsResource {
  subnetIds: string[];
}

const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();

const ClusterSchema = z.object({
  ClusterIdentifier: z.string(),
  VpcId: z.string().nullish(),
  VpcSecurityGroups: z.array(z.object({ VpcSecurityGroupId: z.string(), Status: z.string().nullish() })).nullish(),
  Endpoint: z.object({ Address: z.string().nullish() }).nullish(),
  PubliclyAccessible: z.boolean().nullish(),
  AllowVersionUpgrade: z.boolean().nullish(),
  Encrypted: z.boolean().nullish(),
  MultiAZ: z.string().nullish(),
  MasterUsername: z.string().nullish(),
  EnhancedVpcRouting: z.boolean().nullish(),
  DBName: z.string().nullish(),
  ClusterParameterGroups: z.array(z.object({ ParameterGroupName: z.string().nullish() })).nullish(),
  ClusterSubnetGroupName: z.string().nullish(),
  Tags: TagsSchema,
});

const SnapshotSchema = z.object({ SnapshotIdentifier: z.string(), ClusterIdentifier: z.string().nullish(), Tags: TagsSchema });

const SubnetGroupSchema = z.object({
  ClusterSubnetGroupName: z.string(),
  Subnets: z.array(z.object({ SubnetIdentifier: z.string() })).nullish(),
  Tags: TagsSchema,
});

const ParameterSchema = z.object({ ParameterName: z.string(), ParameterValue: z.string().nullish() });

/** Clusters of each region, with their tags, from DescribeClusters alone. */
const clusters = defineCollection<Cluster>({
  service: 'redshift',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeClusters({ client: context.client(RedshiftClient), pageSize: PAGE_SIZE }, {});
    for (const cluster of await context.items('DescribeClusters', pages, (page) => page.Clusters, ClusterSchema, 'Redshift cluster')) {
      const id = cluster.ClusterIdentifier;
      context.resources.add({
        arn: context.arn('redshift', `cluster:${id}`),
        id,
        name: id,
        region: context.region,
        tags: tagRecord(cluster.Tags),
        vpcId: cluster.VpcId ?? null,
        activeSecurityGroupIds: (cluster.VpcSecurityGroups ?? []).filter((group) => group.Status === 'active').map((group) => group.VpcSecurityGroupId),
        endpointAddress: cluster.Endpoint?.Address ?? null,
        publiclyAccessible: cluster.PubliclyAccessible ?? false,
        allowVersionUpgrade: cluster.AllowVersionUpgrade ?? false,
        encrypted: cluster.Encrypted ?? false,
        multiAz: cluster.MultiAZ ?? null,
        masterUsername: cluster.MasterUsername ?? null,
        enhancedVpcRouting: cluster.EnhancedVpcRouting ?? false,
        databaseName: cluster.DBName ?? null,
        parameterGroupName: cluster.ClusterParameterGroups?.[0]?.ParameterGroupName ?? null,
        subnetGroupName: cluster.ClusterSubnetGroupName ?? null,
      });
    }
  },
});

/** Each cluster's audit logging status, a DescribeLoggingStatus call per cluster: only the audit logging check asks for it. */
const clusterLogging = perListedResource<ClusterLogging, Cluster>({
  service: 'redshift',
  name: 'clusterLogging',
  scope: 'regional',
  listed: clusters,
  operation: 'DescribeClusters',
  async read(context, cluster) {
    const auditLogging = await context.field('DescribeLoggingStatus', cluster.arn, async () => {
      const response = await context.client(RedshiftClient).send(new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.id }));
      return parse(z.object({ LoggingEnabled: z.boolean().nullish() }), response, 'logging status').LoggingEnabled === true;
    });
    return { ...cluster, auditLogging };
  },
});

/**
 * The require_ssl setting of each cluster's parameter group: a DescribeClusterParameters listing
 * per distinct group of the region, not per cluster, since many clusters share a group.
 */
const clusterParameters = defineCollection<ClusterParameters, { clusters: typeof clusters }>({
  service: 'redshift',
  name: 'clusterParameters',
  scope: 'regional',
  needs: { clusters },
  async load(context, dependencies) {
    await context.read('DescribeClusters', async () => {
      const listed = dependencies.clusters.all(context.region);
      const groupNames = [...new Set(listed.flatMap((cluster) => (cluster.parameterGroupName ? [cluster.parameterGroupName] : [])))];
      const settings = new Map(await readEach(groupNames, async (name) => [name, await requireSslOf(context, name)] as const));
      for (const cluster of listed) {
        // A cluster without a parameter group has nothing that could require SSL.
        const requireSsl = cluster.parameterGroupName ? settings.get(cluster.parameterGroupName) : undefined;
        context.resources.add({ ...cluster, requireSsl: requireSsl ?? known(false) });
      }
    });
  },
});

async function requireSslOf(context: LoadContext<ClusterParameters>, groupName: string): Promise<Field<boolean>> {
  const arn = context.arn('redshift', `parametergroup:${groupName}`);
  return context.field('DescribeClusterParameters', arn, async () => {
    const pages = paginateDescribeClusterParameters({ client: context.client(RedshiftClient), pageSize: PAGE_SIZE }, { ParameterGroupName: groupName });
    let requireSsl = false;
    for await (const page of pages) {
      for (const raw of page.Parameters ?? []) {
        const parameter = parse(ParameterSchema, raw, 'cluster parameter');
        if (parameter.ParameterName.toLowerCase() === 'require_ssl') requireSsl = parameter.ParameterValue?.toLowerCase() === 'true';
      }
    }
    return requireSsl;
  });
}

/**
 * Every cluster snapshot of each region in one listing, automated and manual, instead of a call
 * per cluster: a cluster has snapshots when some snapshot names it.
 */
const snapshots = defineCollection<ClusterSnapshot>({
  service: 'redshift',
  name: 'snapshots',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeClusterSnapshots({ client: context.client(RedshiftClient), pageSize: PAGE_SIZE }, {});
    for (const snapshot of await context.items('DescribeClusterSnapshots', pages, (page) => page.Snapshots, SnapshotSchema, 'Redshift snapshot')) {
      // A snapshot that names no cluster is no cluster's backup.
      if (!snapshot.ClusterIdentifier) continue;
      context.resources.add({
        arn: context.arn('redshift', `snapshot:${snapshot.ClusterIdentifier}/${snapshot.SnapshotIdentifier}`),
        id: snapshot.SnapshotIdentifier,
        region: context.region,
        tags: tagRecord(snapshot.Tags),
        clusterId: snapshot.ClusterIdentifier,
      });
    }
  },
});

/** Cluster subnet groups of each region in one listing, instead of a call per cluster. */
const subnetGroups = defineCollection<ClusterSubnetGroup>({
  service: 'redshift',
  name: 'subnetGroups',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeClusterSubnetGroups({ client: context.client(RedshiftClient), pageSize: PAGE_SIZE }, {});
    for (const group of await context.items('DescribeClusterSubnetGroups', pages, (page) => page.ClusterSubnetGroups, SubnetGroupSchema, 'cluster subnet group')) {
      const name = group.ClusterSubnetGroupName;
      context.resources.add({
        arn: context.arn('redshift', `subnetgroup:${name}`),
        id: name,
        name,
        region: context.region,
        tags: tagRecord(group.Tags),
        subnetIds: (group.Subnets ?? []).map((subnet) => subnet.SubnetIdentifier),
      });
    }
  },
});

export default { clusters, clusterLogging, clusterParameters, snapshots, subnetGroups };
