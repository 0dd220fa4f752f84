import { DescribeClusterCommand, EMRClient, GetBlockPublicAccessConfigurationCommand, paginateListClusters, type ClusterState } from '@aws-sdk/client-emr';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** An EMR cluster that is not terminated; `id` is its cluster ID (j-...) and `name` its name. */
export interface EmrCluster extends AwsResource {
  name: string;
  /** STARTING, BOOTSTRAPPING, RUNNING, WAITING or TERMINATING. */
  state: string;
  nodes: Field<EmrClusterNodes>;
}

/** Where a cluster's nodes are reachable from, from DescribeCluster. */
export interface EmrClusterNodes {
  /** The master node's public DNS name; null when it has none. */
  masterPublicDnsName: string | null;
  /** The master node's security groups: EMR's managed one first (when it has one), then the additional ones. */
  masterSecurityGroupIds: string[];
  /** The core and task nodes' security groups, in the same order. */
  slaveSecurityGroupIds: string[];
}

/**
 * The region's EMR block public access setting, an account setting of each region. Its `arn` is
 * the region's cluster ARN prefix and `id` the account ID, as Prowler reports it.
 */
export interface EmrBlockPublicAccess extends AwsResource {
  /** Whether clusters may not start with security groups open to the Internet on unpermitted ports. */
  blockPublicSecurityGroupRules: boolean;
}

/** Every state but TERMINATED and TERMINATED_WITH_ERRORS: the checks judge only clusters that still run. */
const LIVE_STATES: ClusterState[] = ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING', 'TERMINATING'];

const ClusterSummarySchema = z.object({ Id: z.string(), Name: z.string(), ClusterArn: z.string(), Status: z.object({ State: z.string() }) });

const ClusterSchema = z.object({
  Cluster: z.object({
    MasterPublicDnsName: z.string().nullish(),
    Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
    Ec2InstanceAttributes: z
      .object({
        EmrManagedMasterSecurityGroup: z.string().nullish(),
        AdditionalMasterSecurityGroups: z.array(z.string()).nullish(),
        EmrManagedSlaveSecurityGroup: z.string().nullish(),
        AdditionalSlaveSecurityGroups: z.array(z.string()).nullish(),
      })
      .nullish(),
  }),
});

const BlockPublicAccessSchema = z.object({ BlockPublicAccessConfiguration: z.object({ BlockPublicSecurityGroupRules: z.boolean() }) });

/**
 * The region's clusters that have not terminated (one filtered listing), each described by
 * DescribeCluster: both cluster checks judge what only that call tells, so the listing carries it.
 */
const clusters = defineCollection<EmrCluster>({
  service: 'emr',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const client = context.client(EMRClient);
    const pages = paginateListClusters({ client }, { ClusterStates: LIVE_STATES });
    const listed = await context.items('ListClusters', pages, (page) => page.Clusters, ClusterSummarySchema, 'EMR cluster');
    const described = await readEach(listed, async (summary): Promise<EmrCluster> => {
      let tags: Record<string, string> = {};
      const nodes = await context.field('DescribeCluster', summary.ClusterArn, async () => {
        const cluster = parse(ClusterSchema, await client.send(new DescribeClusterCommand({ ClusterId: summary.Id })), 'EMR cluster').Cluster;
        tags = tagRecord(cluster.Tags);
        const attributes = cluster.Ec2InstanceAttributes;
        return {
          masterPublicDnsName: cluster.MasterPublicDnsName || null,
          masterSecurityGroupIds: groupIds(attributes?.EmrManagedMasterSecurityGroup, attributes?.AdditionalMasterSecurityGroups),
          slaveSecurityGroupIds: groupIds(attributes?.EmrManagedSlaveSecurityGroup, attributes?.AdditionalSlaveSecurityGroups),
        };
      });
      return { arn: summary.ClusterArn, id: summary.Id, name: summary.Name, region: context.region, tags, state: summary.Status.State, nodes };
    });
    for (const cluster of described) context.resources.add(cluster);
  },
});

function groupIds(managed: string | null | undefined, additional: readonly string[] | null | undefined): string[] {
  return [...(managed ? [managed] : []), ...(additional ?? [])];
}

const blockPublicAccess = defineCollection<EmrBlockPublicAccess>({
  service: 'emr',
  name: 'blockPublicAccess',
  scope: 'regional',
  async load(context) {
    await context.read('GetBlockPublicAccessConfiguration', async () => {
      const response = await context.client(EMRClient).send(new GetBlockPublicAccessConfigurationCommand({}));
      const configuration = parse(BlockPublicAccessSchema, response, 'EMR block public access configuration').BlockPublicAccessConfiguration;
      context.resources.add({
        arn: context.arn('elasticmapreduce', 'cluster'),
        id: context.account.id,
        region: context.region,
        tags: {},
        blockPublicSecurityGroupRules: configuration.BlockPublicSecurityGroupRules,
      });
    });
  },
});

export default { clusters, blockPublicAccess };
