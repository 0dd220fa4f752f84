import { DAXClient, DescribeClustersCommand, ListTagsCommand } from '@aws-sdk/client-dax';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetResourcePolicyCommand,
  ListTagsOfResourceCommand,
  paginateListTables,
} from '@aws-sdk/client-dynamodb';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource, tokenPages, readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListTables and DAX's DescribeClusters return at most 100 items a page. */
const PAGE_SIZE = 100;

/** A DynamoDB table; `id` and `name` are its name. */
export interface Table extends AwsResource {
  name: string;
}

/** What DescribeTable tells about a table. */
export interface TableDescription {
  /** PROVISIONED or PAY_PER_REQUEST; PROVISIONED when AWS names none, as for tables older than on-demand. */
  billingMode: string;
  /** KMS when a KMS key (AWS or customer managed) is named; null for the default AWS-owned key. */
  encryptionType: string | null;
  kmsKeyArn: string | null;
  deletionProtection: boolean;
}

export interface DescribedTable extends Table {
  description: Field<TableDescription>;
}

export interface TableContinuousBackups extends Table {
  pointInTimeRecovery: Field<boolean>;
}

export interface TablePolicy extends Table {
  /** The table's resource-based policy; null when it has none. */
  policy: Field<PolicyDocument | null>;
}

/** A DynamoDB Accelerator (DAX) cluster; `id` and `name` are its name. */
export interface DaxCluster extends AwsResource {
  encryptionAtRest: boolean;
  /** Clients must use TLS to reach the cluster endpoint. */
  tlsEndpoint: boolean;
  /** The Availability Zone of each node, one entry per node. */
  nodeZones: string[];
}

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).default([]);

const DescribeTableSchema = z.object({
  Table: z.object({
    BillingModeSummary: z.object({ BillingMode: z.string().optional() }).optional(),
    SSEDescription: z.object({ SSEType: z.string().optional(), KMSMasterKeyArn: z.string().optional() }).optional(),
    DeletionProtectionEnabled: z.boolean().optional(),
  }),
});

const ContinuousBackupsSchema = z.object({
  ContinuousBackupsDescription: z.object({ PointInTimeRecoveryDescription: z.object({ PointInTimeRecoveryStatus: z.string().optional() }).optional() }),
});

const DaxClusterSchema = z.object({
  ClusterName: z.string(),
  ClusterArn: z.string(),
  SSEDescription: z.object({ Status: z.string().optional() }).optional(),
  ClusterEndpointEncryptionType: z.string().optional(),
  Nodes: z.array(z.object({ AvailabilityZone: z.string() })).default([]),
});

/**
 * Tables are listed per region; each table's tags take a ListTagsOfResource call, read with the
 * listing because every finding about a table carries them. A failed tag read decides no verdict,
 * so it is recorded and the table keeps no tags.
 */
const tables = defineCollection<Table>({
  service: 'dynamodb',
  name: 'tables',
  scope: 'regional',
  async load(context) {
    const client = context.client(DynamoDBClient);
    const pages = paginateListTables({ client, pageSize: PAGE_SIZE }, {});
    const names = await context.items('ListTables', pages, (page) => page.TableNames, z.string(), 'table name');
    await readEach(names, async (name) => {
      const arn = context.arn('dynamodb', `table/${name}`);
      let tags: Record<string, string> = {};
      await context.read('ListTagsOfResource', async () => {
        const response = await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn }));
        tags = tagRecord(parse(TagsSchema, response.Tags, 'table tags'));
      }, arn);
      context.resources.add({ arn, id: name, name, region: context.region, tags });
    });
  },
});

/** Each table's DescribeTable, a call per table: only the checks about its settings ask for it. */
const tableDescriptions = perListedResource<DescribedTable, Table>({
  service: 'dynamodb',
  name: 'tableDescriptions',
  scope: 'regional',
  listed: tables,
  operation: 'ListTables',
  async read(context, table) {
    const description = await context.field('DescribeTable', table.arn, async (): Promise<TableDescription> => {
      const { Table: described } = parse(DescribeTableSchema, await context.client(DynamoDBClient).send(new DescribeTableCommand({ TableName: table.name })), 'table');
      const encryptionType = described.SSEDescription?.SSEType ?? null;
      return {
        billingMode: described.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
        encryptionType,
        kmsKeyArn: encryptionType === 'KMS' ? (described.SSEDescription?.KMSMasterKeyArn ?? null) : null,
        deletionProtection: described.DeletionProtectionEnabled ?? false,
      };
    });
    return { ...table, description };
  },
});

/** Each table's point-in-time recovery status, a DescribeContinuousBackups call per table: only the PITR check asks for it. */
const tableContinuousBackups = perListedResource<TableContinuousBackups, Table>({
  service: 'dynamodb',
  name: 'tableContinuousBackups',
  scope: 'regional',
  listed: tables,
  operation: 'ListTables',
  async read(context, table) {
    const pointInTimeRecovery = await context.field('DescribeContinuousBackups', table.arn, async () => {
      const response = await context.client(DynamoDBClient).send(new DescribeContinuousBackupsCommand({ TableName: table.name }));
      const { ContinuousBackupsDescription } = parse(ContinuousBackupsSchema, response, 'continuous backups');
      return ContinuousBackupsDescription.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED';
    });
    return { ...table, pointInTimeRecovery };
  },
});

/** Each table's resource-based policy, a GetResourcePolicy call per table: only the cross-account check asks for it. */
const tablePolicies = perListedResource<TablePolicy, Table>({
  service: 'dynamodb',
  name: 'tablePolicies',
  scope: 'regional',
  listed: tables,
  operation: 'ListTables',
  async read(context, table) {
    const policy = await context.field('GetResourcePolicy', table.arn, async () => {
      const response = await unlessAbsent(context.client(DynamoDBClient).send(new GetResourcePolicyCommand({ ResourceArn: table.arn })), 'PolicyNotFoundException');
      return response?.Policy ? parsePolicyDocument(response.Policy) : null;
    });
    return { ...table, policy };
  },
});

/**
 * DAX clusters of each region where DAX is offered, with their tags (a ListTags call per cluster,
 * recorded but deciding no verdict when it fails). DAX has no SDK paginator, so its NextToken is
 * followed here.
 */
const daxClusters = defineCollection<DaxCluster>({
  service: 'dynamodb',
  name: 'daxClusters',
  scope: 'regional',
  endpoint: 'dax',
  async load(context) {
    const client = context.client(DAXClient);
    const pages = tokenPages((NextToken) => client.send(new DescribeClustersCommand({ MaxResults: PAGE_SIZE, NextToken })), (page) => page.NextToken);
    const clusters = await context.items('DescribeClusters', pages, (page) => page.Clusters, DaxClusterSchema, 'DAX cluster');
    await readEach(clusters, async (cluster) => {
      context.resources.add({
        arn: cluster.ClusterArn,
        id: cluster.ClusterName,
        name: cluster.ClusterName,
        region: context.region,
        tags: await daxTags(context, client, cluster.ClusterArn),
        encryptionAtRest: cluster.SSEDescription?.Status === 'ENABLED',
        tlsEndpoint: cluster.ClusterEndpointEncryptionType === 'TLS',
        nodeZones: cluster.Nodes.map((node) => node.AvailabilityZone),
      });
    });
  },
});

async function daxTags(context: LoadContext<DaxCluster>, client: DAXClient, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read('ListTags', async () => {
    const pages = tokenPages((NextToken) => client.send(new ListTagsCommand({ ResourceName: arn, NextToken })), (page) => page.NextToken);
    for await (const page of pages) tags = { ...tags, ...tagRecord(parse(TagsSchema, page.Tags, 'DAX cluster tags')) };
  }, arn);
  return tags;
}

export default { tables, tableDescriptions, tableContinuousBackups, tablePolicies, daxClusters };
