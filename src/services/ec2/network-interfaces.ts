import { EC2Client, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, tagRecord } from '../collection.js';
import type { AwsResource } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema } from './shared.js';

export interface NetworkInterface extends AwsResource {
  vpcId?: string;
  subnetId?: string;
  securityGroupIds: string[];
  /** What created the interface: "interface" for an instance's own, else the managing service's kind ("lambda", "vpc_endpoint"...). */
  type: string;
  /**
   * Who owns the instance the interface is attached to: an account ID, or an AWS service alias
   * ("amazon-elb", "amazon-rds"); empty when the interface is not attached.
   */
  instanceOwnerId: string;
  /** The public IPv4 address associated with the interface (an Elastic IP or one AWS assigned). */
  publicIp: string | null;
}

const NetworkInterfaceSchema = z.object({
  NetworkInterfaceId: z.string(),
  VpcId: z.string().nullish(),
  SubnetId: z.string().nullish(),
  InterfaceType: z.string(),
  Attachment: z.object({ InstanceOwnerId: z.string().nullish() }).nullish(),
  Association: z.object({ PublicIp: z.string().nullish() }).nullish(),
  Groups: z.array(z.object({ GroupId: z.string() })).nullish(),
  TagSet: TagsSchema,
});

/**
 * A region's network interfaces: EC2 needs them to tell which security groups are in use and by
 * what kind of attachment, VPC which VPCs are in use, and the one listing serves both.
 */
export const networkInterfaces = defineCollection<NetworkInterface>({
  service: 'ec2',
  name: 'networkInterfaces',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeNetworkInterfaces({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    const listed = await context.items('DescribeNetworkInterfaces', pages, (page) => page.NetworkInterfaces, NetworkInterfaceSchema, 'network interface');
    for (const networkInterface of listed) {
      context.resources.add({
        arn: context.arn('ec2', `network-interface/${networkInterface.NetworkInterfaceId}`),
        id: networkInterface.NetworkInterfaceId,
        region: context.region,
        tags: tagRecord(networkInterface.TagSet),
        vpcId: networkInterface.VpcId ?? undefined,
        subnetId: networkInterface.SubnetId ?? undefined,
        securityGroupIds: (networkInterface.Groups ?? []).map((group) => group.GroupId),
        type: networkInterface.InterfaceType,
        instanceOwnerId: networkInterface.Attachment?.InstanceOwnerId ?? '',
        publicIp: networkInterface.Association?.PublicIp || null,
      });
    }
  },
});
