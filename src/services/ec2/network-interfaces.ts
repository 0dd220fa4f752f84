import { EC2Client, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, parse, tagRecord } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

export interface NetworkInterface extends AwsResource {
  vpcId?: string;
  securityGroupIds: string[];
}

const NetworkInterfaceSchema = z.object({
  NetworkInterfaceId: z.string(),
  VpcId: z.string().nullish(),
  Groups: z.array(z.object({ GroupId: z.string() })).nullish(),
  TagSet: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
});

/**
 * A region's network interfaces: EC2 needs them to tell which security groups are in use and VPC
 * which VPCs are, and the one listing serves both.
 */
export const networkInterfaces = defineCollection<NetworkInterface>({
  service: 'ec2',
  name: 'networkInterfaces',
  scope: 'regional',
  async load(context) {
    const client = context.client(EC2Client);
    await context.read('DescribeNetworkInterfaces', async () => {
      for await (const page of paginateDescribeNetworkInterfaces({ client, pageSize: 1000 }, {})) {
        for (const raw of page.NetworkInterfaces ?? []) {
          const parsed = parse(NetworkInterfaceSchema, raw, 'network interface');
          context.resources.add({
            arn: context.arn('ec2', `network-interface/${parsed.NetworkInterfaceId}`),
            id: parsed.NetworkInterfaceId,
            region: context.region,
            tags: tagRecord(parsed.TagSet),
            vpcId: parsed.VpcId ?? undefined,
            securityGroupIds: (parsed.Groups ?? []).map((group) => group.GroupId),
          });
        }
      }
    });
  },
});
