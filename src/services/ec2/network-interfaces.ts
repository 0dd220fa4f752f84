import { EC2Client, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, tagRecord } from '../collection.js';
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
    const pages = paginateDescribeNetworkInterfaces({ client: context.client(EC2Client), pageSize: 1000 }, {});
    const listed = await context.items('DescribeNetworkInterfaces', pages, (page) => page.NetworkInterfaces, NetworkInterfaceSchema, 'network interface');
    for (const networkInterface of listed) {
      context.resources.add({
        arn: context.arn('ec2', `network-interface/${networkInterface.NetworkInterfaceId}`),
        id: networkInterface.NetworkInterfaceId,
        region: context.region,
        tags: tagRecord(networkInterface.TagSet),
        vpcId: networkInterface.VpcId ?? undefined,
        securityGroupIds: (networkInterface.Groups ?? []).map((group) => group.GroupId),
      });
    }
  },
});
