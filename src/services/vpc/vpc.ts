import { EC2Client, paginateDescribeFlowLogs, paginateDescribeVpcs } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, once, tagRecord } from '../collection.js';
import { networkInterfaces } from '../ec2/network-interfaces.js';
import { EC2_PAGE_SIZE, TagsSchema } from '../ec2/shared.js';
import type { AwsResource, Field } from '../resource-map.js';
import connections from './connections.js';
import endpoints from './endpoints.js';
import subnets from './subnets.js';

/** `id` is the VPC ID, `name` its Name tag when it has one. */
export interface Vpc extends AwsResource {
  isDefault: boolean;
  /** Holds at least one network interface. */
  inUse: Field<boolean>;
  /** Has a flow log, whatever its state. */
  flowLogEnabled: Field<boolean>;
}

/** A flow log of one region; `id` is the flow log ID, `resourceId` what it records (VPC, subnet, interface). */
export interface FlowLog extends AwsResource {
  resourceId: string | null;
}

const VpcSchema = z.object({
  VpcId: z.string(),
  IsDefault: z.boolean().default(false),
  Tags: TagsSchema,
});

const FlowLogSchema = z.object({
  FlowLogId: z.string(),
  ResourceId: z.string().nullish(),
  Tags: TagsSchema,
});

const flowLogs = defineCollection<FlowLog>({
  service: 'vpc',
  name: 'flowLogs',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeFlowLogs({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const flowLog of await context.items('DescribeFlowLogs', pages, (page) => page.FlowLogs, FlowLogSchema, 'flow log')) {
      context.resources.add({
        arn: context.arn('ec2', `vpc-flow-log/${flowLog.FlowLogId}`),
        id: flowLog.FlowLogId,
        region: context.region,
        tags: tagRecord(flowLog.Tags),
        resourceId: flowLog.ResourceId ?? null,
      });
    }
  },
});

/**
 * VPCs, whether anything uses them and whether they have flow logs: three regional listings,
 * rather than two filtered calls per VPC.
 */
const vpcs = defineCollection<Vpc, { networkInterfaces: typeof networkInterfaces; flowLogs: typeof flowLogs }>({
  service: 'vpc',
  name: 'vpcs',
  scope: 'regional',
  needs: { networkInterfaces, flowLogs },
  async load(context, dependencies) {
    const vpcsInUse = once(() => new Set(dependencies.networkInterfaces.all(context.region).map((i) => i.vpcId)));
    const recorded = once(() => new Set(dependencies.flowLogs.all(context.region).map((flowLog) => flowLog.resourceId)));
    const pages = paginateDescribeVpcs({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const vpc of await context.items('DescribeVpcs', pages, (page) => page.Vpcs, VpcSchema, 'VPC')) {
      const arn = context.arn('ec2', `vpc/${vpc.VpcId}`);
      const tags = tagRecord(vpc.Tags);
      context.resources.add({
        arn,
        id: vpc.VpcId,
        name: tags.Name || undefined,
        region: context.region,
        tags,
        isDefault: vpc.IsDefault,
        inUse: await context.field('DescribeNetworkInterfaces', arn, () => vpcsInUse().has(vpc.VpcId)),
        flowLogEnabled: await context.field('DescribeFlowLogs', arn, () => recorded().has(vpc.VpcId)),
      });
    }
  },
});

/**
 * VPC's collections, one file per area: VPCs and flow logs here, subnets with the route tables
 * that make them public, endpoints and endpoint services, peering and VPN connections.
 */
export default { vpcs, flowLogs, ...subnets, ...endpoints, ...connections };

export type * from './connections.js';
export type * from './endpoints.js';
export type * from './subnets.js';
