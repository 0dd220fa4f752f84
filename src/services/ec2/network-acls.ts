import { EC2Client, paginateDescribeNetworkAcls } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, tagRecord } from '../collection.js';
import type { AwsResource } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema } from './shared.js';

/** One numbered entry of a network ACL; an entry names either an IPv4 or an IPv6 range. */
export interface NetworkAclEntry {
  ruleNumber: number;
  /** A protocol number ("6" for TCP, "17" for UDP) or "-1" for every protocol. */
  protocol: string;
  action: 'allow' | 'deny';
  egress: boolean;
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  /** Set for TCP and UDP entries only. */
  portRange?: { from: number; to: number };
}

/** `id` is the ACL's ID, `name` its Name tag ('' without one). */
export interface NetworkAcl extends AwsResource {
  name: string;
  vpcId: string;
  isDefault: boolean;
  /** Whether some subnet is associated with the ACL. */
  associatedWithSubnet: boolean;
  entries: NetworkAclEntry[];
}

const EntrySchema = z
  .object({
    RuleNumber: z.number(),
    Protocol: z.string(),
    RuleAction: z.enum(['allow', 'deny']),
    Egress: z.boolean(),
    CidrBlock: z.string().nullish(),
    Ipv6CidrBlock: z.string().nullish(),
    PortRange: z.object({ From: z.number(), To: z.number() }).nullish(),
  })
  .transform(
    (entry): NetworkAclEntry => ({
      ruleNumber: entry.RuleNumber,
      protocol: entry.Protocol,
      action: entry.RuleAction,
      egress: entry.Egress,
      ...(entry.CidrBlock ? { cidrBlock: entry.CidrBlock } : {}),
      ...(entry.Ipv6CidrBlock ? { ipv6CidrBlock: entry.Ipv6CidrBlock } : {}),
      ...(entry.PortRange ? { portRange: { from: entry.PortRange.From, to: entry.PortRange.To } } : {}),
    }),
  );

const NetworkAclSchema = z.object({
  NetworkAclId: z.string(),
  VpcId: z.string(),
  IsDefault: z.boolean(),
  Associations: z.array(z.object({ SubnetId: z.string().nullish() })).nullish(),
  Entries: z.array(EntrySchema).nullish(),
  Tags: TagsSchema,
});

/** A region's network ACLs with their entries and subnet associations, from one listing. */
export const networkAcls = defineCollection<NetworkAcl>({
  service: 'ec2',
  name: 'networkAcls',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeNetworkAcls({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const acl of await context.items('DescribeNetworkAcls', pages, (page) => page.NetworkAcls, NetworkAclSchema, 'network ACL')) {
      const tags = tagRecord(acl.Tags);
      context.resources.add({
        arn: context.arn('ec2', `network-acl/${acl.NetworkAclId}`),
        id: acl.NetworkAclId,
        name: tags.Name ?? '',
        region: context.region,
        tags,
        vpcId: acl.VpcId,
        isDefault: acl.IsDefault,
        associatedWithSubnet: (acl.Associations ?? []).some((association) => Boolean(association.SubnetId)),
        entries: acl.Entries ?? [],
      });
    }
  },
});

export default { networkAcls };
