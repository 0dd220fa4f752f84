import {
  DatabaseMigrationServiceClient,
  paginateDescribeEndpoints,
  paginateDescribeReplicationInstances,
  paginateDescribeReplicationTasks,
} from '@aws-sdk/client-database-migration-service';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** DMS's Describe calls return at most 100 records a page. */
const PAGE_SIZE = 100;

/** A DMS replication instance; `id` is its identifier. */
export interface ReplicationInstance extends AwsResource {
  publiclyAccessible: boolean;
  autoMinorVersionUpgrade: boolean;
  multiAz: boolean;
  /** The VPC security groups attached and active. */
  securityGroupIds: string[];
}

/** A DMS source or target endpoint; `id` is its identifier. */
export interface MigrationEndpoint extends AwsResource {
  /** mysql, mongodb, redis, neptune... */
  engineName: string;
  /** none, require, verify-ca or verify-full; null when AWS names no mode. */
  sslMode: string | null;
  /** Redis settings' SslSecurityProtocol; plaintext when unset. */
  redisSslProtocol: string;
  /** MongoDB settings' AuthType; no when unset. */
  mongoDbAuthType: string;
  neptuneIamAuthEnabled: boolean;
}

/** One component's logging level in a replication task's settings. */
export interface LogComponent {
  id: string;
  severity: string;
}

/** A DMS replication task; `id` is its identifier. */
export interface ReplicationTask extends AwsResource {
  loggingEnabled: boolean;
  logComponents: LogComponent[];
}

/** The settings the checks judge are required: an answer without one is malformed, not a pass. */
const InstanceSchema = z.object({
  ReplicationInstanceArn: z.string(),
  ReplicationInstanceIdentifier: z.string(),
  PubliclyAccessible: z.boolean(),
  AutoMinorVersionUpgrade: z.boolean(),
  MultiAZ: z.boolean(),
  VpcSecurityGroups: z.array(z.object({ VpcSecurityGroupId: z.string(), Status: z.string().optional() })).default([]),
});

const EndpointSchema = z.object({
  EndpointArn: z.string(),
  EndpointIdentifier: z.string(),
  EngineName: z.string(),
  SslMode: z.string().optional(),
  RedisSettings: z.object({ SslSecurityProtocol: z.string().optional() }).optional(),
  MongoDbSettings: z.object({ AuthType: z.string().optional() }).optional(),
  NeptuneSettings: z.object({ IamAuthEnabled: z.boolean().optional() }).optional(),
});

const TaskSchema = z.object({
  ReplicationTaskArn: z.string(),
  ReplicationTaskIdentifier: z.string(),
  ReplicationTaskSettings: z.string().optional(),
});

const TaskSettingsSchema = z.object({
  Logging: z
    .object({
      EnableLogging: z.boolean().optional(),
      LogComponents: z.array(z.object({ Id: z.string(), Severity: z.string() })).optional(),
    })
    .optional(),
});

const replicationInstances = defineCollection<ReplicationInstance>({
  service: 'dms',
  name: 'replicationInstances',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeReplicationInstances({ client: context.client(DatabaseMigrationServiceClient), pageSize: PAGE_SIZE }, {});
    const instances = await context.items('DescribeReplicationInstances', pages, (page) => page.ReplicationInstances, InstanceSchema, 'replication instance');
    for (const instance of instances) {
      context.resources.add({
        arn: instance.ReplicationInstanceArn,
        id: instance.ReplicationInstanceIdentifier,
        region: context.region,
        tags: {},
        publiclyAccessible: instance.PubliclyAccessible,
        autoMinorVersionUpgrade: instance.AutoMinorVersionUpgrade,
        multiAz: instance.MultiAZ,
        securityGroupIds: instance.VpcSecurityGroups.filter((group) => group.Status === 'active').map((group) => group.VpcSecurityGroupId),
      });
    }
  },
});

const endpoints = defineCollection<MigrationEndpoint>({
  service: 'dms',
  name: 'endpoints',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeEndpoints({ client: context.client(DatabaseMigrationServiceClient), pageSize: PAGE_SIZE }, {});
    for (const endpoint of await context.items('DescribeEndpoints', pages, (page) => page.Endpoints, EndpointSchema, 'DMS endpoint')) {
      context.resources.add({
        arn: endpoint.EndpointArn,
        id: endpoint.EndpointIdentifier,
        region: context.region,
        tags: {},
        engineName: endpoint.EngineName,
        sslMode: endpoint.SslMode ?? null,
        redisSslProtocol: endpoint.RedisSettings?.SslSecurityProtocol ?? 'plaintext',
        mongoDbAuthType: endpoint.MongoDbSettings?.AuthType ?? 'no',
        neptuneIamAuthEnabled: endpoint.NeptuneSettings?.IamAuthEnabled === true,
      });
    }
  },
});

/**
 * Replication tasks with their settings (a JSON document in the listing itself). A task whose
 * settings are missing or not JSON is left out, as Prowler cannot read it either.
 */
const replicationTasks = defineCollection<ReplicationTask>({
  service: 'dms',
  name: 'replicationTasks',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeReplicationTasks({ client: context.client(DatabaseMigrationServiceClient), pageSize: PAGE_SIZE }, {});
    for (const task of await context.items('DescribeReplicationTasks', pages, (page) => page.ReplicationTasks, TaskSchema, 'replication task')) {
      const settings = taskSettings(task.ReplicationTaskSettings);
      if (settings === null) continue;
      context.resources.add({
        arn: task.ReplicationTaskArn,
        id: task.ReplicationTaskIdentifier,
        region: context.region,
        tags: {},
        loggingEnabled: settings.Logging?.EnableLogging === true,
        logComponents: (settings.Logging?.LogComponents ?? []).map((component) => ({ id: component.Id, severity: component.Severity })),
      });
    }
  },
});

function taskSettings(json: string | undefined): z.infer<typeof TaskSettingsSchema> | null {
  if (json === undefined) return null;
  try {
    const settings = TaskSettingsSchema.safeParse(JSON.parse(json));
    return settings.success ? settings.data : null;
  } catch {
    return null;
  }
}

export default { replicationInstances, endpoints, replicationTasks };
