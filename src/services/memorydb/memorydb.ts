import { MemoryDBClient, paginateDescribeClusters } from '@aws-sdk/client-memorydb';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** DescribeClusters returns at most 100 clusters a page. */
const PAGE_SIZE = 100;

/** A MemoryDB cluster; `id` and `name` are its name. */
export interface MemoryDbCluster extends AwsResource {
  autoMinorVersionUpgrade: boolean;
}

/**
 * The attributes Prowler requires of a cluster: it leaves out a cluster that lacks any of them
 * (one still being created), so this listing does too.
 */
const ClusterSchema = z.object({
  ARN: z.string(),
  Name: z.string(),
  NumberOfShards: z.number().optional(),
  Engine: z.string().optional(),
  EngineVersion: z.string().optional(),
  EnginePatchVersion: z.string().optional(),
  TLSEnabled: z.boolean().optional(),
  AutoMinorVersionUpgrade: z.boolean().optional(),
  SnapshotRetentionLimit: z.number().optional(),
});

const REQUIRED_ATTRIBUTES = [
  'NumberOfShards',
  'Engine',
  'EngineVersion',
  'EnginePatchVersion',
  'TLSEnabled',
  'AutoMinorVersionUpgrade',
  'SnapshotRetentionLimit',
] as const;

const clusters = defineCollection<MemoryDbCluster>({
  service: 'memorydb',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeClusters({ client: context.client(MemoryDBClient), pageSize: PAGE_SIZE }, {});
    for (const cluster of await context.items('DescribeClusters', pages, (page) => page.Clusters, ClusterSchema, 'MemoryDB cluster')) {
      if (REQUIRED_ATTRIBUTES.some((attribute) => cluster[attribute] === undefined)) continue;
      context.resources.add({
        arn: cluster.ARN,
        id: cluster.Name,
        name: cluster.Name,
        region: context.region,
        tags: {},
        autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade === true,
      });
    }
  },
});

export default { clusters };
