import {
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';
import type { AwsResource } from '../resource-map.js';
import { RegionalService, parse, sharedListing, tagRecord } from '../service.js';

import { regionNetworkInterfaces, type NetworkInterface } from './network-interfaces.js';

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
  /** The network interfaces carrying the group; undefined when interfaces could not be listed. */
  networkInterfaceIds?: string[];
}

export interface EbsVolume extends AwsResource {
  encrypted: boolean;
}

/** A snapshot the account owns. */
export interface EbsSnapshot extends AwsResource {
  encrypted: boolean;
  /** Restorable by every AWS account; undefined when public snapshots could not be listed. */
  public?: boolean;
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
  /** Whether the region holds any volume; undefined when volumes could not be listed. */
  hasVolumes?: boolean;
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

export class Ec2Service extends RegionalService {
  readonly name = 'ec2';
  readonly instances = this.resources<Ec2Instance>('instances');
  readonly securityGroups = this.resources<SecurityGroup>('security groups');
  readonly volumes = this.resources<EbsVolume>('volumes');
  readonly snapshots = this.resources<EbsSnapshot>('snapshots');
  readonly images = this.resources<MachineImage>('images');
  readonly ebsEncryptionByDefault = this.resources<EbsEncryptionByDefault>('EBS encryption settings');

  protected async loadRegion(region: string): Promise<void> {
    const client = this.client(EC2Client, region);
    await Promise.all([
      this.loadInstances(client, region),
      this.loadSecurityGroups(client, region),
      this.loadVolumesAndEncryptionByDefault(client, region),
      this.loadSnapshots(client, region),
      this.loadImages(client, region),
    ]);
  }

  private async loadInstances(client: EC2Client, region: string): Promise<void> {
    await this.read(this.instances, region, 'DescribeInstances', async () => {
      for await (const page of paginateDescribeInstances({ client, pageSize: PAGE_SIZE }, {})) {
        for (const reservation of page.Reservations ?? []) {
          for (const raw of reservation.Instances ?? []) {
            const instance = parse(InstanceSchema, raw, 'EC2 instance');
            this.instances.add({
              arn: this.arn('ec2', region, `instance/${instance.InstanceId}`),
              id: instance.InstanceId,
              region,
              tags: tagRecord(instance.Tags ?? undefined),
              state: instance.State.Name,
              publicIp: instance.PublicIpAddress || null,
              publicDns: instance.PublicDnsName || null,
              metadataHttpTokens: instance.MetadataOptions?.HttpTokens ?? null,
              metadataHttpEndpoint: instance.MetadataOptions?.HttpEndpoint ?? null,
            });
          }
        }
      }
    });
  }

  /** Groups and the interfaces carrying them are listed side by side, then joined per group. */
  private async loadSecurityGroups(client: EC2Client, region: string): Promise<void> {
    const interfacesByGroup = sharedListing(
      regionNetworkInterfaces(this.scope.clients, region).then(groupCarriers),
    );
    const groups: SecurityGroup[] = [];
    await this.read(this.securityGroups, region, 'DescribeSecurityGroups', async () => {
      for await (const page of paginateDescribeSecurityGroups({ client, pageSize: PAGE_SIZE }, {})) {
        for (const raw of page.SecurityGroups ?? []) {
          const group = parse(SecurityGroupSchema, raw, 'security group');
          groups.push({
            arn: this.arn('ec2', region, `security-group/${group.GroupId}`),
            id: group.GroupId,
            name: group.GroupName,
            region,
            tags: tagRecord(group.Tags ?? undefined),
            vpcId: group.VpcId,
            ingressRules: group.IpPermissions ?? [],
            egressRules: group.IpPermissionsEgress ?? [],
          });
        }
      }
    });
    await Promise.all(
      groups.map(async (group) => {
        this.securityGroups.add(group);
        await this.read(this.securityGroups, region, 'DescribeNetworkInterfaces', async () => {
          group.networkInterfaceIds = (await interfacesByGroup).get(group.id) ?? [];
        }, group.arn);
      }),
    );
  }

  /** The default-encryption setting matters only where volumes exist, so it carries that fact. */
  private async loadVolumesAndEncryptionByDefault(client: EC2Client, region: string): Promise<void> {
    const volumes = sharedListing(this.listVolumes(client, region));
    await Promise.all([
      this.read(this.volumes, region, 'DescribeVolumes', async () => {
        for (const volume of await volumes) this.volumes.add(volume);
      }),
      this.read(this.ebsEncryptionByDefault, region, 'GetEbsEncryptionByDefault', async () => {
        const response = await client.send(new GetEbsEncryptionByDefaultCommand({}));
        const setting: EbsEncryptionByDefault = {
          arn: this.arn('ec2', region, 'volume'),
          id: this.account.id,
          region,
          tags: {},
          enabled: parse(EbsEncryptionSchema, response, 'EBS encryption by default').EbsEncryptionByDefault,
        };
        this.ebsEncryptionByDefault.add(setting);
        await this.read(this.ebsEncryptionByDefault, region, 'DescribeVolumes', async () => {
          setting.hasVolumes = (await volumes).length > 0;
        }, setting.arn);
      }),
    ]);
  }

  private async listVolumes(client: EC2Client, region: string): Promise<EbsVolume[]> {
    const volumes: EbsVolume[] = [];
    for await (const page of paginateDescribeVolumes({ client, pageSize: VOLUME_PAGE_SIZE }, {})) {
      for (const raw of page.Volumes ?? []) {
        const volume = parse(VolumeSchema, raw, 'EBS volume');
        volumes.push({
          arn: this.arn('ec2', region, `volume/${volume.VolumeId}`),
          id: volume.VolumeId,
          region,
          tags: tagRecord(volume.Tags ?? undefined),
          encrypted: volume.Encrypted,
        });
      }
    }
    return volumes;
  }

  /**
   * The account's snapshots, and which of them are public: one filtered listing finds those,
   * rather than a DescribeSnapshotAttribute call per snapshot.
   */
  private async loadSnapshots(client: EC2Client, region: string): Promise<void> {
    const publicIds = sharedListing(listPublicSnapshotIds(client, this.account.id));
    const snapshots: EbsSnapshot[] = [];
    await this.read(this.snapshots, region, 'DescribeSnapshots', async () => {
      for await (const page of paginateDescribeSnapshots({ client, pageSize: PAGE_SIZE }, ownSnapshots(this.account.id))) {
        for (const raw of page.Snapshots ?? []) {
          const snapshot = parse(SnapshotSchema, raw, 'EBS snapshot');
          snapshots.push({
            arn: this.arn('ec2', region, `snapshot/${snapshot.SnapshotId}`),
            id: snapshot.SnapshotId,
            region,
            tags: tagRecord(snapshot.Tags ?? undefined),
            encrypted: snapshot.Encrypted,
          });
        }
      }
    });
    await Promise.all(
      snapshots.map(async (snapshot) => {
        this.snapshots.add(snapshot);
        await this.read(this.snapshots, region, 'DescribeSnapshots', async () => {
          snapshot.public = (await publicIds).has(snapshot.id);
        }, snapshot.arn);
      }),
    );
  }

  private async loadImages(client: EC2Client, region: string): Promise<void> {
    await this.read(this.images, region, 'DescribeImages', async () => {
      const request = { Owners: ['self'], IncludeDeprecated: true };
      for await (const page of paginateDescribeImages({ client, pageSize: PAGE_SIZE }, request)) {
        for (const raw of page.Images ?? []) {
          const image = parse(ImageSchema, raw, 'AMI');
          this.images.add({
            arn: this.arn('ec2', region, `image/${image.ImageId}`),
            id: image.ImageId,
            name: image.Name ?? undefined,
            region,
            tags: tagRecord(image.Tags ?? undefined),
            public: image.Public,
          });
        }
      }
    });
  }
}

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
