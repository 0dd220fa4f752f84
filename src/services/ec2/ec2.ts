import {
  EC2Client,
  type DescribeInstancesCommandOutput,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, once, parse, tagRecord } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { networkInterfaces, type NetworkInterface } from './network-interfaces.js';

export type { NetworkInterface } from './network-interfaces.js';

export interface Ec2Instance extends AwsResource {
  /** pending, running, stopping, stopped, shutting-down, terminated. */
  state: string;
  publicIp: string | null;
  publicDns: string | null;
  /** IMDS token use, required or optional; null when the instance reports no metadata options. */
  metadataHttpTokens: string | null;
  /** Whether the metadata endpoint answers at all, enabled or disabled; null when not reported. */
  metadataHttpEndpoint: string | null;
}

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
  /** The network interfaces carrying the group. */
  networkInterfaceIds: Field<string[]>;
}

export interface EbsVolume extends AwsResource {
  encrypted: boolean;
}

/** A snapshot the account owns. */
export interface EbsSnapshot extends AwsResource {
  encrypted: boolean;
  /** Restorable by every AWS account. */
  public: Field<boolean>;
}

/** An AMI the account owns; `name` is the image name when it has one. */
export interface MachineImage extends AwsResource {
  public: boolean;
}

/**
 * EBS encryption by default, a per-region account setting. `id` is the account ID and `arn` the
 * region's volume ARN prefix, as Prowler reports it.
 */
export interface EbsEncryptionByDefault extends AwsResource {
  enabled: boolean;
  /** Whether the region holds any volume: the setting matters only where volumes exist. */
  hasVolumes: Field<boolean>;
}

const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();

const InstanceSchema = z.object({
  InstanceId: z.string(),
  State: z.object({ Name: z.string() }),
  PublicIpAddress: z.string().nullish(),
  PublicDnsName: z.string().nullish(),
  MetadataOptions: z.object({ HttpTokens: z.string().nullish(), HttpEndpoint: z.string().nullish() }).nullish(),
  Tags: TagsSchema,
});

const RuleSchema = z
  .object({
    IpProtocol: z.string(),
    FromPort: z.number().nullish(),
    ToPort: z.number().nullish(),
    IpRanges: z.array(z.object({ CidrIp: z.string() })).nullish(),
    Ipv6Ranges: z.array(z.object({ CidrIpv6: z.string() })).nullish(),
  })
  .transform(
    (rule): SecurityGroupRule => ({
      protocol: rule.IpProtocol,
      fromPort: rule.FromPort ?? undefined,
      toPort: rule.ToPort ?? undefined,
      ipv4Ranges: (rule.IpRanges ?? []).map((range) => range.CidrIp),
      ipv6Ranges: (rule.Ipv6Ranges ?? []).map((range) => range.CidrIpv6),
    }),
  );

const SecurityGroupSchema = z.object({
  GroupId: z.string(),
  GroupName: z.string(),
  VpcId: z.string(),
  IpPermissions: z.array(RuleSchema).nullish(),
  IpPermissionsEgress: z.array(RuleSchema).nullish(),
  Tags: TagsSchema,
});

const VolumeSchema = z.object({ VolumeId: z.string(), Encrypted: z.boolean(), Tags: TagsSchema });

const SnapshotSchema = z.object({ SnapshotId: z.string(), Encrypted: z.boolean().default(false), Tags: TagsSchema });

const ImageSchema = z.object({ ImageId: z.string(), Name: z.string().nullish(), Public: z.boolean().default(false), Tags: TagsSchema });

const EbsEncryptionSchema = z.object({ EbsEncryptionByDefault: z.boolean() });

/** The largest page each listing accepts (DescribeVolumes caps at 500). */
const PAGE_SIZE = 1000;
const VOLUME_PAGE_SIZE = 500;

const instances = defineCollection<Ec2Instance>({
  service: 'ec2',
  name: 'instances',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeInstances({ client: context.client(EC2Client), pageSize: PAGE_SIZE }, {});
    const reservations = (page: DescribeInstancesCommandOutput) => page.Reservations?.flatMap((reservation) => reservation.Instances ?? []);
    for (const instance of await context.items('DescribeInstances', pages, reservations, InstanceSchema, 'EC2 instance')) {
      context.resources.add({
        arn: context.arn('ec2', `instance/${instance.InstanceId}`),
        id: instance.InstanceId,
        region: context.region,
        tags: tagRecord(instance.Tags),
        state: instance.State.Name,
        publicIp: instance.PublicIpAddress || null,
        publicDns: instance.PublicDnsName || null,
        metadataHttpTokens: instance.MetadataOptions?.HttpTokens ?? null,
        metadataHttpEndpoint: instance.MetadataOptions?.HttpEndpoint ?? null,
      });
    }
  },
});

/** Groups, each with the interfaces that carry it, from the region's one interface listing. */
const securityGroups = defineCollection<SecurityGroup, { networkInterfaces: typeof networkInterfaces }>({
  service: 'ec2',
  name: 'securityGroups',
  scope: 'regional',
  needs: { networkInterfaces },
  async load(context, dependencies) {
    const carriers = once(() => groupCarriers(dependencies.networkInterfaces.all(context.region)));
    const pages = paginateDescribeSecurityGroups({ client: context.client(EC2Client), pageSize: PAGE_SIZE }, {});
    for (const group of await context.items('DescribeSecurityGroups', pages, (page) => page.SecurityGroups, SecurityGroupSchema, 'security group')) {
      const arn = context.arn('ec2', `security-group/${group.GroupId}`);
      context.resources.add({
        arn,
        id: group.GroupId,
        name: group.GroupName,
        region: context.region,
        tags: tagRecord(group.Tags),
        vpcId: group.VpcId,
        ingressRules: group.IpPermissions ?? [],
        egressRules: group.IpPermissionsEgress ?? [],
        networkInterfaceIds: await context.field('DescribeNetworkInterfaces', arn, () => carriers().get(group.GroupId) ?? []),
      });
    }
  },
});

const volumes = defineCollection<EbsVolume>({
  service: 'ec2',
  name: 'volumes',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeVolumes({ client: context.client(EC2Client), pageSize: VOLUME_PAGE_SIZE }, {});
    for (const volume of await context.items('DescribeVolumes', pages, (page) => page.Volumes, VolumeSchema, 'EBS volume')) {
      context.resources.add({
        arn: context.arn('ec2', `volume/${volume.VolumeId}`),
        id: volume.VolumeId,
        region: context.region,
        tags: tagRecord(volume.Tags),
        encrypted: volume.Encrypted,
      });
    }
  },
});

const ebsEncryptionByDefault = defineCollection<EbsEncryptionByDefault, { volumes: typeof volumes }>({
  service: 'ec2',
  name: 'ebsEncryptionByDefault',
  scope: 'regional',
  needs: { volumes },
  async load(context, dependencies) {
    await context.read('GetEbsEncryptionByDefault', async () => {
      const response = await context.client(EC2Client).send(new GetEbsEncryptionByDefaultCommand({}));
      const arn = context.arn('ec2', 'volume');
      context.resources.add({
        arn,
        id: context.account.id,
        region: context.region,
        tags: {},
        enabled: parse(EbsEncryptionSchema, response, 'EBS encryption by default').EbsEncryptionByDefault,
        hasVolumes: await context.field('DescribeVolumes', arn, () => dependencies.volumes.all(context.region).length > 0),
      });
    });
  },
});

/**
 * The account's snapshots, and which of them are public: one filtered listing finds those,
 * rather than a DescribeSnapshotAttribute call per snapshot.
 */
const snapshots = defineCollection<EbsSnapshot>({
  service: 'ec2',
  name: 'snapshots',
  scope: 'regional',
  async load(context) {
    const client = context.client(EC2Client);
    const publicIds = listPublicSnapshotIds(client, context.account.id);
    // Held until the snapshots await it, so an early failure is not an unhandled rejection.
    publicIds.catch(() => undefined);
    const pages = paginateDescribeSnapshots({ client, pageSize: PAGE_SIZE }, ownSnapshots(context.account.id));
    for (const snapshot of await context.items('DescribeSnapshots', pages, (page) => page.Snapshots, SnapshotSchema, 'EBS snapshot')) {
      const arn = context.arn('ec2', `snapshot/${snapshot.SnapshotId}`);
      context.resources.add({
        arn,
        id: snapshot.SnapshotId,
        region: context.region,
        tags: tagRecord(snapshot.Tags),
        encrypted: snapshot.Encrypted,
        public: await context.field('DescribeSnapshots', arn, async () => (await publicIds).has(snapshot.SnapshotId)),
      });
    }
  },
});

const images = defineCollection<MachineImage>({
  service: 'ec2',
  name: 'images',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeImages({ client: context.client(EC2Client), pageSize: PAGE_SIZE }, { Owners: ['self'], IncludeDeprecated: true });
    for (const image of await context.items('DescribeImages', pages, (page) => page.Images, ImageSchema, 'AMI')) {
      context.resources.add({
        arn: context.arn('ec2', `image/${image.ImageId}`),
        id: image.ImageId,
        name: image.Name ?? undefined,
        region: context.region,
        tags: tagRecord(image.Tags),
        public: image.Public,
      });
    }
  },
});

export default { instances, securityGroups, networkInterfaces, volumes, snapshots, images, ebsEncryptionByDefault };

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

/**
 * The account's own snapshots. The owner-id filter repeats what OwnerIds already says on AWS; it
 * is there for emulators (moto 5.2) that ignore OwnerIds and would list Amazon's AMI snapshots.
 */
function ownSnapshots(accountId: string) {
  return { OwnerIds: ['self'], Filters: [{ Name: 'owner-id', Values: [accountId] }] };
}

/** IDs of the account's snapshots in one region that every AWS account may restore. */
async function listPublicSnapshotIds(client: EC2Client, accountId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const request = { ...ownSnapshots(accountId), RestorableByUserIds: ['all'] };
  for await (const page of paginateDescribeSnapshots({ client, pageSize: PAGE_SIZE }, request)) {
    for (const snapshot of page.Snapshots ?? []) if (snapshot.SnapshotId) ids.add(snapshot.SnapshotId);
  }
  return ids;
}
