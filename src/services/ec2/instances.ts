import {
  DescribeInstanceAttributeCommand,
  EC2Client,
  GetInstanceMetadataDefaultsCommand,
  type DescribeInstancesCommandOutput,
  paginateDescribeImages,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { scanUserData, type UserDataScan } from '../../secrets/detect.js';
import { defineCollection, parse, tagRecord, unlessAbsent } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema, addRegionSetting } from './shared.js';

export interface Ec2Instance extends AwsResource {
  /** pending, running, stopping, stopped, shutting-down, terminated. */
  state: string;
  /** Why the instance last changed state; for a stop, ends with "(YYYY-MM-DD HH:MM:SS GMT)". */
  stateTransitionReason: string | null;
  publicIp: string | null;
  publicDns: string | null;
  /** IMDS token use, required or optional; null when the instance reports no metadata options. */
  metadataHttpTokens: string | null;
  /** Whether the metadata endpoint answers at all, enabled or disabled; null when not reported. */
  metadataHttpEndpoint: string | null;
  /** The security groups of the instance's interfaces. */
  securityGroupIds: string[];
  /** Unset for instances outside a VPC (EC2-Classic) or not yet placed. */
  subnetId: string | null;
  vpcId: string | null;
  imageId: string | null;
  launchTime: Date;
  /** The instance profile's ARN; null when the instance has no role to hand out. */
  instanceProfileArn: string | null;
  /** CloudWatch detailed monitoring: disabled, pending, enabled or disabling. */
  monitoringState: string;
  /** hvm or paravirtual; null when not reported. */
  virtualizationType: string | null;
  /** Whether the instance may host Nitro Enclaves (a confidential-workload host). */
  enclavesEnabled: boolean;
  /** The instance's network interfaces, primary first. */
  networkInterfaceIds: string[];
  /** Every IPv6 address on the instance's interfaces. */
  ipv6Addresses: string[];
  /** When the listing was read: ages are measured up to this moment, so checks stay pure. */
  readAt: Date;
}

const InstanceSchema = z.object({
  InstanceId: z.string(),
  State: z.object({ Name: z.string() }),
  StateTransitionReason: z.string().nullish(),
  PublicIpAddress: z.string().nullish(),
  PublicDnsName: z.string().nullish(),
  MetadataOptions: z.object({ HttpTokens: z.string().nullish(), HttpEndpoint: z.string().nullish() }).nullish(),
  SecurityGroups: z.array(z.object({ GroupId: z.string() })).nullish(),
  SubnetId: z.string().nullish(),
  VpcId: z.string().nullish(),
  ImageId: z.string().nullish(),
  LaunchTime: z.date(),
  IamInstanceProfile: z.object({ Arn: z.string() }).nullish(),
  Monitoring: z.object({ State: z.string().nullish() }).nullish(),
  VirtualizationType: z.string().nullish(),
  EnclaveOptions: z.object({ Enabled: z.boolean().nullish() }).nullish(),
  NetworkInterfaces: z
    .array(z.object({ NetworkInterfaceId: z.string(), Ipv6Addresses: z.array(z.object({ Ipv6Address: z.string().nullish() })).nullish() }))
    .nullish(),
  Tags: TagsSchema,
});

export const instances = defineCollection<Ec2Instance>({
  service: 'ec2',
  name: 'instances',
  scope: 'regional',
  async load(context) {
    const readAt = new Date();
    const pages = paginateDescribeInstances({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    const reservations = (page: DescribeInstancesCommandOutput) => page.Reservations?.flatMap((reservation) => reservation.Instances ?? []);
    for (const instance of await context.items('DescribeInstances', pages, reservations, InstanceSchema, 'EC2 instance')) {
      const interfaces = instance.NetworkInterfaces ?? [];
      context.resources.add({
        arn: context.arn('ec2', `instance/${instance.InstanceId}`),
        id: instance.InstanceId,
        region: context.region,
        tags: tagRecord(instance.Tags),
        state: instance.State.Name,
        stateTransitionReason: instance.StateTransitionReason || null,
        publicIp: instance.PublicIpAddress || null,
        publicDns: instance.PublicDnsName || null,
        metadataHttpTokens: instance.MetadataOptions?.HttpTokens ?? null,
        metadataHttpEndpoint: instance.MetadataOptions?.HttpEndpoint ?? null,
        securityGroupIds: (instance.SecurityGroups ?? []).map((group) => group.GroupId),
        subnetId: instance.SubnetId || null,
        vpcId: instance.VpcId || null,
        imageId: instance.ImageId || null,
        launchTime: instance.LaunchTime,
        instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
        monitoringState: instance.Monitoring?.State ?? 'disabled',
        virtualizationType: instance.VirtualizationType ?? null,
        enclavesEnabled: instance.EnclaveOptions?.Enabled ?? false,
        networkInterfaceIds: interfaces.map((networkInterface) => networkInterface.NetworkInterfaceId),
        ipv6Addresses: interfaces.flatMap((networkInterface) => (networkInterface.Ipv6Addresses ?? []).flatMap((address) => (address.Ipv6Address ? [address.Ipv6Address] : []))),
        readAt,
      });
    }
  },
});

/** An instance with what its user data holds: scanned for secrets here, never kept as text. */
export interface Ec2InstanceUserData extends Ec2Instance {
  userData: Field<UserDataScan>;
}

const UserDataSchema = z.object({ UserData: z.object({ Value: z.string().nullish() }).nullish() });

/**
 * Each instance's user data, scanned for secrets. User data has no listing: it costs one
 * DescribeInstanceAttribute call per instance, so it is a collection of its own, loaded only
 * when a check that reads it is selected. Terminated instances are not asked about: no check
 * judges them, and AWS keeps no user data for them.
 * Detections on a line matching one of `secrets_ignore_patterns` are dropped here.
 */
export const instanceUserData = defineCollection<Ec2InstanceUserData, { instances: typeof instances }>({
  service: 'ec2',
  name: 'instanceUserData',
  scope: 'regional',
  needs: { instances },
  async load(context, dependencies) {
    await context.read('DescribeInstances', async () => {
      const client = context.client(EC2Client);
      const live = dependencies.instances.all(context.region).filter((instance) => instance.state !== 'terminated');
      await readEach(live, async (instance) => {
        const userData = await context.field('DescribeInstanceAttribute', instance.arn, async () => {
          const response = await unlessAbsent(
            client.send(new DescribeInstanceAttributeCommand({ InstanceId: instance.id, Attribute: 'userData' })),
            'InvalidInstanceID.NotFound',
          );
          return scanUserData(response && parse(UserDataSchema, response, 'instance user data').UserData?.Value, context.config.secrets_ignore_patterns);
        });
        context.resources.add({ ...instance, userData });
      });
    });
  },
});

/**
 * The account's default instance metadata options in one region (GetInstanceMetadataDefaults).
 * `id` is the account ID and `arn` the region's account ARN, as Prowler reports them.
 */
export interface InstanceMetadataDefaults extends AwsResource {
  /** required when new instances must use IMDSv2 by default; null when no default is set. */
  httpTokens: string | null;
  /** Whether the region holds any instance: the default matters only where instances run. */
  hasInstances: Field<boolean>;
}

const MetadataDefaultsSchema = z.object({ AccountLevel: z.object({ HttpTokens: z.string().nullish() }).nullish() });

export const instanceMetadataDefaults = defineCollection<InstanceMetadataDefaults, { instances: typeof instances }>({
  service: 'ec2',
  name: 'instanceMetadataDefaults',
  scope: 'regional',
  needs: { instances },
  async load(context, dependencies) {
    await addRegionSetting(context, 'GetInstanceMetadataDefaults', 'account', async (arn) => {
      const response = await context.client(EC2Client).send(new GetInstanceMetadataDefaultsCommand({}));
      return {
        httpTokens: parse(MetadataDefaultsSchema, response, 'instance metadata defaults').AccountLevel?.HttpTokens ?? null,
        hasInstances: await context.field('DescribeInstances', arn, () => dependencies.instances.all(context.region).length > 0),
      };
    });
  },
});

/** An AMI some instance was launched from; `name` is the image name when it has one. */
export interface InstanceImage extends AwsResource {
  /** The account that owns the AMI. */
  ownerId: string | null;
  /** "amazon" for AMIs Amazon publishes, another alias or null for everyone else's. */
  ownerAlias: string | null;
  /** When AWS deprecates (or deprecated) the AMI; null when no date is set. */
  deprecationTime: Date | null;
  /** When the image was read, to tell a past deprecation from a planned one. */
  readAt: Date;
}

const ImageSchema = z.object({
  ImageId: z.string(),
  Name: z.string().nullish(),
  OwnerId: z.string().nullish(),
  ImageOwnerAlias: z.string().nullish(),
  DeprecationTime: z.string().nullish(),
  Tags: TagsSchema,
});

/** Image IDs per DescribeImages request, a filter's values staying well within what EC2 accepts. */
const IMAGE_ID_BATCH = 200;

/**
 * The AMIs the region's instances were launched from, whoever owns them. A filter on the image
 * ID (not `ImageIds`) leaves out AMIs that no longer exist instead of failing the whole request,
 * and deprecated AMIs are asked for explicitly, since those are the ones that matter.
 */
export const instanceImages = defineCollection<InstanceImage, { instances: typeof instances }>({
  service: 'ec2',
  name: 'instanceImages',
  scope: 'regional',
  needs: { instances },
  async load(context, dependencies) {
    await context.read('DescribeImages', async () => {
      const readAt = new Date();
      const imageIds = [...new Set(dependencies.instances.all(context.region).flatMap((instance) => (instance.imageId ? [instance.imageId] : [])))].sort();
      const client = context.client(EC2Client);
      for (let start = 0; start < imageIds.length; start += IMAGE_ID_BATCH) {
        const request = { Filters: [{ Name: 'image-id', Values: imageIds.slice(start, start + IMAGE_ID_BATCH) }], IncludeDeprecated: true };
        for await (const page of paginateDescribeImages({ client, pageSize: EC2_PAGE_SIZE }, request)) {
          for (const raw of page.Images ?? []) {
            const image = parse(ImageSchema, raw, 'AMI');
            context.resources.add({
              arn: context.arn('ec2', `image/${image.ImageId}`),
              id: image.ImageId,
              name: image.Name ?? undefined,
              region: context.region,
              tags: tagRecord(image.Tags),
              ownerId: image.OwnerId ?? null,
              ownerAlias: image.ImageOwnerAlias ?? null,
              deprecationTime: image.DeprecationTime ? new Date(image.DeprecationTime) : null,
              readAt,
            });
          }
        }
      }
    });
  },
});

export default { instances, instanceUserData, instanceMetadataDefaults, instanceImages };
