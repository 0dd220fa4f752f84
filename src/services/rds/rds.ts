import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  ListTagsForResourceCommand,
  paginateDescribeCertificates,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBEngineVersions,
  paginateDescribeDBInstances,
  paginateDescribeDBParameters,
  paginateDescribeDBSnapshots,
  paginateDescribeDBSubnetGroups,
  paginateDescribeEventSubscriptions,
  RDSClient,
} from '@aws-sdk/client-rds';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent, type Collection, type LoadContext } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import type { AwsResource, Field, ResourceMap } from '../resource-map.js';

/*
 * One set of collections serves RDS, Neptune and DocumentDB, which share this API: no call filters
 * by engine, every resource carries its `engine`, and each family of checks picks its own.
 */

/** Every Describe call of RDS returns at most 100 records a page. */
const PAGE_SIZE = 100;

/** The parameters that decide whether a database requires TLS (PostgreSQL/SQL Server, MySQL/MariaDB). */
export const TRANSPORT_PARAMETERS = ['rds.force_ssl', 'require_secure_transport'] as const;

/** A DB instance of any engine; `id` and `name` are its identifier. */
export interface DbInstance extends AwsResource {
  name: string;
  engine: string;
  engineVersion: string;
  /** `open-source-rds-extended-support` when enrolled in RDS Extended Support; null when AWS names none. */
  engineLifecycleSupport: string | null;
  status: string;
  publiclyAccessible: boolean;
  storageEncrypted: boolean;
  kmsKeyId: string | null;
  autoMinorVersionUpgrade: boolean;
  backupRetentionPeriod: number;
  cloudwatchLogsExports: string[];
  deletionProtection: boolean;
  enhancedMonitoringArn: string | null;
  multiAz: boolean;
  masterUsername: string;
  iamAuth: boolean;
  parameterGroupNames: string[];
  /** The VPC security groups whose membership is active. */
  securityGroupIds: string[];
  clusterId: string | null;
  clusterArn: string | null;
  readReplicaSource: string | null;
  caCertificateId: string | null;
  copyTagsToSnapshot: boolean;
  endpointAddress: string | null;
  port: number | null;
  subnetGroupName: string | null;
  vpcId: string | null;
  /** The subnets of its subnet group whose status is Active. */
  subnetIds: string[];
}

/** A DB cluster of any engine; `id` and `name` are its identifier. */
export interface DbCluster extends AwsResource {
  name: string;
  /** DbClusterResourceId, the identifier Neptune's findings carry. */
  resourceId: string;
  engine: string;
  engineVersion: string;
  status: string;
  endpoint: string | null;
  publiclyAccessible: boolean;
  storageEncrypted: boolean;
  kmsKeyId: string | null;
  autoMinorVersionUpgrade: boolean;
  backupRetentionPeriod: number;
  /** Seconds of backtracking kept (Aurora MySQL); 0 when off. */
  backtrackWindow: number;
  cloudwatchLogsExports: string[];
  deletionProtection: boolean;
  parameterGroupName: string | null;
  multiAz: boolean;
  masterUsername: string;
  iamAuth: boolean;
  copyTagsToSnapshot: boolean;
  port: number | null;
  /** The name of its DB subnet group, found in `subnetGroups`. */
  subnetGroupName: string | null;
  memberInstanceIds: string[];
  availabilityZones: string[];
}

/** A DB subnet group; `id` and `name` are its name. */
export interface DbSubnetGroup extends AwsResource {
  name: string;
  vpcId: string | null;
  /** Every subnet of the group, whatever its status. */
  subnetIds: string[];
}

/** A snapshot of a DB instance; `id` and `name` are its identifier. */
export interface InstanceSnapshot extends AwsResource {
  name: string;
  instanceId: string;
  engine: string;
  encrypted: boolean;
  kmsKeyId: string | null;
  snapshotType: string;
}

/** A snapshot of a DB cluster; `id` and `name` are its identifier. */
export interface ClusterSnapshot extends AwsResource {
  name: string;
  clusterId: string;
  engine: string;
  storageEncrypted: boolean;
  kmsKeyId: string | null;
  snapshotType: string;
}

export interface InstanceSnapshotWithAttributes extends InstanceSnapshot {
  /** Anyone may restore it: some attribute grants `all`. */
  public: Field<boolean>;
}

export interface ClusterSnapshotWithAttributes extends ClusterSnapshot {
  /** Anyone may restore it: some attribute grants `all`. */
  public: Field<boolean>;
}

/** An RDS event notification subscription; `id` and `name` are its CustSubscriptionId. */
export interface EventSubscription extends AwsResource {
  name: string;
  snsTopicArn: string;
  status: string;
  /** db-instance, db-cluster, db-parameter-group, db-security-group...; '' when it covers every source type. */
  sourceType: string;
  sourceIds: string[];
  /** The subscribed event categories; empty means every category. */
  eventCategories: string[];
  enabled: boolean;
}

/** A DB (or DB cluster) parameter group attached to a listed instance (cluster); `id` and `name` are its name. */
export interface DbParameterGroup extends AwsResource {
  name: string;
  /** The values of TRANSPORT_PARAMETERS set in the group (a parameter without a value is left out). */
  parameters: Field<Record<string, string>>;
}

/** A certificate authority RDS offers in a region; `id` and `name` are its identifier. */
export interface DbCertificate extends AwsResource {
  name: string;
  type: string;
  validFrom: Date;
  validTill: Date;
  /** The region's default CA was overridden with this one. */
  customerOverride: boolean;
  customerOverrideValidTill: Date | null;
}

/**
 * The versions AWS currently offers of one engine in a region (deprecated ones drop out); `id`,
 * `name` and `engine` are the engine. The ARN is only this collection's key.
 */
export interface DbEngineVersions extends AwsResource {
  name: string;
  engine: string;
  versions: string[];
}

const TagListSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).default([]);

const InstanceSchema = z.object({
  DBInstanceIdentifier: z.string(),
  Engine: z.string(),
  EngineVersion: z.string().default(''),
  EngineLifecycleSupport: z.string().optional(),
  DBInstanceStatus: z.string().default(''),
  PubliclyAccessible: z.boolean().default(false),
  StorageEncrypted: z.boolean().default(false),
  KmsKeyId: z.string().optional(),
  AutoMinorVersionUpgrade: z.boolean().default(false),
  BackupRetentionPeriod: z.number().default(0),
  EnabledCloudwatchLogsExports: z.array(z.string()).default([]),
  DeletionProtection: z.boolean().default(false),
  EnhancedMonitoringResourceArn: z.string().optional(),
  MultiAZ: z.boolean().default(false),
  MasterUsername: z.string().default(''),
  IAMDatabaseAuthenticationEnabled: z.boolean().default(false),
  DBParameterGroups: z.array(z.object({ DBParameterGroupName: z.string() })).default([]),
  VpcSecurityGroups: z.array(z.object({ VpcSecurityGroupId: z.string(), Status: z.string().optional() })).default([]),
  DBClusterIdentifier: z.string().optional(),
  ReadReplicaSourceDBInstanceIdentifier: z.string().optional(),
  CACertificateIdentifier: z.string().optional(),
  CopyTagsToSnapshot: z.boolean().default(false),
  Endpoint: z.object({ Address: z.string().optional(), Port: z.number().optional() }).optional(),
  DBSubnetGroup: z
    .object({
      DBSubnetGroupName: z.string().optional(),
      VpcId: z.string().optional(),
      Subnets: z.array(z.object({ SubnetIdentifier: z.string(), SubnetStatus: z.string().optional() })).default([]),
    })
    .optional(),
  TagList: TagListSchema,
});

const ClusterSchema = z.object({
  DBClusterIdentifier: z.string(),
  DbClusterResourceId: z.string().default(''),
  Engine: z.string(),
  EngineVersion: z.string().default(''),
  Status: z.string().default(''),
  Endpoint: z.string().optional(),
  PubliclyAccessible: z.boolean().default(false),
  StorageEncrypted: z.boolean().default(false),
  KmsKeyId: z.string().optional(),
  AutoMinorVersionUpgrade: z.boolean().default(false),
  BackupRetentionPeriod: z.number().default(0),
  BacktrackWindow: z.number().default(0),
  EnabledCloudwatchLogsExports: z.array(z.string()).default([]),
  DeletionProtection: z.boolean().default(false),
  DBClusterParameterGroup: z.string().optional(),
  MultiAZ: z.boolean().default(false),
  MasterUsername: z.string().default(''),
  IAMDatabaseAuthenticationEnabled: z.boolean().default(false),
  CopyTagsToSnapshot: z.boolean().default(false),
  Port: z.number().optional(),
  DBSubnetGroup: z.string().optional(),
  DBClusterMembers: z.array(z.object({ DBInstanceIdentifier: z.string() })).default([]),
  AvailabilityZones: z.array(z.string()).default([]),
  TagList: TagListSchema,
});

const SubnetGroupSchema = z.object({
  DBSubnetGroupName: z.string(),
  DBSubnetGroupArn: z.string().optional(),
  VpcId: z.string().optional(),
  Subnets: z.array(z.object({ SubnetIdentifier: z.string() })).default([]),
});

const InstanceSnapshotSchema = z.object({
  DBSnapshotIdentifier: z.string(),
  DBInstanceIdentifier: z.string().default(''),
  Engine: z.string().default(''),
  Encrypted: z.boolean().default(false),
  KmsKeyId: z.string().optional(),
  SnapshotType: z.string().default(''),
  TagList: TagListSchema,
});

const ClusterSnapshotSchema = z.object({
  DBClusterSnapshotIdentifier: z.string(),
  DBClusterIdentifier: z.string().default(''),
  Engine: z.string().default(''),
  StorageEncrypted: z.boolean().default(false),
  KmsKeyId: z.string().optional(),
  SnapshotType: z.string().default(''),
  TagList: TagListSchema,
});

const SnapshotAttributesSchema = z.array(z.object({ AttributeValues: z.array(z.string()).default([]) })).default([]);

const EventSubscriptionSchema = z.object({
  CustSubscriptionId: z.string(),
  SnsTopicArn: z.string().default(''),
  Status: z.string().default(''),
  SourceType: z.string().default(''),
  SourceIdsList: z.array(z.string()).default([]),
  EventCategoriesList: z.array(z.string()).default([]),
  Enabled: z.boolean().default(false),
});

const ParameterSchema = z.object({ ParameterName: z.string().optional(), ParameterValue: z.string().optional() });

const CertificateSchema = z.object({
  CertificateIdentifier: z.string(),
  CertificateArn: z.string(),
  CertificateType: z.string().default(''),
  ValidFrom: z.date(),
  ValidTill: z.date(),
  CustomerOverride: z.boolean().default(false),
  CustomerOverrideValidTill: z.date().optional(),
});

const EngineVersionSchema = z.object({ Engine: z.string(), EngineVersion: z.string() });

const rdsClient = <T extends AwsResource>(context: LoadContext<T>): RDSClient => context.client(RDSClient);

/** Instances with every setting the checks judge; the listing carries their tags. */
const instances = defineCollection<DbInstance>({
  service: 'rds',
  name: 'instances',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeDBInstances({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
    for (const instance of await context.items('DescribeDBInstances', pages, (page) => page.DBInstances, InstanceSchema, 'DB instance')) {
      const id = instance.DBInstanceIdentifier;
      const clusterId = instance.DBClusterIdentifier ?? null;
      context.resources.add({
        arn: context.arn('rds', `db:${id}`),
        id,
        name: id,
        region: context.region,
        tags: tagRecord(instance.TagList),
        engine: instance.Engine,
        engineVersion: instance.EngineVersion,
        engineLifecycleSupport: instance.EngineLifecycleSupport ?? null,
        status: instance.DBInstanceStatus,
        publiclyAccessible: instance.PubliclyAccessible,
        storageEncrypted: instance.StorageEncrypted,
        kmsKeyId: instance.KmsKeyId ?? null,
        autoMinorVersionUpgrade: instance.AutoMinorVersionUpgrade,
        backupRetentionPeriod: instance.BackupRetentionPeriod,
        cloudwatchLogsExports: instance.EnabledCloudwatchLogsExports,
        deletionProtection: instance.DeletionProtection,
        enhancedMonitoringArn: instance.EnhancedMonitoringResourceArn ?? null,
        multiAz: instance.MultiAZ,
        masterUsername: instance.MasterUsername,
        iamAuth: instance.IAMDatabaseAuthenticationEnabled,
        parameterGroupNames: instance.DBParameterGroups.map((group) => group.DBParameterGroupName),
        securityGroupIds: instance.VpcSecurityGroups.filter((group) => group.Status === 'active').map((group) => group.VpcSecurityGroupId),
        clusterId,
        clusterArn: clusterId === null ? null : context.arn('rds', `cluster:${clusterId}`),
        readReplicaSource: instance.ReadReplicaSourceDBInstanceIdentifier ?? null,
        caCertificateId: instance.CACertificateIdentifier ?? null,
        copyTagsToSnapshot: instance.CopyTagsToSnapshot,
        endpointAddress: instance.Endpoint?.Address ?? null,
        port: instance.Endpoint?.Port ?? null,
        subnetGroupName: instance.DBSubnetGroup?.DBSubnetGroupName ?? null,
        vpcId: instance.DBSubnetGroup?.VpcId ?? null,
        subnetIds: (instance.DBSubnetGroup?.Subnets ?? []).filter((subnet) => subnet.SubnetStatus === 'Active').map((subnet) => subnet.SubnetIdentifier),
      });
    }
  },
});

/** Clusters with every setting the checks judge; the listing carries their tags. */
const clusters = defineCollection<DbCluster>({
  service: 'rds',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeDBClusters({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
    for (const cluster of await context.items('DescribeDBClusters', pages, (page) => page.DBClusters, ClusterSchema, 'DB cluster')) {
      const id = cluster.DBClusterIdentifier;
      context.resources.add({
        arn: context.arn('rds', `cluster:${id}`),
        id,
        name: id,
        region: context.region,
        tags: tagRecord(cluster.TagList),
        resourceId: cluster.DbClusterResourceId,
        engine: cluster.Engine,
        engineVersion: cluster.EngineVersion,
        status: cluster.Status,
        endpoint: cluster.Endpoint ?? null,
        publiclyAccessible: cluster.PubliclyAccessible,
        storageEncrypted: cluster.StorageEncrypted,
        kmsKeyId: cluster.KmsKeyId ?? null,
        autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade,
        backupRetentionPeriod: cluster.BackupRetentionPeriod,
        backtrackWindow: cluster.BacktrackWindow,
        cloudwatchLogsExports: cluster.EnabledCloudwatchLogsExports,
        deletionProtection: cluster.DeletionProtection,
        parameterGroupName: cluster.DBClusterParameterGroup ?? null,
        multiAz: cluster.MultiAZ,
        masterUsername: cluster.MasterUsername,
        iamAuth: cluster.IAMDatabaseAuthenticationEnabled,
        copyTagsToSnapshot: cluster.CopyTagsToSnapshot,
        port: cluster.Port ?? null,
        subnetGroupName: cluster.DBSubnetGroup ?? null,
        memberInstanceIds: cluster.DBClusterMembers.map((member) => member.DBInstanceIdentifier),
        availabilityZones: cluster.AvailabilityZones,
      });
    }
  },
});

/** Subnet groups, one listing per region rather than a DescribeDBSubnetGroups call per cluster. */
const subnetGroups = defineCollection<DbSubnetGroup>({
  service: 'rds',
  name: 'subnetGroups',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeDBSubnetGroups({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
    for (const group of await context.items('DescribeDBSubnetGroups', pages, (page) => page.DBSubnetGroups, SubnetGroupSchema, 'DB subnet group')) {
      const name = group.DBSubnetGroupName;
      context.resources.add({
        arn: group.DBSubnetGroupArn ?? context.arn('rds', `subgrp:${name}`),
        id: name,
        name,
        region: context.region,
        tags: {},
        vpcId: group.VpcId ?? null,
        subnetIds: group.Subnets.map((subnet) => subnet.SubnetIdentifier),
      });
    }
  },
});

/** The account's own instance snapshots, manual and automated (shared and public ones of others are not asked for). */
const instanceSnapshots = defineCollection<InstanceSnapshot>({
  service: 'rds',
  name: 'instanceSnapshots',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeDBSnapshots({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
    for (const snapshot of await context.items('DescribeDBSnapshots', pages, (page) => page.DBSnapshots, InstanceSnapshotSchema, 'DB snapshot')) {
      const id = snapshot.DBSnapshotIdentifier;
      context.resources.add({
        arn: context.arn('rds', `snapshot:${id}`),
        id,
        name: id,
        region: context.region,
        tags: tagRecord(snapshot.TagList),
        instanceId: snapshot.DBInstanceIdentifier,
        engine: snapshot.Engine,
        encrypted: snapshot.Encrypted,
        kmsKeyId: snapshot.KmsKeyId ?? null,
        snapshotType: snapshot.SnapshotType,
      });
    }
  },
});

/** The account's own cluster snapshots, of every engine. */
const clusterSnapshots = defineCollection<ClusterSnapshot>({
  service: 'rds',
  name: 'clusterSnapshots',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeDBClusterSnapshots({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
    for (const snapshot of await context.items('DescribeDBClusterSnapshots', pages, (page) => page.DBClusterSnapshots, ClusterSnapshotSchema, 'DB cluster snapshot')) {
      const id = snapshot.DBClusterSnapshotIdentifier;
      context.resources.add({
        arn: context.arn('rds', `cluster-snapshot:${id}`),
        id,
        name: id,
        region: context.region,
        tags: tagRecord(snapshot.TagList),
        clusterId: snapshot.DBClusterIdentifier,
        engine: snapshot.Engine,
        storageEncrypted: snapshot.StorageEncrypted,
        kmsKeyId: snapshot.KmsKeyId ?? null,
        snapshotType: snapshot.SnapshotType,
      });
    }
  },
});

const grantsEveryone = (attributes: z.infer<typeof SnapshotAttributesSchema>): boolean => attributes.some((attribute) => attribute.AttributeValues.includes('all'));

/**
 * Who may restore each instance snapshot: a DescribeDBSnapshotAttributes call per snapshot, made
 * only for the checks about public snapshots. A snapshot deleted since it was listed restores to
 * no one.
 */
const instanceSnapshotAttributes = perListedResource<InstanceSnapshotWithAttributes, InstanceSnapshot>({
  service: 'rds',
  name: 'instanceSnapshotAttributes',
  scope: 'regional',
  listed: instanceSnapshots,
  operation: 'DescribeDBSnapshots',
  async read(context, snapshot) {
    const isPublic = await context.field('DescribeDBSnapshotAttributes', snapshot.arn, async () => {
      const command = new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.id });
      const response = await unlessAbsent(rdsClient(context).send(command), 'DBSnapshotNotFoundFault', 'DBSnapshotNotFound');
      return grantsEveryone(parse(SnapshotAttributesSchema, response?.DBSnapshotAttributesResult?.DBSnapshotAttributes, 'DB snapshot attributes'));
    });
    return { ...snapshot, public: isPublic };
  },
});

/** Who may restore each cluster snapshot: a DescribeDBClusterSnapshotAttributes call per snapshot, as above. */
const clusterSnapshotAttributes = perListedResource<ClusterSnapshotWithAttributes, ClusterSnapshot>({
  service: 'rds',
  name: 'clusterSnapshotAttributes',
  scope: 'regional',
  listed: clusterSnapshots,
  operation: 'DescribeDBClusterSnapshots',
  async read(context, snapshot) {
    const isPublic = await context.field('DescribeDBClusterSnapshotAttributes', snapshot.arn, async () => {
      const command = new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.id });
      const response = await unlessAbsent(rdsClient(context).send(command), 'DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound');
      return grantsEveryone(parse(SnapshotAttributesSchema, response?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes, 'DB cluster snapshot attributes'));
    });
    return { ...snapshot, public: isPublic };
  },
});

/**
 * Event subscriptions with their tags: DescribeEventSubscriptions does not carry them, so each
 * subscription takes a ListTagsForResource call (few exist per region). A failed tag read decides
 * no verdict, so it is recorded and the subscription keeps no tags.
 */
const eventSubscriptions = defineCollection<EventSubscription>({
  service: 'rds',
  name: 'eventSubscriptions',
  scope: 'regional',
  async load(context) {
    const client = rdsClient(context);
    const pages = paginateDescribeEventSubscriptions({ client, pageSize: PAGE_SIZE }, {});
    const listed = await context.items('DescribeEventSubscriptions', pages, (page) => page.EventSubscriptionsList, EventSubscriptionSchema, 'event subscription');
    await readEach(listed, async (subscription) => {
      const id = subscription.CustSubscriptionId;
      const arn = context.arn('rds', `es:${id}`);
      let tags: Record<string, string> = {};
      await context.read('ListTagsForResource', async () => {
        const response = await client.send(new ListTagsForResourceCommand({ ResourceName: arn }));
        tags = tagRecord(parse(TagListSchema, response.TagList, 'event subscription tags'));
      }, arn);
      context.resources.add({
        arn,
        id,
        name: id,
        region: context.region,
        tags,
        snsTopicArn: subscription.SnsTopicArn,
        status: subscription.Status,
        sourceType: subscription.SourceType,
        sourceIds: subscription.SourceIdsList,
        eventCategories: subscription.EventCategoriesList,
        enabled: subscription.Enabled,
      });
    });
  },
});

/**
 * Runs `work` on the region's listed resources of a collection this one needs; a listing that
 * failed fails this collection too, with the listing's own call.
 */
async function fromListed<T extends AwsResource, L extends AwsResource>(
  context: LoadContext<T>,
  listing: ResourceMap<L>,
  listingOperation: string,
  work: (listed: L[]) => Promise<void>,
): Promise<void> {
  await context.read(listingOperation, () => work(listing.all(context.region)));
}

interface ParameterGroupSource<L extends AwsResource> {
  name: string;
  listed: Collection<L>;
  listingOperation: string;
  operation: string;
  /** The ARN resource part of a group of this kind (`pg`, `cluster-pg`). */
  arnKind: string;
  groupsOf: (resource: L) => (string | null)[];
  parameterPages: (client: RDSClient, groupName: string) => AsyncIterable<{ Parameters?: unknown[] }>;
}

/**
 * The transport parameters of the parameter groups attached to listed databases: one paginated
 * call per distinct group, never per database, and never for a group nothing uses. The
 * parameter-name filter keeps each answer to the two parameters checks read instead of a group's
 * hundreds; the values are still picked out here, since not every endpoint honours the filter.
 */
function parameterGroupCollection<L extends AwsResource>(source: ParameterGroupSource<L>): Collection<DbParameterGroup> {
  return defineCollection<DbParameterGroup, { listed: Collection<L> }>({
    service: 'rds',
    name: source.name,
    scope: 'regional',
    needs: { listed: source.listed },
    async load(context, { listed }) {
      await fromListed(context, listed, source.listingOperation, async (resources) => {
        const names = new Set(resources.flatMap(source.groupsOf).filter((name): name is string => name !== null));
        await readEach([...names], async (name) => {
          const arn = context.arn('rds', `${source.arnKind}:${name}`);
          const parameters = await context.field(source.operation, arn, async () => {
            const values: Record<string, string> = {};
            for await (const page of source.parameterPages(rdsClient(context), name)) {
              for (const raw of page.Parameters ?? []) {
                const { ParameterName, ParameterValue } = parse(ParameterSchema, raw, 'DB parameter');
                if (ParameterName && ParameterValue !== undefined && (TRANSPORT_PARAMETERS as readonly string[]).includes(ParameterName)) values[ParameterName] = ParameterValue;
              }
            }
            return values;
          });
          context.resources.add({ arn, id: name, name, region: context.region, tags: {}, parameters });
        });
      });
    },
  });
}

const TRANSPORT_FILTER = [{ Name: 'parameter-name', Values: [...TRANSPORT_PARAMETERS] }];

const parameterGroups = parameterGroupCollection<DbInstance>({
  name: 'parameterGroups',
  listed: instances,
  listingOperation: 'DescribeDBInstances',
  operation: 'DescribeDBParameters',
  arnKind: 'pg',
  groupsOf: (instance) => instance.parameterGroupNames,
  parameterPages: (client, DBParameterGroupName) => paginateDescribeDBParameters({ client, pageSize: PAGE_SIZE }, { DBParameterGroupName, Filters: TRANSPORT_FILTER }),
});

const clusterParameterGroups = parameterGroupCollection<DbCluster>({
  name: 'clusterParameterGroups',
  listed: clusters,
  listingOperation: 'DescribeDBClusters',
  operation: 'DescribeDBClusterParameters',
  arnKind: 'cluster-pg',
  groupsOf: (cluster) => [cluster.parameterGroupName],
  parameterPages: (client, DBClusterParameterGroupName) =>
    paginateDescribeDBClusterParameters({ client, pageSize: PAGE_SIZE }, { DBClusterParameterGroupName, Filters: TRANSPORT_FILTER }),
});

/**
 * The region's certificate authorities: one unfiltered DescribeCertificates listing covers every
 * instance's CA (instead of a call per instance), read only where an instance is listed.
 */
const certificates = defineCollection<DbCertificate, { instances: typeof instances }>({
  service: 'rds',
  name: 'certificates',
  scope: 'regional',
  needs: { instances },
  async load(context, dependencies) {
    await fromListed(context, dependencies.instances, 'DescribeDBInstances', async (listed) => {
      if (listed.length === 0) return;
      const pages = paginateDescribeCertificates({ client: rdsClient(context), pageSize: PAGE_SIZE }, {});
      for (const certificate of await context.items('DescribeCertificates', pages, (page) => page.Certificates, CertificateSchema, 'certificate')) {
        context.resources.add({
          arn: certificate.CertificateArn,
          id: certificate.CertificateIdentifier,
          name: certificate.CertificateIdentifier,
          region: context.region,
          tags: {},
          type: certificate.CertificateType,
          validFrom: certificate.ValidFrom,
          validTill: certificate.ValidTill,
          customerOverride: certificate.CustomerOverride,
          customerOverrideValidTill: certificate.CustomerOverrideValidTill ?? null,
        });
      }
    });
  },
});

/**
 * The offered versions of each engine the region's instances run: a DescribeDBEngineVersions
 * listing per distinct engine (filtered by engine, so the region's full catalogue of every engine
 * is never paged through).
 */
const engineVersions = defineCollection<DbEngineVersions, { instances: typeof instances }>({
  service: 'rds',
  name: 'engineVersions',
  scope: 'regional',
  needs: { instances },
  async load(context, dependencies) {
    await fromListed(context, dependencies.instances, 'DescribeDBInstances', async (listed) => {
      const engines = new Set(listed.map((instance) => instance.engine));
      await readEach([...engines], async (engine) => {
        const pages = paginateDescribeDBEngineVersions({ client: rdsClient(context), pageSize: PAGE_SIZE }, { Engine: engine });
        const offered = await context.items('DescribeDBEngineVersions', pages, (page) => page.DBEngineVersions, EngineVersionSchema, 'engine version');
        context.resources.add({
          arn: context.arn('rds', `engine:${engine}`),
          id: engine,
          name: engine,
          region: context.region,
          tags: {},
          engine,
          versions: offered.filter((version) => version.Engine === engine).map((version) => version.EngineVersion),
        });
      });
    });
  },
});

export default {
  instances,
  clusters,
  subnetGroups,
  instanceSnapshots,
  instanceSnapshotAttributes,
  clusterSnapshots,
  clusterSnapshotAttributes,
  eventSubscriptions,
  parameterGroups,
  clusterParameterGroups,
  certificates,
  engineVersions,
};
