import {
  EC2Client,
  paginateDescribeFlowLogs,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';

import { regionNetworkInterfaces } from '../ec2/network-interfaces.js';
import type { AwsResource } from '../resource-map.js';
import { RegionalService, parse, sharedListing, tagRecord } from '../service.js';

/** `id` is the VPC ID, `name` its Name tag when it has one. */
export interface Vpc extends AwsResource {
  isDefault: boolean;
  /** Holds at least one network interface; undefined when interfaces could not be listed. */
  inUse?: boolean;
  /** Has a flow log, whatever its state; undefined when flow logs could not be listed. */
  flowLogEnabled?: boolean;
}

const VpcSchema = z.object({
  VpcId: z.string(),
  IsDefault: z.boolean().default(false),
  Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
});

const FlowLogSchema = z.object({ ResourceId: z.string().nullish() });

const PAGE_SIZE = 1000;

export class VpcService extends RegionalService {
  readonly name = 'vpc';
  readonly vpcs = this.resources<Vpc>('VPCs');

  /**
   * VPCs, the interfaces in them and the flow logs are three regional listings run side by side,
   * rather than two filtered calls per VPC.
   */
  protected async loadRegion(region: string): Promise<void> {
    const client = this.client(EC2Client, region);
    const vpcsInUse = sharedListing(
      regionNetworkInterfaces(this.scope.clients, region).then((interfaces) => new Set(interfaces.map((i) => i.vpcId))),
    );
    const flowLogResources = sharedListing(listFlowLogResources(client));
    const vpcs: Vpc[] = [];
    await this.read(this.vpcs, region, 'DescribeVpcs', async () => {
      for await (const page of paginateDescribeVpcs({ client, pageSize: PAGE_SIZE }, {})) {
        for (const raw of page.Vpcs ?? []) {
          const vpc = parse(VpcSchema, raw, 'VPC');
          const tags = tagRecord(vpc.Tags ?? undefined);
          vpcs.push({
            arn: this.arn('ec2', region, `vpc/${vpc.VpcId}`),
            id: vpc.VpcId,
            name: tags.Name || undefined,
            region,
            tags,
            isDefault: vpc.IsDefault,
          });
        }
      }
    });
    await Promise.all(
      vpcs.map(async (vpc) => {
        this.vpcs.add(vpc);
        await Promise.all([
          this.read(this.vpcs, region, 'DescribeNetworkInterfaces', async () => {
            vpc.inUse = (await vpcsInUse).has(vpc.id);
          }, vpc.arn),
          this.read(this.vpcs, region, 'DescribeFlowLogs', async () => {
            vpc.flowLogEnabled = (await flowLogResources).has(vpc.id);
          }, vpc.arn),
        ]);
      }),
    );
  }
}

/** The IDs of the resources (VPCs, subnets, interfaces...) that have a flow log in one region. */
async function listFlowLogResources(client: EC2Client): Promise<Set<string>> {
  const resourceIds = new Set<string>();
  for await (const page of paginateDescribeFlowLogs({ client, pageSize: PAGE_SIZE }, {})) {
    for (const raw of page.FlowLogs ?? []) {
      const { ResourceId } = parse(FlowLogSchema, raw, 'flow log');
      if (ResourceId) resourceIds.add(ResourceId);
    }
  }
  return resourceIds;
}
