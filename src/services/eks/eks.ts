import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListClusters returns at most 100 names a page. */
const CLUSTERS_PAGE_SIZE = 100;

/** An EKS cluster; `id` and `name` are its name. */
export interface EksCluster extends AwsResource {
  name: string;
  configuration: Field<EksClusterConfiguration>;
}

/** What DescribeCluster tells about a cluster; null where AWS leaves a setting out. */
export interface EksClusterConfiguration {
  /** The Kubernetes version ("1.31"); null while AWS reports none. */
  version: string | null;
  /**
   * The first of the cluster's control plane logging entries, as Prowler reads it (AWS lists the
   * enabled types and the disabled types as separate entries); null when AWS gives none.
   */
  logging: { enabled: boolean; types: string[] } | null;
  securityGroupId: string | null;
  endpointPublicAccess: boolean | null;
  endpointPrivateAccess: boolean | null;
  publicAccessCidrs: string[];
  /** Whether the answer carries an encryption configuration at all, even an empty one. */
  hasEncryptionConfig: boolean;
  deletionProtection: boolean | null;
}

const DescriptionSchema = z.object({
  cluster: z.object({
    version: z.string().nullish(),
    logging: z.object({ clusterLogging: z.array(z.object({ types: z.array(z.string()).nullish(), enabled: z.boolean().nullish() })).nullish() }).nullish(),
    resourcesVpcConfig: z
      .object({
        clusterSecurityGroupId: z.string().nullish(),
        endpointPublicAccess: z.boolean().nullish(),
        endpointPrivateAccess: z.boolean().nullish(),
        publicAccessCidrs: z.array(z.string()).nullish(),
      })
      .nullish(),
    encryptionConfig: z.array(z.unknown()).nullish(),
    deletionProtection: z.boolean().nullish(),
    tags: z.record(z.string(), z.string()).nullish(),
  }),
});

/**
 * Every EKS cluster of the region, each described by DescribeCluster: ListClusters gives names only
 * and every EKS check judges what the description holds, so the listing carries it.
 */
const clusters = defineCollection<EksCluster>({
  service: 'eks',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const client = context.client(EKSClient);
    const pages = paginateListClusters({ client, pageSize: CLUSTERS_PAGE_SIZE }, {});
    const names = await context.items('ListClusters', pages, (page) => page.clusters, z.string(), 'EKS cluster name');
    const described = await readEach(names, async (name): Promise<EksCluster> => {
      const arn = context.arn('eks', `cluster/${name}`);
      let tags: Record<string, string> = {};
      const configuration = await context.field('DescribeCluster', arn, async () => {
        const { cluster } = parse(DescriptionSchema, await client.send(new DescribeClusterCommand({ name })), 'EKS cluster description');
        tags = cluster.tags ?? {};
        const logging = cluster.logging?.clusterLogging?.[0];
        const network = cluster.resourcesVpcConfig;
        return {
          version: cluster.version || null,
          logging: logging ? { enabled: logging.enabled ?? false, types: logging.types ?? [] } : null,
          securityGroupId: network?.clusterSecurityGroupId || null,
          endpointPublicAccess: network?.endpointPublicAccess ?? null,
          endpointPrivateAccess: network?.endpointPrivateAccess ?? null,
          publicAccessCidrs: network?.publicAccessCidrs ?? [],
          hasEncryptionConfig: cluster.encryptionConfig !== undefined && cluster.encryptionConfig !== null,
          deletionProtection: cluster.deletionProtection ?? null,
        };
      });
      return { arn, id: name, name, region: context.region, tags, configuration };
    });
    for (const cluster of described) context.resources.add(cluster);
  },
});

export default { clusters };
