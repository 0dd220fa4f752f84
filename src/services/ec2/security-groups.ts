import { EC2Client, paginateDescribeSecurityGroups } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, once, tagRecord } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { networkInterfaces, type NetworkInterface } from './network-interfaces.js';
import { EC2_PAGE_SIZE, TagsSchema } from './shared.js';

/** One rule of a security group, reduced to what decides who may reach what. */
export interface SecurityGroupRule {
  /** tcp, udp, icmp, a protocol number, or -1 for every protocol. */
  protocol: string;
  /** Unset for rules on every protocol; the ICMP type and code for ICMP rules. */
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
}

/** `id` is the group ID, `name` the group name ("default" for a VPC's default group). */
export interface SecurityGroup extends AwsResource {
  name: string;
  vpcId: string;
  ingressRules: SecurityGroupRule[];
  egressRules: SecurityGroupRule[];
  /** Groups whose members some inbound rule admits (a group's reference to itself included). */
  ingressSourceGroupIds: string[];
  /** The network interfaces carrying the group. */
  networkInterfaceIds: Field<string[]>;
}

const PermissionSchema = z.object({
  IpProtocol: z.string(),
  FromPort: z.number().nullish(),
  ToPort: z.number().nullish(),
  IpRanges: z.array(z.object({ CidrIp: z.string() })).nullish(),
  Ipv6Ranges: z.array(z.object({ CidrIpv6: z.string() })).nullish(),
  UserIdGroupPairs: z.array(z.object({ GroupId: z.string().nullish() })).nullish(),
});

type Permission = z.infer<typeof PermissionSchema>;

const SecurityGroupSchema = z.object({
  GroupId: z.string(),
  GroupName: z.string(),
  VpcId: z.string(),
  IpPermissions: z.array(PermissionSchema).nullish(),
  IpPermissionsEgress: z.array(PermissionSchema).nullish(),
  Tags: TagsSchema,
});

/** Groups, each with the interfaces that carry it, from the region's one interface listing. */
export const securityGroups = defineCollection<SecurityGroup, { networkInterfaces: typeof networkInterfaces }>({
  service: 'ec2',
  name: 'securityGroups',
  scope: 'regional',
  needs: { networkInterfaces },
  async load(context, dependencies) {
    const carriers = once(() => groupCarriers(dependencies.networkInterfaces.all(context.region)));
    const pages = paginateDescribeSecurityGroups({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const group of await context.items('DescribeSecurityGroups', pages, (page) => page.SecurityGroups, SecurityGroupSchema, 'security group')) {
      const arn = context.arn('ec2', `security-group/${group.GroupId}`);
      context.resources.add({
        arn,
        id: group.GroupId,
        name: group.GroupName,
        region: context.region,
        tags: tagRecord(group.Tags),
        vpcId: group.VpcId,
        ingressRules: (group.IpPermissions ?? []).map(ruleOf),
        egressRules: (group.IpPermissionsEgress ?? []).map(ruleOf),
        ingressSourceGroupIds: (group.IpPermissions ?? []).flatMap((permission) => (permission.UserIdGroupPairs ?? []).flatMap((pair) => (pair.GroupId ? [pair.GroupId] : []))),
        networkInterfaceIds: await context.field('DescribeNetworkInterfaces', arn, () => carriers().get(group.GroupId) ?? []),
      });
    }
  },
});

export default { securityGroups, networkInterfaces };

/** Security group ID -> IDs of the network interfaces that carry it. */
function groupCarriers(interfaces: readonly NetworkInterface[]): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const networkInterface of interfaces) {
    for (const groupId of networkInterface.securityGroupIds) {
      byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), networkInterface.id]);
    }
  }
  return byGroup;
}

/** A permission reduced to who may reach what by address; the groups it names are kept on the group. */
function ruleOf(permission: Permission): SecurityGroupRule {
  return {
    protocol: permission.IpProtocol,
    fromPort: permission.FromPort ?? undefined,
    toPort: permission.ToPort ?? undefined,
    ipv4Ranges: (permission.IpRanges ?? []).map((range) => range.CidrIp),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6),
  };
}
