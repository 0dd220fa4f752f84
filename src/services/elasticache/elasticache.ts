import {
  ElastiCacheClient,
  ListTagsForResourceCommand,
  paginateDescribeCacheClusters,
  paginateDescribeCacheSubnetGroups,
  paginateDescribeReplicationGroups,
} from '@aws-sdk/client-elasticache';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/** The Describe* listings of ElastiCache return at most 100 records a page. */
const PAGE_SIZE = 100;

/**
 * A cache cluster: a Memcached cluster, or one node of a Redis/Valkey replication group (each
 * member of a group is listed as a cluster of its own). `id` is its CacheClusterId.
 */
export interface CacheCluster extends AwsResource {
  engine: string;
  /** "0.0" when AWS reports none, as Prowler reads a missing version. */
  engineVersion: string;
  /** The cache subnet group it runs in; null for a cluster outside a VPC. */
  subnetGroupName: string | null;
  replicationGroupId: string | null;
  autoMinorVersionUpgrade: boolean;
  authTokenEnabled: boolean;
}

/** A Redis/Valkey replication group. `id` is its ReplicationGroupId. */
export interface ReplicationGroup extends AwsResource {
  /** CacheClusterIds of its nodes, primary first as AWS lists them. */
  memberClusters: string[];
  /** Days automatic snapshots are kept; 0 when automatic backups are off. */
  snapshotRetentionDays: number;
  atRestEncryption: boolean;
  transitEncryption: boolean;
  /** "enabled" or "disabled", as AWS words it. */
  multiAz: string;
  /** "enabled", "disabled", "enabling" or "disabling", as AWS words it. */
  automaticFailover: string;
  autoMinorVersionUpgrade: boolean;
  authTokenEnabled: boolean;
}

/** A cache subnet group; `id` and `name` are its name. */
export interface CacheSubnetGroup extends AwsResource {
  subnetIds: string[];
}

const CacheClusterSchema = z.object({
  ARN: z.string(),
  CacheClusterId: z.string(),
  Engine: z.string(),
  EngineVersion: z.string().nullish(),
  CacheSubnetGroupName: z.string().nullish(),
  ReplicationGroupId: z.string().nullish(),
  AutoMinorVersionUpgrade: z.boolean().nullish(),
  AuthTokenEnabled: z.boolean().nullish(),
});

const ReplicationGroupSchema = z.object({
  ARN: z.string(),
  ReplicationGroupId: z.string(),
  MemberClusters: z.array(z.string()).nullish(),
  SnapshotRetentionLimit: z.number().nullish(),
  AtRestEncryptionEnabled: z.boolean().nullish(),
  TransitEncryptionEnabled: z.boolean().nullish(),
  MultiAZ: z.string().nullish(),
  AutomaticFailover: z.string().nullish(),
  AutoMinorVersionUpgrade: z.boolean().nullish(),
  AuthTokenEnabled: z.boolean().nullish(),
});

const CacheSubnetGroupSchema = z.object({
  ARN: z.string(),
  CacheSubnetGroupName: z.string(),
  Subnets: z.array(z.object({ SubnetIdentifier: z.string() })).nullish(),
});

const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();

/**
 * A resource's tags, a ListTagsForResource call each: every finding about it carries them. A
 * failed read decides no verdict, so it is recorded and the resource keeps no tags.
 */
async function tagsOf<T extends AwsResource>(context: LoadContext<T>, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read(
    'ListTagsForResource',
    async () => {
      const response = await context.client(ElastiCacheClient).send(new ListTagsForResourceCommand({ ResourceName: arn }));
      tags = tagRecord(parse(TagsSchema, response.TagList, 'ElastiCache tags'));
    },
    arn,
  );
  return tags;
}

const clusters = defineCollection<CacheCluster>({
  service: 'elasticache',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeCacheClusters({ client: context.client(ElastiCacheClient), pageSize: PAGE_SIZE }, {});
    const listed = await context.items('DescribeCacheClusters', pages, (page) => page.CacheClusters, CacheClusterSchema, 'cache cluster');
    await readEach(listed, async (cluster) => {
      context.resources.add({
        arn: cluster.ARN,
        id: cluster.CacheClusterId,
        name: cluster.CacheClusterId,
        region: context.region,
        tags: await tagsOf(context, cluster.ARN),
        engine: cluster.Engine,
        engineVersion: cluster.EngineVersion ?? '0.0',
        subnetGroupName: cluster.CacheSubnetGroupName ?? null,
        replicationGroupId: cluster.ReplicationGroupId ?? null,
        autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade ?? false,
        authTokenEnabled: cluster.AuthTokenEnabled ?? false,
      });
    });
  },
});

const replicationGroups = defineCollection<ReplicationGroup>({
  service: 'elasticache',
  name: 'replicationGroups',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeReplicationGroups({ client: context.client(ElastiCacheClient), pageSize: PAGE_SIZE }, {});
    const listed = await context.items('DescribeReplicationGroups', pages, (page) => page.ReplicationGroups, ReplicationGroupSchema, 'replication group');
    await readEach(listed, async (group) => {
      context.resources.add({
        arn: group.ARN,
        id: group.ReplicationGroupId,
        name: group.ReplicationGroupId,
        region: context.region,
        tags: await tagsOf(context, group.ARN),
        memberClusters: group.MemberClusters ?? [],
        snapshotRetentionDays: group.SnapshotRetentionLimit ?? 0,
        atRestEncryption: group.AtRestEncryptionEnabled ?? false,
        transitEncryption: group.TransitEncryptionEnabled ?? false,
        multiAz: group.MultiAZ ?? 'disabled',
        automaticFailover: group.AutomaticFailover ?? 'disabled',
        autoMinorVersionUpgrade: group.AutoMinorVersionUpgrade ?? false,
        authTokenEnabled: group.AuthTokenEnabled ?? false,
      });
    });
  },
});

/** Every cache subnet group of the region in one listing, rather than a lookup per cluster. */
const subnetGroups = defineCollection<CacheSubnetGroup>({
  service: 'elasticache',
  name: 'subnetGroups',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeCacheSubnetGroups({ client: context.client(ElastiCacheClient), pageSize: PAGE_SIZE }, {});
    for (const group of await context.items('DescribeCacheSubnetGroups', pages, (page) => page.CacheSubnetGroups, CacheSubnetGroupSchema, 'cache subnet group')) {
      context.resources.add({
        arn: group.ARN,
        id: group.CacheSubnetGroupName,
        name: group.CacheSubnetGroupName,
        region: context.region,
        tags: {},
        subnetIds: (group.Subnets ?? []).map((subnet) => subnet.SubnetIdentifier),
      });
    }
  },
});

export default { clusters, replicationGroups, subnetGroups };
